using System.Globalization;
using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>Working-day arithmetic on the standard calendars. Every expected date is counted by hand.</summary>
public sealed class WorkingCalendarTests
{
    private const HolidayCalendar England = HolidayCalendar.EnglandAndWales;
    private const HolidayCalendar Scotland = HolidayCalendar.Scotland;
    private const HolidayCalendar NorthernIreland = HolidayCalendar.NorthernIreland;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateOnly P(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Add(HolidayCalendar calendar, DateOnly start, int days) =>
        WorkingCalendar.Standard(calendar).AddWorkingDays(start, days);

    private static int Between(HolidayCalendar calendar, DateOnly from, DateOnly to) =>
        WorkingCalendar.Standard(calendar).WorkingDaysBetween(from, to);

    [Theory]
    // Wed 23 Dec 2026: 24 Dec (1); 25 Dec and 28 Dec (Boxing Day substitute) are holidays; 29, 30, 31 Dec (2-4);
    // 1 Jan holiday; Mon 4 Jan (5), except in Scotland where 4 Jan is the 2 January substitute.
    [InlineData(England, "2026-12-23", 5, "2027-01-04")]
    [InlineData(NorthernIreland, "2026-12-23", 5, "2027-01-04")]
    [InlineData(Scotland, "2026-12-23", 5, "2027-01-05")]
    [InlineData(England, "2026-12-24", 1, "2026-12-29")]
    [InlineData(Scotland, "2026-12-24", 1, "2026-12-29")]
    // Christmas 2021 on a Saturday: 27 and 28 Dec are holidays, then 3 Jan 2022 (and 4 Jan in Scotland).
    [InlineData(England, "2021-12-24", 1, "2021-12-29")]
    [InlineData(England, "2021-12-24", 4, "2022-01-04")]
    [InlineData(NorthernIreland, "2021-12-24", 4, "2022-01-04")]
    [InlineData(Scotland, "2021-12-24", 4, "2022-01-05")]
    // Christmas 2022 on a Sunday: 26 and 27 Dec; New Year 2023 on a Sunday: 2 Jan (and 3 Jan in Scotland).
    [InlineData(England, "2022-12-23", 1, "2022-12-28")]
    [InlineData(England, "2022-12-30", 1, "2023-01-03")]
    [InlineData(Scotland, "2022-12-30", 1, "2023-01-04")]
    // Easter 2026: Good Friday 3 April everywhere, Easter Monday 6 April except in Scotland.
    [InlineData(England, "2026-04-02", 1, "2026-04-07")]
    [InlineData(NorthernIreland, "2026-04-02", 1, "2026-04-07")]
    [InlineData(Scotland, "2026-04-02", 1, "2026-04-06")]
    [InlineData(England, "2026-04-01", 2, "2026-04-07")]
    // Northern Ireland's own days: St Patrick's Day (Tue 17 Mar 2026) and the Twelfth's substitute (Mon 13 Jul 2026).
    [InlineData(NorthernIreland, "2026-03-16", 1, "2026-03-18")]
    [InlineData(England, "2026-03-16", 1, "2026-03-17")]
    [InlineData(NorthernIreland, "2026-07-10", 1, "2026-07-14")]
    [InlineData(England, "2026-07-10", 1, "2026-07-13")]
    // Scotland's own days: first Monday of August (3 Aug 2026) and St Andrew's Day (Mon 30 Nov 2026).
    [InlineData(Scotland, "2026-07-31", 1, "2026-08-04")]
    [InlineData(England, "2026-07-31", 1, "2026-08-03")]
    [InlineData(Scotland, "2026-11-27", 1, "2026-12-01")]
    [InlineData(England, "2026-08-28", 1, "2026-09-01")]
    [InlineData(Scotland, "2026-08-28", 1, "2026-08-31")]
    public void AddWorkingDays_AcrossHolidays(HolidayCalendar calendar, string start, int days, string expected) =>
        Assert.Equal(P(expected), Add(calendar, P(start), days));

    [Theory]
    [InlineData("2026-12-26")] // Saturday
    [InlineData("2026-12-25")] // Christmas Day
    [InlineData("2026-12-28")] // substitute day
    [InlineData("2026-06-10")] // an ordinary Wednesday
    public void AddWorkingDays_Zero_IsTheStartItself(string start)
    {
        foreach (var calendar in HolidayCalendarNames.All)
        {
            Assert.Equal(P(start), Add(calendar, P(start), 0));
        }
    }

    [Theory]
    [InlineData("2026-01-10", 1, "2026-01-12")] // Saturday: the next working day is the first
    [InlineData("2026-01-11", 1, "2026-01-12")] // Sunday
    [InlineData("2026-01-10", 5, "2026-01-16")]
    [InlineData("2026-01-10", -1, "2026-01-09")] // Saturday, counting back: Friday is the first
    [InlineData("2026-01-11", -1, "2026-01-09")]
    [InlineData("2026-12-25", 1, "2026-12-29")] // starts on Christmas Day
    [InlineData("2026-12-25", -1, "2026-12-24")]
    [InlineData("2026-04-03", 1, "2026-04-07")] // starts on Good Friday
    [InlineData("2026-04-06", -1, "2026-04-02")] // starts on Easter Monday, counting back
    public void AddWorkingDays_StartOnAWeekendOrHoliday(string start, int days, string expected) =>
        Assert.Equal(P(expected), Add(England, P(start), days));

    [Theory]
    [InlineData(England, "2027-01-04", -5, "2026-12-23")]
    [InlineData(Scotland, "2027-01-05", -5, "2026-12-23")]
    [InlineData(England, "2026-04-07", -1, "2026-04-02")]
    [InlineData(Scotland, "2026-04-07", -1, "2026-04-06")]
    [InlineData(England, "2026-06-03", -7, "2026-05-22")] // skips the spring bank holiday, 25 May
    [InlineData(England, "2026-01-12", -1, "2026-01-09")] // Monday back to Friday
    [InlineData(England, "2026-01-02", -1, "2025-12-31")] // back across New Year's Day
    [InlineData(Scotland, "2026-01-05", -1, "2025-12-31")] // 1 and 2 January in Scotland
    public void AddWorkingDays_NegativeCountsBack(HolidayCalendar calendar, string start, int days, string expected) =>
        Assert.Equal(P(expected), Add(calendar, P(start), days));

    [Theory]
    [InlineData(England, "2026-01-09", "2026-01-09", 0)] // same day
    [InlineData(England, "2026-01-10", "2026-01-10", 0)] // same day, a Saturday
    [InlineData(England, "2026-12-25", "2026-12-25", 0)] // same day, a holiday
    [InlineData(England, "2026-01-08", "2026-01-09", 1)] // "to" is counted
    [InlineData(England, "2026-01-09", "2026-01-12", 1)] // Friday to Monday: "from" is not counted
    [InlineData(England, "2026-01-10", "2026-01-11", 0)] // Saturday to Sunday
    [InlineData(England, "2026-01-11", "2026-01-10", 0)]
    [InlineData(England, "2026-01-10", "2026-01-09", -1)] // a Friday deadline, seen on Saturday
    [InlineData(England, "2026-01-11", "2026-01-09", -1)] // ... on Sunday
    [InlineData(England, "2026-01-12", "2026-01-09", -1)] // ... on Monday
    [InlineData(England, "2026-01-13", "2026-01-09", -2)] // ... on Tuesday
    [InlineData(England, "2026-12-23", "2027-01-04", 5)]
    [InlineData(NorthernIreland, "2026-12-23", "2027-01-04", 5)]
    [InlineData(Scotland, "2026-12-23", "2027-01-04", 4)]
    [InlineData(Scotland, "2026-12-23", "2027-01-05", 5)]
    [InlineData(England, "2027-01-04", "2026-12-23", -5)]
    [InlineData(England, "2026-04-02", "2026-04-07", 1)]
    [InlineData(Scotland, "2026-04-02", "2026-04-07", 2)]
    public void WorkingDaysBetween_Conventions(HolidayCalendar calendar, string from, string to, int expected) =>
        Assert.Equal(expected, Between(calendar, P(from), P(to)));

    [Theory]
    [InlineData(England, 2026, 253)] // 261 weekdays, 8 bank holidays
    [InlineData(Scotland, 2026, 252)] // 9 bank holidays
    [InlineData(NorthernIreland, 2026, 251)] // 10 bank holidays
    [InlineData(England, 2022, 250)] // 260 weekdays, 10 bank holidays (jubilee, funeral)
    [InlineData(Scotland, 2022, 249)]
    [InlineData(NorthernIreland, 2022, 248)]
    public void WorkingDaysBetween_WholeYear(HolidayCalendar calendar, int year, int expected) =>
        Assert.Equal(expected, Between(calendar, new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));

    [Theory]
    [InlineData("2026-01-10", false)] // Saturday
    [InlineData("2026-01-11", false)] // Sunday
    [InlineData("2026-12-28", false)] // Boxing Day substitute
    [InlineData("2026-12-26", false)] // Boxing Day itself, a Saturday
    [InlineData("2026-12-29", true)]
    [InlineData("2026-01-02", true)] // a working day in England, not in Scotland
    public void IsWorkingDay_England(string date, bool expected) =>
        Assert.Equal(expected, WorkingCalendar.Standard(England).IsWorkingDay(P(date)));

    [Fact]
    public void IsWorkingDay_SecondOfJanuary_DiffersBetweenScotlandAndEngland()
    {
        Assert.True(WorkingCalendar.Standard(England).IsWorkingDay(D(2026, 1, 2)));
        Assert.True(WorkingCalendar.Standard(NorthernIreland).IsWorkingDay(D(2026, 1, 2)));
        Assert.False(WorkingCalendar.Standard(Scotland).IsWorkingDay(D(2026, 1, 2)));
    }

    [Fact]
    public void IsBankHoliday_WeekendDateOfAMovedHoliday_IsNotABankHoliday()
    {
        var england = WorkingCalendar.Standard(England);

        Assert.False(england.IsBankHoliday(D(2026, 12, 26)));
        Assert.True(england.IsBankHoliday(D(2026, 12, 28)));
        Assert.False(WorkingCalendar.Standard(Scotland).IsBankHoliday(D(2024, 11, 30)));
        Assert.True(WorkingCalendar.Standard(Scotland).IsBankHoliday(D(2024, 12, 2)));
        Assert.False(WorkingCalendar.Standard(NorthernIreland).IsBankHoliday(D(2025, 7, 12)));
        Assert.True(WorkingCalendar.Standard(NorthernIreland).IsBankHoliday(D(2025, 7, 14)));
    }

    [Fact]
    public void Standard_KeepsItsCalendar()
    {
        foreach (var calendar in HolidayCalendarNames.All)
        {
            Assert.Equal(calendar, WorkingCalendar.Standard(calendar).Calendar);
        }
    }

    [Fact]
    public void Constructor_NullAdjustments_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new WorkingCalendar(England, null!));

    [Theory]
    // A working day stays as it is; Saturday 30 January 2027 moves to Monday 1 February; Christmas Day 2026 (a
    // Friday) moves past the weekend and the Boxing Day substitute on Monday 28 December; Sunday 30 May 2027 moves
    // past the spring bank holiday on Monday 31 May. In Scotland, Saturday 2 January 2027 moves past its
    // substitute holiday on Monday 4 January.
    [InlineData(England, "2027-01-29", "2027-01-29")]
    [InlineData(England, "2027-01-30", "2027-02-01")]
    [InlineData(England, "2026-12-25", "2026-12-29")]
    [InlineData(England, "2027-05-30", "2027-06-01")]
    [InlineData(Scotland, "2027-01-02", "2027-01-05")]
    [InlineData(England, "2027-01-02", "2027-01-04")]
    public void OnOrNextWorkingDay_WeekendsAndBankHolidays_MoveToTheNextWorkingDay(HolidayCalendar calendar, string date, string expected) =>
        Assert.Equal(P(expected), WorkingCalendar.Standard(calendar).OnOrNextWorkingDay(P(date)));
}
