using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantern.Core.Disclosure;

/// <summary>An exact date written in a paragraph: where, and which day (a two-digit year is read 00-49 as 2000-2049
/// and 50-99 as 1950-1999, and remembered, so a date of birth can be matched on its last two digits).</summary>
internal readonly record struct WrittenDate(int Start, int End, DateOnly Date, bool TwoDigitYear);

/// <summary>
/// Exact dates as UK writers put them: 12/03/2024, 12/3/24, 12.03.2024, 12-03-2024, 2024-03-12, 12 March 2024,
/// 12th March 2024, 12th of March, 2024, 12 Mar '24, 12-Mar-24, March 12th, 2024, with a day of the week before any of them
/// ("Tuesday 12 March 2024"). Day before month; a date that does not exist is not a date. A month and year alone
/// ("March 2024"), a day and month alone ("12 March") and a year alone are not exact dates.
/// </summary>
internal static partial class WrittenDates
{
    private const string Months = @"(?<mn>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b";

    // Both patterns start at a digit (the month before "12th" is read by a look-behind), so the engine skips ahead to
    // digits instead of trying every letter: most of a report has none.
    [GeneratedRegex(
        @"\b(?:" +
        @"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Months + @"\.?,?\s+(?:(?<y>\d{4})|'(?<y>\d{2}))(?!\d)" + "|" +
        @"(?<d>\d{1,2})(?<sep>[\-/])" + Months + @"\k<sep>(?<y>\d{4}|\d{2})(?!\d)" + "|" +
        @"(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/\-]|\.\d)" + "|" +
        @"(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<=\b" + Months + @"\.?\s+)(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(
        @"\b(?:aged?\s+(?:about\s+|around\s+|just\s+)?\d{1,2}(?:\s*(?:years?|yrs?|months?|weeks?|days?)(?:\s*(?:,|and)?\s*\d{1,2}\s*(?:months?|weeks?|days?))?)?(?:\s+old)?" +
        @"|\d{1,2}[\s\-](?:years?|months?|weeks?|days?)[\s\-]old" +
        @"|\d{1,2}\s*(?:years?|months?|weeks?|days?)(?:\s*(?:,|and)?\s*\d{1,2}\s*(?:months?|weeks?|days?))?\s+old)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Ages();

    /// <summary>The exact dates in <paramref name="text"/>, in order, into <paramref name="found"/>.</summary>
    public static void Find(string text, List<WrittenDate> found)
    {
        var first = found.Count;
        foreach (var regex in new[] { DayFirst(), MonthFirst() })
        {
            foreach (Match m in regex.Matches(text))
            {
                var start = m.Groups["mn"].Success ? Math.Min(m.Index, m.Groups["mn"].Index) : m.Index;
                if ((start > 0 && text[start - 1] is '/' or '.' or '-') || Read(m) is not { } date || IsSectionNumber(text, m))
                {
                    continue;
                }

                found.Add(new WrittenDate(WithDayOfWeek(text, start), m.Index + m.Length, date, m.Groups["y"].Length == 2));
            }
        }

        found.Sort(first, found.Count - first, Comparer<WrittenDate>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
    }

    /// <summary>Where a date starts once a day of the week written before it is counted in ("Tuesday 12 March",
    /// "Tuesday, the 12th of March").</summary>
    private static int WithDayOfWeek(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end >= 4 && text.AsSpan(end - 3, 3).Equals("the", StringComparison.OrdinalIgnoreCase) && text[end - 4] == ' ')
        {
            end -= 4;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }
        }

        if (end > 0 && text[end - 1] == ',')
        {
            end--;
        }

        var wordStart = end;
        while (wordStart > 0 && char.IsAsciiLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, end - wordStart);
        return end < start && word.Length >= 6 && word.EndsWith("day", StringComparison.OrdinalIgnoreCase) && IsWeekday(word) ? wordStart : start;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word)
    {
        foreach (var day in Weekdays)
        {
            if (word.Equals(day, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>"4.12.15 The social worker…": numbers with full stops at the start of a line, followed by words (or
    /// nothing), number a section.</summary>
    private static bool IsSectionNumber(string text, Match match)
    {
        if (match.Groups["sep"].Value != "." || (match.Index > 0 && text[match.Index - 1] is not ('\n' or GenericIdentifiers.ParagraphBreak)))
        {
            return false;
        }

        // A section number is followed by its heading's words; a date at the start of a line of a table pasted as
        // text is followed by a dash, a bar or a tab before the next cell ("19.06.23 – Health visiting").
        var end = match.Index + match.Length;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }

        return end == text.Length || text[end] is '\n' or GenericIdentifiers.ParagraphBreak || (end > match.Index + match.Length && char.IsLetter(text[end]));
    }

    /// <summary>Ages in <paramref name="text"/> ("aged 3", "14 months old", "a 6-week-old"), as start and end.</summary>
    public static IEnumerable<(int Start, int End)> Ages(string text) =>
        Ages().Matches(text).Select(m => (m.Index, m.Index + m.Length));

    /// <summary>"March 2024": what an exact date becomes in a published edition.</summary>
    public static string MonthAndYear(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? Read(Match match)
    {
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        if (match.Groups["y"].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        var month = match.Groups["mn"].Success
            ? Array.FindIndex(CommonWords.Months, m => m.StartsWith(match.Groups["mn"].Value[..3].ToLowerInvariant(), StringComparison.Ordinal)) + 1
            : int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && year is >= 1900 and <= 2100 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
