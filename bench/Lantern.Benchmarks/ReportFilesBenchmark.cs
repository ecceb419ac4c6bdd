using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.ReportFiles;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Lantern.Benchmarks;

/// <summary>
/// Writing a full review-sized edition to its files: 60 key practice episodes as paragraphs under headings, 20
/// findings each with five sub-headed parts and a table, about 50,000 words of made-up prose (the same every run).
/// Times the Word file and the web page from the laid-out edition in memory to the finished bytes or string, median
/// of several runs after warm-up; and, when Chromium is installed, the PDF over three runs.
/// </summary>
public static class ReportFilesBenchmark
{
    private static readonly string[] Prose =
    [
        "the", "health", "visitor", "saw", "Mia", "at", "home", "and", "noted", "that", "her", "mother", "seemed", "tired", "school",
        "staff", "recorded", "a", "bruise", "but", "did", "not", "share", "it", "with", "children's", "services", "police", "attended",
        "after", "a", "neighbour", "called", "about", "shouting", "strategy", "discussion", "agreed", "a", "plan", "that", "nobody",
        "followed", "up", "because", "the", "referral", "went", "to", "an", "inbox", "no", "one", "checked", "during", "leave",
        "practitioners", "told", "the", "review", "they", "felt", "unsure", "of", "thresholds", "GP", "nursery", "housing", "&",
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 21;
        var report = Build(new Random(17));
        var words = ReportDocuments.Paragraphs(report).Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lantern report files benchmark: {words:N0} words in {report.Blocks.Count:N0} blocks ({report.Blocks.OfType<ReportHeading>().Count()} headings, {report.Blocks.OfType<ReportTable>().Count()} tables), {Environment.ProcessorCount} cores"));

        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(3))
        {
            _ = ReportDocx.Write(report);
            _ = ReportHtml.Write(report);
        }

        var (docx, html) = (new List<double>(), new List<double>());
        var (docxBytes, htmlChars) = (0, 0);
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            docxBytes = ReportDocx.Write(report).Length;
            docx.Add(clock.Elapsed.TotalMilliseconds);

            GC.Collect();
            clock.Restart();
            htmlChars = ReportHtml.Write(report).Length;
            html.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"docx: {Median(docx):N1} ms median of {runs} (min {docx.Min():N1}, max {docx.Max():N1}); {docxBytes / 1024.0:N0} KB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"html: {Median(html):N1} ms median of {runs} (min {html.Min():N1}, max {html.Max():N1}); {htmlChars / 1024.0:N0} K characters"));

        var pdf = new ReportPdf(Options.Create(new ReportFileOptions { PdfTimeoutSeconds = 120 }), NullLogger<ReportPdf>.Instance);
        if (pdf.FindChromium() is { } chromium)
        {
            var printing = new List<double>();
            var size = 0;
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                var result = await pdf.WriteAsync(report);
                printing.Add(clock.Elapsed.TotalMilliseconds);
                size = result is PdfMade made ? made.Bytes.Length : -1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pdf: {Median(printing):N0} ms median of 3 with {chromium}; {(size < 0 ? "FAILED" : $"{size / 1024.0:N0} KB")}"));
        }
        else
        {
            Console.WriteLine("pdf: not timed, Chromium is not installed");
        }

        Console.WriteLine("target: docx and html each at most 1,000 ms");
        return Median(docx) <= 1000 && Median(html) <= 1000 ? 0 : 1;
    }

    /// <summary>The edition: an introduction, 60 episodes, 20 findings of five parts and a table each, and a summary table.</summary>
    public static ReportDocument Build(Random random)
    {
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(1, "1. Introduction"),
            new ReportParagraph(Sentences(random, 120)),
            new ReportList(["Why the review was held", "How it was carried out", "What it found"]),
            new ReportHeading(1, "2. Key practice episodes"),
        };
        for (var episode = 1; episode <= 60; episode++)
        {
            blocks.Add(new ReportHeading(2, $"Episode {episode}: {Sentences(random, 6).TrimEnd('.')}"));
            for (var paragraph = 0; paragraph < 3; paragraph++)
            {
                blocks.Add(new ReportParagraph(Sentences(random, 131)));
            }
        }

        blocks.Add(new ReportHeading(1, "3. Findings"));
        string[] parts = ["What happened", "Why it matters", "How common it is", "What gets in the way", "Questions for the Board"];
        for (var finding = 1; finding <= 20; finding++)
        {
            blocks.Add(new ReportHeading(2, $"Finding {finding}: {Sentences(random, 8).TrimEnd('.')}"));
            foreach (var part in parts)
            {
                blocks.Add(new ReportHeading(3, part));
                blocks.Add(new ReportParagraph(Sentences(random, 120)));
                blocks.Add(new ReportParagraph(Sentences(random, 100)));
            }

            blocks.Add(new ReportTable(
                $"Table {finding}: evidence for finding {finding}",
                ["Date", "Agency", "What was known", "Shared with"],
                [.. Enumerable.Range(0, 8).Select(row => (IReadOnlyList<string>)[
                    new DateOnly(2024, 1, 1).AddDays(random.Next(400)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    Prose[random.Next(Prose.Length)], Sentences(random, 14), Sentences(random, 3)])]));
        }

        return new ReportDocument(
            "Safeguarding practice review: Mia (aged 4)",
            "Eastfold Safeguarding Children Partnership",
            EditionKind.Restricted,
            "1.3",
            "Restricted: contains real names",
            blocks);
    }

    private static string Sentences(Random random, int words)
    {
        var text = new StringBuilder(words * 7);
        for (var i = 0; i < words; i++)
        {
            var word = Prose[random.Next(Prose.Length)];
            text.Append(i == 0 || text[^2] == '.' ? char.ToUpperInvariant(word[0]) + word[1..] : word);
            text.Append(i == words - 1 || random.Next(14) == 0 ? ". " : " ");
        }

        return text.ToString().TrimEnd();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
