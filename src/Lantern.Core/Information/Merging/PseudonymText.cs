using System.Text.RegularExpressions;

namespace Lantern.Core.Information.Merging;

/// <summary>Puts pseudonyms in place of the names Lantern matched in an entry's text, for anything that leaves the review.</summary>
public static class PseudonymText
{
    /// <param name="matches">The words that matched each person (EntryPerson.MatchedText) and that person's pseudonym.</param>
    public static string Replace(string text, IEnumerable<(string MatchedText, string Pseudonym)> matches)
    {
        // Longest first, so "Jo Bloggs" is replaced before "Jo".
        foreach (var (matched, pseudonym) in matches.Where(m => !string.IsNullOrWhiteSpace(m.MatchedText)).OrderByDescending(m => m.MatchedText.Length))
        {
            text = Regex.Replace(text, $@"\b{Regex.Escape(matched.Trim())}\b", pseudonym.Replace("$", "$$", StringComparison.Ordinal),
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return text;
    }
}
