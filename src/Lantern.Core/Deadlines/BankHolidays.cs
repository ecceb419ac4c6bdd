namespace Lantern.Core.Deadlines;

/// <summary>
/// The bank holidays each UK nation has by rule, as in force since 2007: fixed dates (moved to the next free
/// weekday when they fall at a weekend), Easter, and the May and August Mondays. One-off changes (a royal
/// occasion, a moved holiday) are <see cref="HolidayAdjustment"/>s, applied by <see cref="WorkingCalendar"/>.
/// </summary>
public static class BankHolidays
{
    public static IReadOnlyList<DateOnly> ByRule(HolidayCalendar calendar, int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2999);

        var easter = EasterSunday(year);
        var taken = new SortedSet<DateOnly>
        {
            easter.AddDays(-2), // Good Friday
            FirstMonday(year, 5),
            LastMonday(year, 5),
            calendar == HolidayCalendar.Scotland ? FirstMonday(year, 8) : LastMonday(year, 8),
        };
        if (calendar != HolidayCalendar.Scotland)
        {
            taken.Add(easter.AddDays(1)); // Easter Monday
        }

        foreach (var date in FixedDates(calendar, year))
        {
            var day = date;
            while (IsWeekend(day) || taken.Contains(day))
            {
                day = day.AddDays(1);
            }

            taken.Add(day);
        }

        return [.. taken];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>Each nation's fixed-date holidays in date order, before any weekend substitution.</summary>
    private static IEnumerable<DateOnly> FixedDates(HolidayCalendar calendar, int year)
    {
        yield return new DateOnly(year, 1, 1);
        if (calendar == HolidayCalendar.Scotland)
        {
            yield return new DateOnly(year, 1, 2);
        }

        if (calendar == HolidayCalendar.NorthernIreland)
        {
            yield return new DateOnly(year, 3, 17); // St Patrick's Day
            yield return new DateOnly(year, 7, 12); // Battle of the Boyne
        }

        if (calendar == HolidayCalendar.Scotland)
        {
            yield return new DateOnly(year, 11, 30); // St Andrew's Day
        }

        yield return new DateOnly(year, 12, 25);
        yield return new DateOnly(year, 12, 26);
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }
}
