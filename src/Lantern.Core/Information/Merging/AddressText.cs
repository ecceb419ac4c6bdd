using System.Text.RegularExpressions;

namespace Lantern.Core.Information.Merging;

/// <summary>
/// Finds registered people's addresses in entries, however agencies wrote them: "14 Larch Close",
/// "14, Larch Cl.", "14 LARCH CLOSE", "Flat 2, 14 Larch Close, Armley", and the postcode "LS12 4QT" as "ls124qt".
///
/// Rules:
/// - The address is split into lines at commas and line breaks. The first line and any line with a number in it
///   (the house, the flat) are the lines that identify it; a line that is only a district or a town ("Armley",
///   "Leeds") never matches alone, as many other people live there too.
/// - Lines are compared word by word, ignoring case, accents, spacing and punctuation, with the abbreviations
///   agencies use read as the word ("Cl" is Close, "Rd" Road, "Ave" Avenue...).
/// - The street line also matches without its house number ("moved to Larch Close"), but not after a different
///   number: "22 Larch Close" is a neighbour's house, not the person's.
/// - The postcode matches anywhere, ignoring case and spaces.
/// - A match grows over the address's other lines and postcode around it, so a whole address written out becomes
///   one replacement.
/// - An address more than one person has (a mother and her children) names them all.
/// </summary>
public sealed partial class AddressText
{
    private static readonly Regex Postcodes = new(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex WordPattern = new(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    internal static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["rd"] = "road",
        ["st"] = "street",
        ["str"] = "street",
        ["ave"] = "avenue",
        ["av"] = "avenue",
        ["cl"] = "close",
        ["dr"] = "drive",
        ["ln"] = "lane",
        ["cres"] = "crescent",
        ["cresc"] = "crescent",
        ["gdns"] = "gardens",
        ["gdn"] = "garden",
        ["ct"] = "court",
        ["pl"] = "place",
        ["sq"] = "square",
        ["tce"] = "terrace",
        ["terr"] = "terrace",
        ["gr"] = "grove",
        ["gro"] = "grove",
        ["pk"] = "park",
        ["wy"] = "way",
        ["mt"] = "mount",
        ["hse"] = "house",
        ["ho"] = "house",
        ["apt"] = "flat",
        ["apartment"] = "flat",
        ["bldgs"] = "buildings",
        ["est"] = "estate",
        ["wk"] = "walk",
        ["vw"] = "view",
        ["hts"] = "heights",
        ["cott"] = "cottage",
    };

    /// <summary>Identifying lines (as folded words) and who lives at each.</summary>
    private readonly Dictionary<string, (string[] Words, HashSet<string> Owners)> lines = new(StringComparer.Ordinal);

    /// <summary>Every line of every address, for growing a match over the rest of the address.</summary>
    private readonly HashSet<string> anyLine = new(StringComparer.Ordinal);

    /// <summary>Words that say which part of a building, not where: "Flat 2" alone identifies nobody.</summary>
    internal static readonly HashSet<string> NotAPlace = new(StringComparer.Ordinal) { "flat", "unit", "room", "house", "block", "floor", "no", "number" };

    /// <summary>Words after a street's name that make it the name of a building or service on it.</summary>
    private static readonly HashSet<string> PlacesNamedAfterStreets = new(StringComparer.Ordinal)
    {
        "surgery", "practice", "medical", "health", "clinic", "hospital", "school", "primary", "academy", "nursery", "college", "library",
        "station", "police", "church", "mosque", "temple", "community", "centre", "center", "pharmacy", "chemist", "shops", "pub",
    };

    private readonly Dictionary<string, HashSet<string>> postcodes = new(StringComparer.Ordinal);

    /// <param name="people">Each person's address as written and their pseudonym; people without an address are left out.</param>
    public AddressText(IEnumerable<(string? Address, string Pseudonym)> people)
    {
        foreach (var (address, pseudonym) in people)
        {
            if (string.IsNullOrWhiteSpace(address))
            {
                continue;
            }

            var rest = address;
            foreach (Match postcode in Postcodes.Matches(address))
            {
                Add(postcodes, Postcode(postcode.Value), pseudonym);
                rest = rest.Replace(postcode.Value, ",", StringComparison.Ordinal);
            }

            var parts = new List<string[]>();
            foreach (var words in rest.Split([',', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Words).Where(w => w.Length > 0))
            {
                // "14, Larch Close": a house number written apart belongs to the street after it.
                if (parts.Count > 0 && parts[^1].All(w => w.Any(char.IsDigit)))
                {
                    parts[^1] = [.. parts[^1], .. words];
                }
                else
                {
                    parts.Add(words);
                }
            }

            for (var i = 0; i < parts.Count; i++)
            {
                var words = parts[i];
                anyLine.Add(string.Join(' ', words));
                if ((i == 0 || words.Any(w => w.Any(char.IsDigit))) && words.Any(w => w.Length > 1 && !w.Any(char.IsDigit) && !NotAPlace.Contains(w)))
                {
                    AddLine(words, pseudonym);

                    // "14 Larch Close" (or "Flat 2 14 Larch Close") also as "Larch Close": the street, when it has a
                    // name and a kind of street after the numbers.
                    var lastNumber = Array.FindLastIndex(words, w => w.Any(char.IsDigit));
                    if (lastNumber > 0 && words.Length - lastNumber - 1 >= 1)
                    {
                        AddLine(words[lastNumber..], pseudonym);
                    }

                    if (lastNumber >= 0 && words.Length - lastNumber - 1 >= 2 && !words[(lastNumber + 1)..].Any(w => w.Any(char.IsDigit)))
                    {
                        AddLine(words[(lastNumber + 1)..], pseudonym);
                    }
                }
            }
        }
    }

    /// <summary>Every registered address, or part of one, in the text.</summary>
    public IEnumerable<IdentifyingText> Find(string text)
    {
        if (lines.Count == 0 && postcodes.Count == 0)
        {
            return [];
        }

        var words = WordPattern.Matches(text).Select(m => (m.Index, End: m.Index + m.Length, Folded: Fold(m.Value))).ToList();
        var found = new List<(int First, int Last, HashSet<string> Owners)>();
        var i = 0;
        while (i < words.Count)
        {
            var match = LongestLine(text, words, i);
            if (match is null)
            {
                i++;
                continue;
            }

            var (count, owners) = match.Value;

            // A different house number just before the street: a neighbour's address.
            var streetOnly = lines.TryGetValue(string.Join(' ', words.Skip(i).Take(count).Select(w => w.Folded)), out var line) && !line.Words[0].Any(char.IsDigit);
            if (streetOnly && i > 0 && words[i - 1].Folded.Any(char.IsDigit) && Joined(text, words, i - 1, 2) && !IsHouseNumberOf(words[i - 1].Folded, words, i, count))
            {
                i++;
                continue;
            }

            // "Hawthorn Road Surgery": a place named after the street, not the person's home.
            if (streetOnly && i + count < words.Count && Joined(text, words, i + count - 1, 2) && PlacesNamedAfterStreets.Contains(words[i + count].Folded))
            {
                i += count;
                continue;
            }

            found.Add((i, i + count - 1, [.. owners]));
            i += count;
        }

        var postcodeSpans = Postcodes.Matches(text)
            .Where(m => postcodes.ContainsKey(Postcode(m.Value)))
            .Select(m => (Start: m.Index, End: m.Index + m.Length, Owners: postcodes[Postcode(m.Value)]))
            .ToList();

        var spans = new List<(int Start, int End, HashSet<string> Owners)>();
        foreach (var (first, last, owners) in found)
        {
            var (from, to) = Grow(text, words, first, last);
            spans.Add((words[from].Index, AbbreviationFullStop(text, words[to].Index, words[to].End), owners));
        }

        foreach (var postcode in postcodeSpans)
        {
            var inside = spans.FindIndex(s => s.Start <= postcode.Start && postcode.End <= s.End);
            if (inside < 0)
            {
                spans.Add((postcode.Start, postcode.End, [.. postcode.Owners]));
            }
        }

        return spans.OrderBy(s => s.Start).Select(s =>
            new IdentifyingText(s.Start, s.End, IdentifyingKind.Address, $"[address of {Identifying.Owners(s.Owners)}]"));
    }
}
