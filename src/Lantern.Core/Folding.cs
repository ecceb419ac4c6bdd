using System.Globalization;
using System.Text;

namespace Lantern.Core;

/// <summary>
/// One way of comparing words typed by different people: case and accents are folded (Unicode normalisation,
/// so "ZOË", "Zoë" and "zoe" are the same, and letters such as "ø" and "æ" that do not decompose are written
/// as plain letters: "Sørensen" is "sorensen"), runs of spaces become one and the ends are trimmed. Used wherever
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

            var lower = char.ToLowerInvariant(c);
            if (lower < 0xC0)
            {
                builder.Append(lower);
                continue;
            }

            if (Undecomposed(lower) is { } plain)
            {
                builder.Append(plain);
            }
            else
            {
                builder.Append(lower);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Letters Unicode does not decompose into a base letter and an accent, as plain letters.</summary>
    private static string? Undecomposed(char lower) => lower switch
    {
        'ø' => "o",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => null,
    };

    /// <summary>Whether two texts are the same once folded.</summary>
    public static bool Same(string? a, string? b) => string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);
}
