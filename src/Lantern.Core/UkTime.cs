using System.Globalization;

namespace Lantern.Core;

/// <summary>
/// Lantern stores UTC; people read dates as they are in the UK, in British English. This is the one place that
/// says what "today" is (deadlines are counted in UK days) and how a date is written, so neither is spelt out
/// again wherever a date is shown.
/// </summary>
public static class UkTime
{
    /// <summary>"22 November 2026", the GOV.UK style for dates (also read back from agencies' spreadsheets).</summary>
    public const string LongDateFormat = "d MMMM yyyy";

    /// <summary>"Sunday 22 November 2026": the long date with its day of the week.</summary>
    public const string DayAndDateFormat = "dddd " + LongDateFormat;

    /// <summary>"22 November 2026 at 3:05", followed by "am" or "pm" (see <see cref="UkDateTime"/>).</summary>
    public const string DateTimeFormat = LongDateFormat + " 'at' h:mm";

    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo London = FindLondon();

    /// <summary>The UK's wall-clock time at the UTC instant <paramref name="utc"/> (GMT in winter, BST in summer).</summary>
    public static DateTime ToUk(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>Today's date in the UK, where every deadline is counted.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.ToUk());
    }

    /// <summary>"22 November 2026".</summary>
    public static string LongDate(this DateOnly date) => date.ToString(LongDateFormat, Culture);

    /// <summary>"22 November 2026" for a date and time already in UK time (no conversion: see <see cref="UkDate"/>).</summary>
    public static string LongDate(this DateTime date) => date.ToString(LongDateFormat, Culture);

    /// <summary>"Sunday 22 November 2026".</summary>
    public static string DayAndDate(this DateOnly date) => date.ToString(DayAndDateFormat, Culture);

    /// <summary>"22 November 2026" for a UTC instant: the date it was in the UK.</summary>
    public static string UkDate(this DateTime utc) => utc.ToUk().LongDate();

    /// <summary>"22 November 2026 at 3:05pm", the GOV.UK style for a date and time, for a UTC instant.</summary>
    public static string UkDateTime(this DateTime utc)
    {
        var uk = utc.ToUk();
        return uk.ToString(DateTimeFormat, Culture) + (uk.Hour < 12 ? "am" : "pm");
    }

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time-zone data shows UTC, which is London's time for half the year.
            return TimeZoneInfo.Utc;
        }
    }
}
