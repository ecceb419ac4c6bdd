using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Lantern.Core.Deadlines;

/// <summary>
/// Working days in one nation: Monday to Friday except bank holidays, where bank holidays are the rules'
/// dates with one-off adjustments applied (for the same date, the later adjustment wins, so a change can be
/// undone by adding its opposite).
/// </summary>
public sealed class WorkingCalendar
{
    private readonly FrozenDictionary<DateOnly, AdjustmentKind> adjustments;
    private readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> years = new();

    public WorkingCalendar(HolidayCalendar calendar, IEnumerable<HolidayAdjustment> adjustments)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        Calendar = calendar;
        var last = new Dictionary<DateOnly, AdjustmentKind>();
        foreach (var adjustment in adjustments.Where(a => a.Calendar == calendar))
        {
            last[adjustment.Date] = adjustment.Kind;
        }

        this.adjustments = last.ToFrozenDictionary();
    }

    public HolidayCalendar Calendar { get; }

    /// <summary>The calendar with the published one-off changes and nothing else.</summary>
    public static WorkingCalendar Standard(HolidayCalendar calendar) => new(calendar, HolidayAdjustment.Published);

    public IReadOnlyList<DateOnly> BankHolidays(int year) => [.. Holidays(year).Order()];

    public bool IsBankHoliday(DateOnly date) => Holidays(date.Year).Contains(date);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsBankHoliday(date);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the next working day after it.</summary>
    public DateOnly OnOrNextWorkingDay(DateOnly date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The working day <paramref name="days"/> working days after (or, if negative, before)
    /// <paramref name="start"/>; zero gives <paramref name="start"/> itself.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var step = Math.Sign(days);
        var left = Math.Abs(days);
        var day = start;
        while (left > 0)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>
    /// The working days passed walking from <paramref name="from"/> to <paramref name="to"/>, counting
    /// <paramref name="to"/> but not <paramref name="from"/>; negative when <paramref name="to"/> is earlier.
    /// It undoes <see cref="AddWorkingDays"/>: a deadline due on a Friday shows 0 that Friday and -1 the next day.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to == from)
        {
            return 0;
        }

        var (low, high, sign) = to > from ? (from.AddDays(1), to, 1) : (to, from.AddDays(-1), -1);
        var count = 0;
        for (var day = low; day <= high; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }

    private FrozenSet<DateOnly> Holidays(int year) => years.GetOrAdd(year, y =>
    {
        var set = new HashSet<DateOnly>(Deadlines.BankHolidays.ByRule(Calendar, y));
        foreach (var (date, kind) in adjustments.Where(a => a.Key.Year == y))
        {
            if (kind == AdjustmentKind.Add)
            {
                set.Add(date);
            }
            else
            {
                set.Remove(date);
            }
        }

        return set.ToFrozenSet();
    });
}
