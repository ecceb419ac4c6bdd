using System.Globalization;

namespace Lantern.Web.Infrastructure.Layout;

/// <summary>Lantern stores UTC; people read dates as they are in the UK, in British English.</summary>
public static class UkTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo London = FindLondon();

    public static DateTime ToUk(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>"22 November 2026", the GOV.UK style for dates.</summary>
    public static string UkDate(this DateTime utc) => utc.ToUk().ToString("d MMMM yyyy", Culture);

    /// <summary>"22 November 2026 at 3:05pm", the GOV.UK style for a date and time.</summary>
    public static string UkDateTime(this DateTime utc)
    {
        var uk = utc.ToUk();
        return uk.ToString("d MMMM yyyy 'at' h:mm", Culture) + (uk.Hour < 12 ? "am" : "pm");
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
