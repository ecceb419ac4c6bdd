using System.Text.RegularExpressions;

namespace Lantern.Core.Reviews;

/// <summary>
/// Rules for a review's working title. It must be a pseudonym, so the rules refuse what would most likely
/// identify someone: digits that look like a date, a postcode, or characters a title has no use for.
/// </summary>
public static partial class ReviewTitle
{
    public const int MaxLength = 60;

    public static string Normalise(string title) => WhiteSpace().Replace(title.Trim(), " ");

    /// <summary>What two titles must share to be the same title: their letters and digits, whatever the case,
    /// spacing or punctuation ("Child Q", "child-q" and "CHILD  Q." are one title).</summary>
    public static string MatchKey(string title) =>
        string.Concat(title.Normalize(System.Text.NormalizationForm.FormC).Where(char.IsLetterOrDigit)).ToLowerInvariant();

    public static bool IsSameTitle(string first, string second) =>
        MatchKey(first) is { Length: > 0 } key && string.Equals(key, MatchKey(second), StringComparison.Ordinal);

    /// <summary>Returns what is wrong with the title in words a user can act on, or null when it is fine.</summary>
    public static string? Check(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "Enter a working title, such as Child Q";
        }

        var normalised = Normalise(title);
        if (normalised.Length > MaxLength)
        {
            return $"Working title must be {MaxLength} characters or fewer";
        }

        if (DateLike().IsMatch(normalised))
        {
            return "Working title must not include a date. Use a pseudonym only, such as Child Q";
        }

        if (PostcodeLike().IsMatch(normalised))
        {
            return "Working title must not include a postcode. Use a pseudonym only, such as Child Q";
        }

        if (!Allowed().IsMatch(normalised))
        {
            return "Working title must only include letters, numbers, spaces, and the characters ' - , & ( ) .";
        }

        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^[\p{L}\p{M}0-9 ',\-&().’]+$")]
    private static partial Regex Allowed();

    [GeneratedRegex(@"\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}\b|\b(19|20)\d{2}\s*[-/.]\s*\d{1,2}\b")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\b[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}\b")]
    private static partial Regex PostcodeLike();
}
