using System.Globalization;
using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>
/// Every bank holiday from 2018 to 2030 in each of the three calendars, written out by hand as the
/// specification and compared with <see cref="WorkingCalendar.Standard"/> (the rules plus the published
/// one-off changes).
/// </summary>
/// <remarks>
/// 2018 to 2027 are GOV.UK's published dates (https://www.gov.uk/bank-holidays.json), taken from copies of
/// that file kept in public repositories, which agree wherever they overlap:
/// tumux/calendar-app bank-holidays.json (2018 to 2026), dmossop/bank-holidays-data bank-holidays.json
/// (2019 to 2027) and hmcts/list-assist-e2e-tests bank-holidays.json (2024 to 2027).
/// 2028 to 2030 are not published yet: those rows are derived by hand from the rules (fixed dates moved to
/// the next free weekday, Easter, the May and August Mondays) and will need checking once GOV.UK lists them.
/// </remarks>
public sealed class PublishedBankHolidaysTests
{
    // calendar | year | dates (MM-DD), in date order
    private const string Table = """
        EnglandAndWales | 2018 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26
        EnglandAndWales | 2019 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26
        EnglandAndWales | 2020 | 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28
        EnglandAndWales | 2021 | 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28
        EnglandAndWales | 2022 | 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27
        EnglandAndWales | 2023 | 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26
        EnglandAndWales | 2024 | 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26
        EnglandAndWales | 2025 | 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26
        EnglandAndWales | 2026 | 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28
        EnglandAndWales | 2027 | 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28
        EnglandAndWales | 2028 | 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26
        EnglandAndWales | 2029 | 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26
        EnglandAndWales | 2030 | 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26
        Scotland        | 2018 | 01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26
        Scotland        | 2019 | 01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26
        Scotland        | 2020 | 01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28
        Scotland        | 2021 | 01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28
        Scotland        | 2022 | 01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27
        Scotland        | 2023 | 01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26
        Scotland        | 2024 | 01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26
        Scotland        | 2025 | 01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26
        Scotland        | 2026 | 01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28
        Scotland        | 2027 | 01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28
        Scotland        | 2028 | 01-03 01-04 04-14 05-01 05-29 08-07 11-30 12-25 12-26
        Scotland        | 2029 | 01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26
        Scotland        | 2030 | 01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26
        NorthernIreland | 2018 | 01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26
        NorthernIreland | 2019 | 01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26
        NorthernIreland | 2020 | 01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28
        NorthernIreland | 2021 | 01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28
        NorthernIreland | 2022 | 01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27
        NorthernIreland | 2023 | 01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26
        NorthernIreland | 2024 | 01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26
        NorthernIreland | 2025 | 01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26
        NorthernIreland | 2026 | 01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28
        NorthernIreland | 2027 | 01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28
        NorthernIreland | 2028 | 01-03 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26
        NorthernIreland | 2029 | 01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26
        NorthernIreland | 2030 | 01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26
        """;

    private static readonly Dictionary<(HolidayCalendar Calendar, int Year), DateOnly[]> Expected = Parse(Table);

    public static TheoryData<HolidayCalendar, int> Rows()
    {
        var rows = new TheoryData<HolidayCalendar, int>();
        foreach (var (calendar, year) in Expected.Keys)
        {
            rows.Add(calendar, year);
        }

        return rows;
    }

    [Fact]
    public void Table_CoversEveryCalendarForEveryYear_2018To2030()
    {
        var expected = HolidayCalendarNames.All
            .SelectMany(c => Enumerable.Range(2018, 13).Select(y => (c, y)))
            .OrderBy(k => k)
            .ToList();

        Assert.Equal(expected, Expected.Keys.OrderBy(k => k).ToList());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void BankHolidays_Standard_MatchPublishedDates(HolidayCalendar calendar, int year) =>
        Assert.Equal(Expected[(calendar, year)], WorkingCalendar.Standard(calendar).BankHolidays(year));

    [Theory]
    [MemberData(nameof(Rows))]
    public void IsBankHoliday_EveryDayOfTheYear_AgreesWithPublishedDates(HolidayCalendar calendar, int year)
    {
        var working = WorkingCalendar.Standard(calendar);
        var holidays = Expected[(calendar, year)].ToHashSet();
        var wrong = new List<string>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            if (working.IsBankHoliday(day) != holidays.Contains(day) || working.IsWorkingDay(day) != (!weekend && !holidays.Contains(day)))
            {
                wrong.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData(HolidayCalendar.EnglandAndWales, 8)]
    [InlineData(HolidayCalendar.Scotland, 9)]
    [InlineData(HolidayCalendar.NorthernIreland, 10)]
    public void BankHolidays_YearWithoutOneOffChanges_HasTheUsualNumber(HolidayCalendar calendar, int count)
    {
        foreach (var year in new[] { 2018, 2019, 2021, 2024, 2025, 2026, 2027, 2028, 2029, 2030 })
        {
            Assert.Equal(count, Expected[(calendar, year)].Length);
            Assert.Equal(count, WorkingCalendar.Standard(calendar).BankHolidays(year).Count);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void ByRule_DiffersFromPublished_OnlyByThePublishedAdjustments(HolidayCalendar calendar, int year)
    {
        // Rebuild the published year from the rules and the changes, independently of WorkingCalendar.
        var dates = BankHolidays.ByRule(calendar, year).ToHashSet();
        foreach (var change in HolidayAdjustment.Published.Where(a => a.Calendar == calendar && a.Date.Year == year))
        {
            if (change.Kind == AdjustmentKind.Add)
            {
                dates.Add(change.Date);
            }
            else
            {
                dates.Remove(change.Date);
            }
        }

        Assert.Equal(Expected[(calendar, year)], dates.Order());
    }

    [Theory]
    [InlineData(HolidayCalendar.EnglandAndWales)]
    [InlineData(HolidayCalendar.Scotland)]
    [InlineData(HolidayCalendar.NorthernIreland)]
    public void OneOffChanges_AppearInEveryCalendar(HolidayCalendar calendar)
    {
        var working = WorkingCalendar.Standard(calendar);

        Assert.False(working.IsBankHoliday(new DateOnly(2020, 5, 4))); // early May moved for VE Day
        Assert.True(working.IsBankHoliday(new DateOnly(2020, 5, 8)));
        Assert.False(working.IsBankHoliday(new DateOnly(2022, 5, 30))); // spring moved for the jubilee
        Assert.True(working.IsBankHoliday(new DateOnly(2022, 6, 2)));
        Assert.True(working.IsBankHoliday(new DateOnly(2022, 6, 3)));
        Assert.True(working.IsBankHoliday(new DateOnly(2022, 9, 19))); // state funeral
        Assert.True(working.IsBankHoliday(new DateOnly(2023, 5, 8))); // coronation
        Assert.True(working.IsWorkingDay(new DateOnly(2020, 5, 4)));
        Assert.True(working.IsWorkingDay(new DateOnly(2022, 5, 30)));
    }

    [Fact]
    public void Published_HasSevenChangesInEachCalendar()
    {
        Assert.Equal(21, HolidayAdjustment.Published.Count);
        foreach (var calendar in HolidayCalendarNames.All)
        {
            var changes = HolidayAdjustment.Published.Where(a => a.Calendar == calendar).ToList();
            Assert.Equal(7, changes.Count);
            Assert.Equal(2, changes.Count(a => a.Kind == AdjustmentKind.Remove));
            Assert.All(changes, a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));
        }
    }

    private static Dictionary<(HolidayCalendar, int), DateOnly[]> Parse(string table)
    {
        var result = new Dictionary<(HolidayCalendar, int), DateOnly[]>();
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            var calendar = Enum.Parse<HolidayCalendar>(cells[0]);
            var year = int.Parse(cells[1], CultureInfo.InvariantCulture);
            var dates = cells[2]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(md => new DateOnly(year, int.Parse(md[..2], CultureInfo.InvariantCulture), int.Parse(md[3..], CultureInfo.InvariantCulture)))
                .ToArray();
            result.Add((calendar, year), dates);
        }

        return result;
    }
}
