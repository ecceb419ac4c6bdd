using System.Text.RegularExpressions;

namespace Lantern.Core.Information.Merging;

/// <summary>How a match is measured and grown, and how words and postcodes are folded.</summary>
public sealed partial class AddressText
{
    private (int Count, HashSet<string> Owners)? LongestLine(string text, List<(int Index, int End, string Folded)> words, int at)
    {
        (int, HashSet<string>)? best = null;
        foreach (var (_, (lineWords, owners)) in lines)
        {
            if (lineWords.Length > (best?.Item1 ?? 0) && at + lineWords.Length <= words.Count && Joined(text, words, at, lineWords.Length)
                && lineWords.Select((w, k) => words[at + k].Folded == w).All(same => same))
            {
                best = (lineWords.Length, owners);
            }
        }

        return best;
    }

    private bool IsHouseNumberOf(string number, List<(int Index, int End, string Folded)> words, int at, int count)
    {
        var withNumber = string.Join(' ', words.Skip(at).Take(count).Select(w => w.Folded).Prepend(number));
        return lines.ContainsKey(withNumber);
    }

    /// <summary>Grows a match over the other lines of an address (and its postcode) written next to it.</summary>
    private (int From, int To) Grow(string text, List<(int Index, int End, string Folded)> words, int from, int to)
    {
        var grown = true;
        while (grown)
        {
            grown = false;
            for (var length = 1; length <= 6 && !grown; length++)
            {
                if (to + length < words.Count && Joined(text, words, to, length + 1) && IsAddressPart(text, words, to + 1, length))
                {
                    to += length;
                    grown = true;
                }
                else if (from - length >= 0 && Joined(text, words, from - length, length + 1) && IsAddressPart(text, words, from - length, length))
                {
                    from -= length;
                    grown = true;
                }
            }
        }

        return (from, to);
    }

    private bool IsAddressPart(string text, List<(int Index, int End, string Folded)> words, int at, int length)
    {
        var joined = string.Join(' ', words.Skip(at).Take(length).Select(w => w.Folded));
        if (anyLine.Contains(joined))
        {
            return true;
        }

        var written = text[words[at].Index..words[at + length - 1].End];
        return Postcodes.IsMatch(written) && postcodes.ContainsKey(Postcode(written));
    }

    /// <summary>Where an address ending in an abbreviation ends: after its full stop ("Larch Cl. today"), unless the
    /// full stop also ends the sentence ("...Larch Cl. Seen mother").</summary>
    private static int AbbreviationFullStop(string text, int start, int end)
    {
        if (end >= text.Length || text[end] != '.' || !Abbreviations.ContainsKey(Folding.Fold(text[start..end])))
        {
            return end;
        }

        var next = end + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && (char.IsLower(text[next]) || text[next] is ',' or ';' or ':' or ')') ? end + 1 : end;
    }

    /// <summary>Whether the words from <paramref name="at"/> are written one after another, with only spaces and
    /// punctuation agencies put in addresses between them.</summary>
    private static bool Joined(string text, List<(int Index, int End, string Folded)> words, int at, int count)
    {
        for (var k = at + 1; k < at + count; k++)
        {
            var gap = text.AsSpan(words[k - 1].End, words[k].Index - words[k - 1].End);
            if (gap.Length > 4 || gap.ContainsAnyExcept(" ,.-\n\r\t"))
            {
                return false;
            }
        }

        return true;
    }

    private void AddLine(string[] words, string pseudonym)
    {
        var key = string.Join(' ', words);
        if (!lines.TryGetValue(key, out var line))
        {
            lines[key] = line = (words, new HashSet<string>(StringComparer.Ordinal));
        }

        line.Owners.Add(pseudonym);
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string pseudonym)
    {
        if (!map.TryGetValue(key, out var owners))
        {
            map[key] = owners = new HashSet<string>(StringComparer.Ordinal);
        }

        owners.Add(pseudonym);
    }

    private static string[] Words(string line) => WordPattern.Matches(line).Select(m => Fold(m.Value)).ToArray();

    private static string Fold(string word)
    {
        var folded = Folding.Fold(word);
        return Abbreviations.GetValueOrDefault(folded, folded);
    }

    private static string Postcode(string written) => string.Concat(written.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
