using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantern.Core.Information.Merging;

/// <summary>A stretch of an entry that identifies someone, and what replaces it.</summary>
public sealed record IdentifyingText(int Start, int End, IdentifyingKind Kind, string Replacement);

/// <summary>What a stretch of text gives away about a registered person.</summary>
public enum IdentifyingKind
{
    Name,
    DateOfBirth,
    Address,
}

/// <summary>
/// Finds registered people's dates of birth in the forms agencies write them: 12/03/2019, 12/3/19, 12.3.19,
/// 12-03-2019, 2019-03-12, 12 March 2019, 12th Mar 2019, 12th of March 2019, March 12th, 2019, each with or
/// without a label before it ("DOB 12/03/19", "D.O.B.: 12.3.19", "date of birth 12 March 2019"), which is
/// replaced with the date.
///
/// Rules:
/// - Day before month, as UK agencies write dates; a two-digit year matches the date of birth's last two digits.
/// - Only a date equal to a registered date of birth is replaced; every other date stays (visit dates,
///   appointment dates). A date that is someone's birthday but also when something else happened is still
///   replaced: it cannot be told apart, and leaving a date of birth would be worse.
/// - A date without a year ("12/03") is left: it is not a date of birth on its own.
/// - A date more than one person was born on (twins) names them all.
/// </summary>
public sealed class BirthDateText
{
    private const string Label = @"(?:(?:\bD\.?\s?O\.?\s?B\.?|\bdate\s+of\s+birth)\s*(?:[:\-=]\s*|is\s+)?)?";
    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    private static readonly Regex Dates = new(
        Label + "(?:" +
        @"\b(?<d>\d{1,2})\s?(?<sep>[/.\-])\s?(?<m>\d{1,2})\s?\k<sep>\s?(?<y>\d{4}|\d{2})(?![\d/.\-]\d)" + "|" +
        @"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b" + "|" +
        @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mn>" + Months + @")\.?,?\s+'?(?<y>\d{4}|\d{2})\b" + "|" +
        @"\b(?<mn>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b" +
        ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));

    private readonly Dictionary<DateOnly, string> replacements = [];

    /// <param name="people">Each person's date of birth and pseudonym; people without a date of birth are left out.</param>
    public BirthDateText(IEnumerable<(DateOnly? DateOfBirth, string Pseudonym)> people)
    {
        foreach (var group in people.Where(p => p.DateOfBirth is not null).GroupBy(p => p.DateOfBirth!.Value))
        {
            replacements[group.Key] = $"[date of birth of {Identifying.Owners(group.Select(p => p.Pseudonym))}]";
        }
    }

    /// <summary>Every registered date of birth in the text.</summary>
    public IEnumerable<IdentifyingText> Find(string text)
    {
        if (replacements.Count == 0)
        {
            yield break;
        }

        foreach (Match match in Dates.Matches(text))
        {
            if (Read(match) is { } date && Owner(date, match.Groups["y"].Value.Length == 2) is { } replacement)
            {
                yield return new IdentifyingText(match.Index, match.Index + match.Length, IdentifyingKind.DateOfBirth, replacement);
            }
        }
    }

    private string? Owner((int Day, int Month, int Year) date, bool twoDigitYear)
    {
        foreach (var (born, replacement) in replacements)
        {
            if (born.Day == date.Day && born.Month == date.Month && (twoDigitYear ? born.Year % 100 == date.Year : born.Year == date.Year))
            {
                return replacement;
            }
        }

        return null;
    }

    private static (int Day, int Month, int Year)? Read(Match match)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["mn"].Success)
        {
            var name = match.Groups["mn"].Value.ToLowerInvariant();
            month = Array.FindIndex(MonthNames, m => name.StartsWith(m, StringComparison.Ordinal)) + 1;
        }
        else
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        }

        return day is >= 1 and <= 31 && month is >= 1 and <= 12 ? (day, month, year) : null;
    }

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
}

/// <summary>What replacements say about whose name, date of birth or address was there.</summary>
public static class Identifying
{
    /// <summary>"Mother", or "Child A and Child B" when two or three people share it; more than three are not named.</summary>
    public static string Owners(IEnumerable<string> pseudonyms)
    {
        var all = pseudonyms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return all.Count switch
        {
            1 => all[0],
            2 or 3 => $"{string.Join(", ", all[..^1])} and {all[^1]}",
            _ => "several people",
        };
    }
}
