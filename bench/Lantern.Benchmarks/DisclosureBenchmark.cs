using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Core.Disclosure;

namespace Lantern.Benchmarks;

/// <summary>
/// The disclosure-risk check on a 50,000-word report against 1,000 registered identifiers (made-up, the same every
/// run), beside the naive approach measured in the same run: one case-insensitive regular expression per identifier,
/// each run over the whole text. Both are timed from the register and text in memory to the list of matches, so
/// building the check's index and building the regular expressions are counted. Median of several runs after warm-up.
/// </summary>
public static class DisclosureBenchmark
{
    public static int Run(string[] args)
    {
        var words = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var w) ? w : 50_000;
        var identifiers = args.Length > 2 && int.TryParse(args[2], CultureInfo.InvariantCulture, out var n) ? n : 1_000;
        var runs = args.Length > 3 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var r) ? r : 11;
        var data = new DisclosureBenchmarkData(words, identifiers);
        var document = DisclosureDocument.FromParagraphs(data.Paragraphs);
        var text = string.Join("\n\n", data.Paragraphs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Lantern disclosure benchmark: {data.Words:N0} words in {data.Paragraphs.Count} paragraphs, {data.Identifiers.Count:N0} identifiers ({data.People.Count} people with a name, nickname, date of birth and address; {data.Details.Count} details), {Environment.ProcessorCount} cores"));

        // Warm up for a few seconds, so both run as fully optimised code (tiered compilation needs 30 calls and a
        // moment before it recompiles a method; three runs measured mostly the first, quick compilation).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(4))
        {
            Check(data, document);
            Naive(data, text);
        }

        var (build, scan, whole, naive, naiveMatching) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        var built = data.Identifiers.Select(i => new Regex(@"\b" + Regex.Escape(i) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        int hits = 0, matches = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var check = new DisclosureCheck(data.People, data.Details);
            build.Add(clock.Elapsed.TotalMilliseconds);
            hits = check.Scan(document).Count;
            whole.Add(clock.Elapsed.TotalMilliseconds);
            scan.Add(whole[^1] - build[^1]);

            GC.Collect();
            clock.Restart();
            matches = Naive(data, text);
            naive.Add(clock.Elapsed.TotalMilliseconds);

            GC.Collect();
            clock.Restart();
            _ = built.Sum(r => r.Count(text));
            naiveMatching.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check: build {Median(build):N1} ms + scan {Median(scan):N1} ms = {Median(whole):N1} ms median of {runs} ({hits:N0} hits)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"naive: {Median(naive):N1} ms median of {runs} ({matches:N0} matches of registered identifiers only); matching alone with the expressions built beforehand {Median(naiveMatching):N1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio: build and scan {Median(naive) / Median(whole):N1} times faster than the naive approach; scan alone (a check built once per register) {Median(naive) / Median(scan):N1} times; scan alone against naive matching alone {Median(naiveMatching) / Median(scan):N1} times (target: at least 20; whole check at most 100 ms)"));
        return Median(whole) <= 100 && Median(naive) / Median(whole) >= 20 ? 0 : 1;
    }

    private static int Check(DisclosureBenchmarkData data, DisclosureDocument document) => new DisclosureCheck(data.People, data.Details).Scan(document).Count;

    /// <summary>One case-insensitive regular expression per identifier, whole words, each over the whole text.</summary>
    private static int Naive(DisclosureBenchmarkData data, string text)
    {
        var matches = 0;
        foreach (var identifier in data.Identifiers)
        {
            var regex = new Regex(@"\b" + Regex.Escape(identifier) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            matches += regex.Count(text);
        }

        return matches;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
