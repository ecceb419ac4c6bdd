using System.Text.RegularExpressions;

namespace Lantern.Core.Information.Import;

/// <summary>A name written in the chronologies that matches nobody in the register, in its commonest spelling,
/// with how many entries name it.</summary>
public sealed record UnmatchedName(string Name, int Entries);

/// <summary>
/// Finds the names agencies wrote in the "people involved" column that match nobody in the register, so a
/// reviewer can add them as another name of the right person. A cell is split into people at commas,
/// semicolons, slashes, ampersands, plus signs, line breaks and the word "and"; a note in brackets is read as a
/// person of its own ("Mother (Kelly)" gives "Kelly"), and titles and role words in front are left out ("SW Jo
/// Bloggs" gives "Jo Bloggs"). What is left is a name when it is one to four words, each starting with a capital
/// letter, made of letters (and hyphens, apostrophes and full stops), and not only a word for someone's place
/// in the case (<see cref="NameWords.IsCommonWord"/>) or capitals of three letters or fewer (initials).
/// </summary>
public static partial class UnmatchedNames
{
    public static IReadOnlyList<UnmatchedName> Find(IEnumerable<string?> peopleInvolved, NameMatcher matcher, IEnumerable<string> pseudonyms)
    {
        var pseudonymSet = pseudonyms.Select(Folding.Fold).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, (Dictionary<string, int> Spellings, int Entries)>(StringComparer.Ordinal);
        foreach (var cell in peopleInvolved)
        {
            foreach (var name in Names(cell).DistinctBy(Folding.Fold))
            {
                var folded = Folding.Fold(name);
                if (pseudonymSet.Contains(folded) || matcher.Match(name).Count > 0)
                {
                    continue;
                }

                var entry = found.TryGetValue(folded, out var seen) ? seen : ([], 0);
                entry.Spellings[name] = entry.Spellings.GetValueOrDefault(name) + 1;
                found[folded] = (entry.Spellings, entry.Entries + 1);
            }
        }

        return found.Values
            .Select(f => new UnmatchedName(f.Spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, f.Entries))
            .OrderByDescending(n => n.Entries)
            .ThenBy(n => n.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The name-like people in one "people involved" cell.</summary>
    public static IEnumerable<string> Names(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            yield break;
        }

        foreach (var piece in Separators().Split(cell))
        {
            var notes = Bracketed().Matches(piece).Select(m => m.Groups[1].Value);
            foreach (var part in notes.Prepend(NameText.WithoutNotes(piece)))
            {
                if (Clean(part) is { } name)
                {
                    yield return name;
                }
            }
        }
    }

    private static string? Clean(string part)
    {
        var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ':', '"', '\u201C', '\u201D', '?', '!', '*'))
            .Where(w => w.Length > 0)
            .ToList();
        while (words.Count > 0 && (NameWords.IsTitle(words[0]) || (words[0].All(char.IsUpper) && NameWords.IsAbbreviation(words[0])) || NameWords.IsCommonWord(words[0])))
        {
            words.RemoveAt(0);
        }

        if (words.Count is 0 or > 4 || words.All(w => w.Length < 2) || !words.TrueForAll(IsNameWord))
        {
            return null;
        }

        var name = string.Join(' ', words);
        var letters = name.Where(char.IsLetter).ToArray();

        // Capitals of three letters or fewer ("K.T.", "DV") are initials or abbreviations, not names to add.
        var initials = letters.Length <= 3 && letters.All(char.IsUpper);
        return initials || NameWords.IsCommonWord(name) ? null : name;
    }

    private static bool IsNameWord(string word) =>
        char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || NameText.IsWordChar(c) && !char.IsDigit(c) || c is '-' or '\'' or '\u2019' or '.');

    [GeneratedRegex(@"[,;/&+|\n\r]|\s+and\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Separators();

    [GeneratedRegex(@"[(\[]([^)\]]*)[)\]]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Bracketed();
}
