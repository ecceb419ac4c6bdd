using System.Globalization;
using System.Text;

namespace Lantern.Core;

/// <summary>
/// One way of comparing words typed by different people: case and accents are folded (Unicode normalisation,
/// so "ZOË", "Zoë" and "zoe" are the same), runs of spaces become one and the ends are trimmed. Used wherever
/// Lantern matches words it did not write itself: names in records, agencies' event words, search.
/// </summary>
public static class Folding
{
    /// <summary>The folded form of a text: lower case, accents removed, spaces collapsed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether two texts are the same once folded.</summary>
    public static bool Same(string? a, string? b) => string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);
}
