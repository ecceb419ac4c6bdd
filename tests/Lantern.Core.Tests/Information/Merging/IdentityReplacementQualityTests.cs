using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Core.Information.Merging;
using Xunit.Abstractions;

namespace Lantern.Core.Tests.Information.Merging;

/// <summary>
/// Precision and recall of replacing registered people's names, dates of birth and addresses, on messy entries
/// with an answer key of our own (tests/Shared/Fixtures/entries-with-identities.csv). In the file,
/// {N:Mother|Kerry} marks a name, {D:...} a date of birth and {A:...} an address, with whose it is; everything
/// else must stay, including the decoys (other dates, a neighbour's house, a street and a surgery that share a
/// name with a person or a street). Recall: the share of marked stretches with nothing of them left (every
/// letter and digit inside a replacement). Precision: the share of replacements that fall on a marked stretch.
/// The figures are in docs/export-formats.md.
/// </summary>
public sealed partial class IdentityReplacementQualityTests(ITestOutputHelper output)
{
    public static readonly IReadOnlyList<RegisteredNames> Register =
    [
        new(Guid.NewGuid(), "Alfie Brennan-Hale", ["Alfie Hale", "Alf"], "Child A", new DateOnly(2019, 3, 12), "Flat 2, 14 Larch Close, Armley, Leeds LS12 4QT"),
        new(Guid.NewGuid(), "Kerry-Ann Brennan", ["Kerry Brennan"], "Mother", new DateOnly(1996, 11, 4), "Flat 2, 14 Larch Close, Armley, Leeds LS12 4QT"),
        new(Guid.NewGuid(), "Maisie Brennan-Hale", [], "Sibling 1", new DateOnly(2021, 9, 2), "Flat 2\n14 Larch Close\nLeeds\nLS12 4QT"),
        new(Guid.NewGuid(), "Dean Holloway", ["Deano"], "Mother's partner", new DateOnly(1990, 7, 30), "7 Mafeking Terrace, Bramley, Leeds LS13 2PX"),
        new(Guid.NewGuid(), "Irene Brennan", [], "Maternal grandmother", new DateOnly(1968, 1, 5), "22 Hawthorn Road, Pudsey LS28 7AB"),
        new(Guid.NewGuid(), "Priya Okafor", [], "Social worker 1"),
    ];

    public sealed record Marked(int Start, int End, IdentifyingKind Kind, string Owners);

    public sealed record Quality(IdentifyingKind? Kind, int Marked, int Recalled, int Replacements, int OnMarked)
    {
        public double Recall => Marked == 0 ? 1 : (double)Recalled / Marked;

        public double Precision => Replacements == 0 ? 1 : (double)OnMarked / Replacements;
    }

    [GeneratedRegex(@"\{(?<k>[NDA]):(?<o>[^|]+)\|(?<t>[^}]+)\}")]
    private static partial Regex Markup();

    public static (string Text, List<Marked> Marks) Parse(string line)
    {
        var marks = new List<Marked>();
        var text = new System.Text.StringBuilder();
        var at = 0;
        foreach (Match m in Markup().Matches(line))
        {
            text.Append(line, at, m.Index - at);
            var start = text.Length;
            text.Append(m.Groups["t"].Value);
            var kind = m.Groups["k"].Value switch { "N" => IdentifyingKind.Name, "D" => IdentifyingKind.DateOfBirth, _ => IdentifyingKind.Address };
            marks.Add(new Marked(start, text.Length, kind, m.Groups["o"].Value));
            at = m.Index + m.Length;
        }

        text.Append(line, at, line.Length - at);
        return (text.ToString(), marks);
    }

    public static IReadOnlyList<string> Entries() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "entries-with-identities.csv")).Skip(1)
            .Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.StartsWith('"') ? l[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : l).ToList();

    public static List<Quality> Measure(PseudonymText pseudonyms, IReadOnlyList<string> entries, List<string> mistakes)
    {
        var counts = Enum.GetValues<IdentifyingKind>().ToDictionary(k => k, _ => new int[4]);
        foreach (var entry in entries)
        {
            var (text, marks) = Parse(entry);
            var found = pseudonyms.Find(text);
            foreach (var mark in marks)
            {
                var c = counts[mark.Kind];
                c[0]++;
                var left = Enumerable.Range(mark.Start, mark.End - mark.Start).Where(i => char.IsLetterOrDigit(text[i]) && !found.Any(f => f.Start <= i && i < f.End)).ToList();
                if (left.Count == 0)
                {
                    c[1]++;
                }
                else
                {
                    mistakes.Add($"missed {mark.Kind} \"{text[mark.Start..mark.End]}\" in: {text}");
                }
            }

            foreach (var span in found)
            {
                var c = counts[span.Kind];
                c[2]++;
                if (marks.Any(m => span.Start < m.End && m.Start < span.End))
                {
                    c[3]++;
                }
                else
                {
                    mistakes.Add($"replaced, not marked: {span.Kind} \"{text[span.Start..span.End]}\" in: {text}");
                }
            }
        }

        var byKind = counts.Select(kv => new Quality(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3])).ToList();
        return [.. byKind, new Quality(null, byKind.Sum(q => q.Marked), byKind.Sum(q => q.Recalled), byKind.Sum(q => q.Replacements), byKind.Sum(q => q.OnMarked))];
    }

    [Fact]
    public void Replacement_OnMessyEntriesWithAnAnswerKey_FindsEveryDateOfBirthAndAddress_AndReportsPrecisionAndRecall()
    {
        var mistakes = new List<string>();
        var quality = Measure(new PseudonymText(Register), Entries(), mistakes);
        foreach (var q in quality)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{q.Kind?.ToString() ?? "All",-12} marked {q.Marked,3}  recalled {q.Recalled,3}  recall {q.Recall:P0}  replacements {q.Replacements,3}  on marked {q.OnMarked,3}  precision {q.Precision:P0}"));
        }

        mistakes.ForEach(output.WriteLine);
        var dates = quality.Single(q => q.Kind == IdentifyingKind.DateOfBirth);
        var addresses = quality.Single(q => q.Kind == IdentifyingKind.Address);
        Assert.True(dates.Marked >= 10 && addresses.Marked >= 10, "The fixture needs at least ten dates of birth and ten addresses");
        Assert.Equal(1.0, dates.Recall);
        Assert.Equal(1.0, dates.Precision);
        Assert.Equal(1.0, addresses.Recall);
        Assert.Equal(1.0, addresses.Precision);
        Assert.True(quality.Single(q => q.Kind == IdentifyingKind.Name).Recall >= 0.85, "Names recall fell");
    }

    [Fact]
    public void Replacement_WithoutDatesOfBirthAndAddressesOnTheRegister_LeavesThemAll()
    {
        // What the entries showed before: names only. The measure must be able to tell.
        var namesOnly = Register.Select(p => p with { DateOfBirth = null, Address = null }).ToList();
        var quality = Measure(new PseudonymText(namesOnly), Entries(), []);

        Assert.Equal(0, quality.Single(q => q.Kind == IdentifyingKind.DateOfBirth).Recalled);
        Assert.True(quality.Single(q => q.Kind == IdentifyingKind.Address).Recall < 0.2);
    }
}
