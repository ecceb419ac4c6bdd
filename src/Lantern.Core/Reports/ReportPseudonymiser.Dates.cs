using System.Globalization;
using System.Text.RegularExpressions;
using Lantern.Core.Disclosure;

namespace Lantern.Core.Reports;

/// <summary>Exact dates under the date policy. A date equal to a registered date of birth is a date of birth, whatever
/// the policy. Dates are read with the disclosure check's reader (<see cref="WrittenDates"/>), so the check and the
/// edition agree on what an exact date is.</summary>
public sealed partial class ReportPseudonymiser
{
    // A day and month without a year: the month with a capital, so "14 may" in a sentence is not read as a date.
    [GeneratedRegex(
        @"\b(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mn>" + MonthNames + @")|(?<mn>" + MonthNames + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)\b(?!\s*,?\s*'?\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DayAndMonth();

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    private IEnumerable<Found> FindDates(string text, List<Found> taken)
    {
        var dates = new List<WrittenDate>();
        WrittenDates.Find(text, dates);
        var found = new List<Found>();
        var years = new List<(int At, int Year)>();
        foreach (var date in dates)
        {
            if (!IsFree(taken, date.Start, date.End) || !IsFree(found, date.Start, date.End))
            {
                continue;
            }

            if (bornOn.TryGetValue(date.Date, out var person))
            {
                found.Add(new Found(date.Start, date.End, DateOfBirthRemoved, ReplacementRule.DateOfBirth, people[person].Id, Person: person));
                continue;
            }

            years.Add((date.Start, date.Date.Year));
            found.Add(Soften(text, date.Start, date.End, date.Date, date.Date.Month, ReplacementRule.ExactDate));
        }

        foreach (Match m in DayAndMonth().Matches(text))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (!IsFree(taken, start, end) || !IsFree(found, start, end))
            {
                continue;
            }

            var month = Array.FindIndex(CommonWords.Months, n => n.StartsWith(m.Groups["mn"].Value[..3].ToLowerInvariant(), StringComparison.Ordinal)) + 1;
            var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            var year = years.Where(y => y.At < start).Select(y => (int?)y.Year).LastOrDefault();
            DateOnly? date = year is { } y && day >= 1 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
            if (day is < 1 or > 31)
            {
                continue;
            }

            found.Add(Soften(text, start, end, date, month, ReplacementRule.DayAndMonth));
        }

        return found;
    }

    /// <summary>One date as the policy writes it, with "on" before it taken in: "on 14 March 2023" becomes "in March
    /// 2023" or "when Child Q was 2 years old". Under <see cref="DatePolicy.Keep"/> the date stays as written.</summary>
    private Found Soften(string text, int start, int end, DateOnly? date, int month, ReplacementRule rule)
    {
        if (datePolicy == DatePolicy.Keep)
        {
            return new Found(start, end, null, rule);
        }

        var lead = LeadIn(text, start);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        var note = date is null ? "No year was written and none came before it: the month alone is kept." : null;
        if (datePolicy == DatePolicy.ChildAge && date is { } day && subject is { } child)
        {
            return new Found(lead?.Start ?? start, end, AgeAt(child.Pseudonym, child.Born, day), rule, Note: rule == ReplacementRule.DayAndMonth ? "The year was taken from the last full date before it. Check." : null);
        }

        var written = date is { } known ? WrittenDates.MonthAndYear(known) : monthName;
        return new Found(lead?.Start ?? start, end, lead is { On: true } ? "in " + written : written, rule, Note: note);
    }

    /// <summary>"when Child Q was 7 months old", "when Child Q was 2 years old", "before Child Q was born".</summary>
    public static string AgeAt(string pseudonym, DateOnly born, DateOnly date)
    {
        if (date < born)
        {
            return $"before {pseudonym} was born";
        }

        if (date == born)
        {
            return $"when {pseudonym} was born";
        }

        var months = ((date.Year - born.Year) * 12) + date.Month - born.Month - (date.Day < born.Day ? 1 : 0);
        var days = date.DayNumber - born.DayNumber;
        var age = months switch
        {
            < 1 when days < 14 => Count(days, "day"),
            < 1 => Count(days / 7, "week"),
            < 24 => Count(months, "month"),
            _ => Count(months / 12, "year"),
        };
        return $"when {pseudonym} was {age} old";
    }

    private static string Count(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n.ToString(CultureInfo.InvariantCulture)} {unit}s";

    /// <summary>Where the words before a date that go with it start: "on" ("on 14 March"), "the" ("for the 14th of
    /// March") or both ("on the 14th"); null when there are none.</summary>
    private static (int Start, bool On)? LeadIn(string text, int start)
    {
        var at = SkipSpaces(text, start);
        int? lead = null;
        if (Word(text, at, "the"))
        {
            lead = at - 3;
            at = SkipSpaces(text, at - 3);
        }

        return Word(text, at, "on") ? (at - 2, true) : lead is { } the ? (the, false) : null;
    }

    private static int SkipSpaces(string text, int at)
    {
        var i = at;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        return i;
    }

    /// <summary>Whether <paramref name="word"/> ends at <paramref name="end"/>, a whole word followed by a space.</summary>
    private static bool Word(string text, int end, string word) =>
        end >= word.Length && end < text.Length && text[end] == ' ' && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (end == word.Length || !char.IsLetterOrDigit(text[end - word.Length - 1]));
}
