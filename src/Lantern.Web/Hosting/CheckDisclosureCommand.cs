using CsvHelper;
using Lantern.Core.Disclosure;

namespace Lantern.Web.Hosting;

/// <summary>
/// "check-disclosure --people register.csv [--details details.csv] FILE": runs the disclosure-risk check on a Word
/// document (.docx), Markdown (.md) or text (.txt) file without starting Lantern or touching its database. Writes one
/// CSV line per hit (paragraph from 1, start, length, text, rule, severity, suggestion) to the output and a summary to
/// the error stream. Exits 0 when no hit is high severity, 1 when any is, and 2 when the arguments or a file cannot
/// be used (said plainly, without a stack trace).
/// </summary>
public static class CheckDisclosureCommand
{
    public const string Verb = "check-disclosure";

    public const string Usage = "Usage: check-disclosure --people register.csv [--details details.csv] FILE (a .docx, .md or .txt file)";

    public static readonly string[] Header = ["paragraph", "start", "length", "text", "rule", "severity", "suggestion"];

    /// <summary>Runs the verb on <paramref name="args"/> (the words after the verb); <paramref name="today"/> dates
    /// the register's ages (today when not given).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, DateOnly? today = null)
    {
        if (Arguments.Parse(args, out var problem) is not { } arguments)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        if (ReadRegister(arguments, today ?? DateOnly.FromDateTime(DateTime.Today), out problem) is not { } check)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        if (ReadDocument(arguments.File, out problem) is not { } document)
        {
            await error.WriteLineAsync(problem);
            return 2;
        }

        var hits = check.Scan(document);
        await WriteAsync(hits, output);
        var high = hits.Count(h => h.Severity == DisclosureSeverity.High);
        await error.WriteLineAsync(Summary(hits, high, Path.GetFileName(arguments.File)));
        return high > 0 ? 1 : 0;
    }

    /// <summary>The hits as CSV, quoted where a cell needs it, with a cell a spreadsheet would run as a formula
    /// escaped (see <see cref="CsvFiles"/>).</summary>
    public static async Task WriteAsync(IReadOnlyList<DisclosureHit> hits, TextWriter output)
    {
        await using var csv = new CsvWriter(output, CsvFiles.Configuration(), leaveOpen: true);
        foreach (var heading in Header)
        {
            csv.WriteField(heading);
        }

        await csv.NextRecordAsync();
        foreach (var hit in hits)
        {
            csv.WriteField(hit.Paragraph + 1);
            csv.WriteField(hit.Start);
            csv.WriteField(hit.Length);
            csv.WriteField(hit.Text);
            csv.WriteField(hit.Rule.ToString());
            csv.WriteField(hit.Severity.ToString());
            csv.WriteField(hit.Suggestion);
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    private static string Summary(IReadOnlyList<DisclosureHit> hits, int high, string file)
    {
        if (hits.Count == 0)
        {
            return $"No disclosure risks found in {file}. Read it through before it leaves the review: the check only knows what is registered.";
        }

        var paragraphs = hits.Select(h => h.Paragraph).Distinct().Count();
        var medium = hits.Count(h => h.Severity == DisclosureSeverity.Medium);
        var low = hits.Count - high - medium;
        var counts = string.Join(", ", new[] { (high, "high"), (medium, "medium"), (low, "low") }.Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {c.Item2}"));
        return $"{hits.Count} possible disclosure {(hits.Count == 1 ? "risk" : "risks")} ({counts}) in {paragraphs} {(paragraphs == 1 ? "paragraph" : "paragraphs")} of {file}."
            + (high > 0 ? " Resolve every high-severity one before the document leaves the review." : string.Empty);
    }

    private static DisclosureCheck? ReadRegister(Arguments arguments, DateOnly today, out string? problem)
    {
        problem = null;
        if (ReadText(arguments.People, "people register", out problem) is not { } peopleCsv)
        {
            return null;
        }

        var people = DisclosureFiles.ReadPeople(peopleCsv, today);
        if (people.Problems.Count > 0)
        {
            problem = $"The people register {arguments.People} has problems, so the check would miss people:\n  " + string.Join("\n  ", people.Problems);
            return null;
        }

        IReadOnlyList<IdentifyingDetail> details = [];
        if (arguments.Details is { } detailsPath)
        {
            if (ReadText(detailsPath, "details file", out problem) is not { } detailsCsv)
            {
                return null;
            }

            var read = DisclosureFiles.ReadDetails(detailsCsv);
            if (read.Problems.Count > 0)
            {
                problem = $"The details file {detailsPath} has problems:\n  " + string.Join("\n  ", read.Problems);
                return null;
            }

            details = read.Items;
        }

        return new DisclosureCheck(people.Items, details);
    }

    private static DisclosureDocument? ReadDocument(string path, out string? problem)
    {
        problem = null;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".docx" or ".md" or ".txt" or ".markdown"))
        {
            problem = $"{path} is not a file the check reads. Give a Word document (.docx), a Markdown file (.md) or a text file (.txt).";
            return null;
        }

        if (extension != ".docx")
        {
            return ReadText(path, "file", out problem) is { } text ? DisclosureDocument.FromText(text) : null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var reading = DisclosureDocx.Read(stream);
            problem = reading.Read ? null : $"{path} could not be checked. {reading.Message}.";
            return reading.Document;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"The file {path} could not be read: {e.Message}";
            return null;
        }
    }

    private static string? ReadText(string path, string what, out string? problem)
    {
        problem = null;
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = $"The {what} {path} does not exist.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"The {what} {path} could not be read: {e.Message}";
        }

        return null;
    }

    /// <summary>The verb's arguments: the register, the optional details file and the file to check.</summary>
    private sealed record Arguments(string People, string? Details, string File)
    {
        public static Arguments? Parse(string[] args, out string? problem)
        {
            problem = null;
            string? people = null, details = null, file = null;
            for (var i = 0; i < args.Length; i++)
            {
                var (name, value) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal) ? (n, (string?)v) : (args[i], null);
                switch (name)
                {
                    case "--people" or "--details":
                        value ??= i + 1 < args.Length ? args[++i] : null;
                        if (string.IsNullOrWhiteSpace(value))
                        {
                            problem = $"{name} needs a file after it.";
                            return null;
                        }

                        if (name == "--people")
                        {
                            people = value;
                        }
                        else
                        {
                            details = value;
                        }

                        break;
                    case var option when option.StartsWith('-') && option.Length > 1:
                        problem = $"{option} is not an option of check-disclosure.";
                        return null;
                    default:
                        if (file is not null)
                        {
                            problem = "Give one file to check.";
                            return null;
                        }

                        file = args[i];
                        break;
                }
            }

            problem = people is null ? "Give the people register with --people." : file is null ? "Give the file to check." : null;
            return problem is null ? new Arguments(people!, details, file!) : null;
        }
    }
}
