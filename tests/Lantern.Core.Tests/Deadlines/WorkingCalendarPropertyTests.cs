using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>
/// Properties of working-day arithmetic that hold for any start date: checked on random starts from 2018 to
/// 2030 (seeded, so a failure repeats) in every calendar, including starts on weekends and bank holidays.
/// </summary>
public sealed class WorkingCalendarPropertyTests
{
    private const int Starts = 250;
    private static readonly DateOnly First = new(2018, 1, 1);
    private static readonly int Span = new DateOnly(2030, 12, 31).DayNumber - First.DayNumber + 1;

    public static TheoryData<HolidayCalendar, int> CalendarsAndSeeds()
    {
        var data = new TheoryData<HolidayCalendar, int>();
        foreach (var calendar in HolidayCalendarNames.All)
        {
            data.Add(calendar, 20260101);
            data.Add(calendar, 424242);
        }

        return data;
    }

    private static IEnumerable<DateOnly> RandomStarts(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Starts; i++)
        {
            yield return First.AddDays(random.Next(Span));
        }

        // Make sure the awkward starts are always there, whatever the seed gives.
        yield return new DateOnly(2026, 12, 25);
        yield return new DateOnly(2026, 12, 26);
        yield return new DateOnly(2022, 1, 3);
        yield return new DateOnly(2030, 12, 31);
    }

    [Theory]
    [MemberData(nameof(CalendarsAndSeeds))]
    public void AddWorkingDays_Forward_LandsOnAWorkingDay_AndWorkingDaysBetweenUndoesIt(HolidayCalendar calendar, int seed)
    {
        var working = WorkingCalendar.Standard(calendar);
        foreach (var start in RandomStarts(seed))
        {
            for (var n = 1; n <= 30; n++)
            {
                var due = working.AddWorkingDays(start, n);

                Assert.True(working.IsWorkingDay(due), $"{calendar}: {start} + {n} = {due}, not a working day");
                Assert.True(due > start);
                Assert.Equal(n, working.WorkingDaysBetween(start, due));
                // It is the first such day: the day before is still one short.
                Assert.Equal(n - 1, working.WorkingDaysBetween(start, due.AddDays(-1)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarsAndSeeds))]
    public void AddWorkingDays_Backward_LandsOnAWorkingDay_AndWorkingDaysBetweenUndoesIt(HolidayCalendar calendar, int seed)
    {
        var working = WorkingCalendar.Standard(calendar);
        foreach (var start in RandomStarts(seed))
        {
            for (var n = 1; n <= 30; n++)
            {
                var due = working.AddWorkingDays(start, -n);

                Assert.True(working.IsWorkingDay(due), $"{calendar}: {start} - {n} = {due}, not a working day");
                Assert.True(due < start);
                Assert.Equal(-n, working.WorkingDaysBetween(start, due));
                // It is the latest such day: the day after is one short.
                Assert.Equal(-(n - 1), working.WorkingDaysBetween(start, due.AddDays(1)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarsAndSeeds))]
    public void AddWorkingDays_InSteps_SameAsAllAtOnce(HolidayCalendar calendar, int seed)
    {
        var working = WorkingCalendar.Standard(calendar);
        var random = new Random(seed);
        foreach (var start in RandomStarts(seed))
        {
            var a = random.Next(1, 20);
            var b = random.Next(1, 20);

            Assert.Equal(working.AddWorkingDays(start, a + b), working.AddWorkingDays(working.AddWorkingDays(start, a), b));
            Assert.Equal(working.AddWorkingDays(start, -(a + b)), working.AddWorkingDays(working.AddWorkingDays(start, -a), -b));
        }
    }

    [Theory]
    [MemberData(nameof(CalendarsAndSeeds))]
    public void WorkingDaysBetween_MatchesADayByDayCount_AndIsAntisymmetricBetweenWorkingDays(HolidayCalendar calendar, int seed)
    {
        var working = WorkingCalendar.Standard(calendar);
        var random = new Random(seed);
        foreach (var from in RandomStarts(seed))
        {
            var to = from.AddDays(random.Next(-60, 61));
            var (low, high) = to >= from ? (from, to) : (to, from);
            var count = 0;
            for (var day = low.AddDays(1); day <= high; day = day.AddDays(1))
            {
                // Count working days using only the published list and the weekday.
                if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !working.BankHolidays(day.Year).Contains(day))
                {
                    count++;
                }
            }

            // Walking forwards counts "to" not "from"; walking backwards counts "to" not "from" as well, so
            // the day-by-day count over (low, high] needs adjusting by the two ends when going backwards.
            var expected = to >= from
                ? count
                : -(count - (working.IsWorkingDay(from) ? 1 : 0) + (working.IsWorkingDay(to) ? 1 : 0));
            Assert.Equal(expected, working.WorkingDaysBetween(from, to));

            if (working.IsWorkingDay(from) && working.IsWorkingDay(to))
            {
                Assert.Equal(-working.WorkingDaysBetween(from, to), working.WorkingDaysBetween(to, from));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarsAndSeeds))]
    public void WorkingDaysBetween_SameDay_IsZero(HolidayCalendar calendar, int seed)
    {
        var working = WorkingCalendar.Standard(calendar);
        Assert.All(RandomStarts(seed), day => Assert.Equal(0, working.WorkingDaysBetween(day, day)));
    }
}
