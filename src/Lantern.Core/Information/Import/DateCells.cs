using System.Globalization;

namespace Lantern.Core.Information.Import;

/// <summary>
/// Reads dates and times as UK agencies write them: 31/01/2024, 31/1/24, 31-01-2024, 31.01.2024, 2024-01-31,
/// 31 January 2024 or 31 Jan 2024; a month alone as 01/2024, 2024-01 or January 2024.
/// </summary>
public static class DateCells
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] NamedDayFormats = [UkTime.LongDateFormat, "d MMM yyyy", UkTime.DayAndDateFormat, "ddd d MMM yyyy"];
    private static readonly string[] NamedMonthFormats = ["MMMM yyyy", "MMM yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H.mm", "HHmm", "h:mmtt", "h:mm tt", "htt", "h tt", "h.mmtt", "h.mm tt"];

    /// <summary>A date read from a cell: the first of the month when only the month is given; the time too when
    /// the cell held one (as spreadsheets do).</summary>
    public readonly record struct ParsedDate(DateOnly Date, bool MonthOnly, TimeOnly? Time);

    /// <summary>The date, or a message saying why the text is not one.</summary>
    public static (ParsedDate? Date, string? Error) ParseDate(string text)
    {
        var value = text.Trim();
        TimeOnly? time = null;
        var space = value.LastIndexOf(' ');
        if (space > 0 && value.IndexOf(':', space) > space && TryParseTime(value[(space + 1)..], out var trailing))
        {
            time = trailing == TimeOnly.MinValue ? null : trailing;
            value = value[..space].TrimEnd();
        }

        var parts = value.Split('/', '-', '.');
        if (parts.Length is 2 or 3 && parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
        {
            int day, month, year;
            var monthOnly = parts.Length == 2;
            bool shapeOk;
            if (parts[0].Length == 4)
            {
                // yyyy-mm-dd or yyyy-mm
                shapeOk = parts.Skip(1).All(p => p.Length <= 2);
                (year, month, day) = (Number(parts[0]), Number(parts[1]), monthOnly ? 1 : Number(parts[2]));
            }
            else if (monthOnly)
            {
                // mm/yyyy
                shapeOk = parts[0].Length <= 2 && parts[1].Length == 4;
                (day, month, year) = (1, Number(parts[0]), Year(parts[1]));
            }
            else
            {
                // dd/mm/yyyy or d/m/yy
                shapeOk = parts[0].Length <= 2 && parts[1].Length <= 2 && parts[2].Length is 2 or 4;
                (day, month, year) = (Number(parts[0]), Number(parts[1]), Year(parts[2]));
            }

            if (!shapeOk)
            {
                return (null, Unreadable(text));
            }

            if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                return (null, $"{text.Trim()} is not a real date");
            }

            return (new ParsedDate(new DateOnly(year, month, day), monthOnly, time), null);
        }

        if (DateTime.TryParseExact(value, NamedDayFormats, Uk, DateTimeStyles.AllowWhiteSpaces, out var named))
        {
            return (new ParsedDate(DateOnly.FromDateTime(named), false, time), null);
        }

        if (DateTime.TryParseExact(value, NamedMonthFormats, Uk, DateTimeStyles.AllowWhiteSpaces, out var namedMonth))
        {
            return (new ParsedDate(DateOnly.FromDateTime(namedMonth), true, time), null);
        }

        return (null, Unreadable(text));
    }

    public static bool TryParseTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Trim().ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static string Unreadable(string text) =>
        $"\u201C{Shorten(text.Trim())}\u201D is not a date Lantern can read. Write it as day/month/year, for example 31/01/2024, or month/year for a month";

    internal static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static int Number(string digits) => digits.Length > 4 ? -1 : int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>Two-digit years 00 to 49 are this century, 50 to 99 the last (as spreadsheets read them).</summary>
    private static int Year(string digits) => digits.Length switch
    {
        2 => Number(digits) is var y and < 50 ? 2000 + y : 1900 + Number(digits),
        4 => Number(digits),
        _ => -1,
    };
}
