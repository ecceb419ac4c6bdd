using Lantern.Core.Deadlines;

namespace Lantern.Core.Tests.Deadlines;

public sealed class BankHolidayRulesTests
{
    private static readonly IEnumerable<int> RuleYears = Enumerable.Range(2007, 54); // 2007 to 2060

    public static TheoryData<HolidayCalendar> Calendars() => [.. HolidayCalendarNames.All];

    [Theory]
    [InlineData(2018, 4, 1)]
    [InlineData(2019, 4, 21)]
    [InlineData(2020, 4, 12)]
    [InlineData(2021, 4, 4)]
    [InlineData(2022, 4, 17)]
    [InlineData(2023, 4, 9)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2028, 4, 16)]
    [InlineData(2029, 4, 1)]
    [InlineData(2030, 4, 21)]
    [InlineData(1900, 4, 15)]
    [InlineData(1943, 4, 25)]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2038, 4, 25)] // the latest Easter can fall
    [InlineData(2100, 3, 28)]
    [InlineData(2285, 3, 22)] // the earliest Easter can fall
    public void EasterSunday_KnownYears(int year, int month, int day)
    {
        var easter = BankHolidays.EasterSunday(year);

        Assert.Equal(new DateOnly(year, month, day), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [Fact]
    public void EasterSunday_AlwaysASundayBetween22MarchAnd25April()
    {
        for (var year = 1900; year <= 2999; year++)
        {
            var easter = BankHolidays.EasterSunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void ByRule_2007To2060_WeekdaysInTheYearSortedWithoutDuplicates(HolidayCalendar calendar)
    {
        var count = calendar switch
        {
            HolidayCalendar.Scotland => 9,
            HolidayCalendar.NorthernIreland => 10,
            _ => 8,
        };
        foreach (var year in RuleYears)
        {
            var dates = BankHolidays.ByRule(calendar, year);
            Assert.Equal(count, dates.Count);
            Assert.All(dates, d => Assert.Equal(year, d.Year));
            Assert.All(dates, d => Assert.False(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d} is a weekend"));
            Assert.True(dates.Zip(dates.Skip(1)).All(p => p.First < p.Second), $"{calendar} {year} not strictly ascending");
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Standard_2007To2060_WeekdaysSortedWithoutDuplicates(HolidayCalendar calendar)
    {
        var working = WorkingCalendar.Standard(calendar);
        foreach (var year in RuleYears)
        {
            var dates = working.BankHolidays(year);
            Assert.All(dates, d => Assert.False(d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{d} is a weekend"));
            Assert.True(dates.Zip(dates.Skip(1)).All(p => p.First < p.Second), $"{calendar} {year} not strictly ascending");
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void ByRule_EasterMayAndAugust_FollowEachNation(HolidayCalendar calendar)
    {
        foreach (var year in RuleYears)
        {
            var dates = BankHolidays.ByRule(calendar, year);
            var easter = BankHolidays.EasterSunday(year);
            Assert.Contains(easter.AddDays(-2), dates);
            Assert.Equal(calendar != HolidayCalendar.Scotland, dates.Contains(easter.AddDays(1)));

            var may = dates.Where(d => d.Month == 5).ToList();
            Assert.Equal(2, may.Count);
            Assert.All(may, d => Assert.Equal(DayOfWeek.Monday, d.DayOfWeek));
            Assert.InRange(may[0].Day, 1, 7);
            Assert.InRange(may[1].Day, 25, 31);

            var august = Assert.Single(dates, d => d.Month == 8);
            Assert.Equal(DayOfWeek.Monday, august.DayOfWeek);
            if (calendar == HolidayCalendar.Scotland)
            {
                Assert.InRange(august.Day, 1, 7);
            }
            else
            {
                Assert.InRange(august.Day, 25, 31);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void ByRule_OnlyScotlandHas2JanuaryAndStAndrewsDay_OnlyNorthernIrelandHas17MarchAnd12July(HolidayCalendar calendar)
    {
        // Substitute days included: St Andrew's Day can move to 1 or 2 December, St Patrick's Day to the 18th or 19th.
        foreach (var year in new[] { 2019, 2024, 2025, 2029 })
        {
            var dates = BankHolidays.ByRule(calendar, year);
            Assert.Equal(calendar == HolidayCalendar.Scotland, dates.Contains(new DateOnly(year, 1, 2)));
            Assert.Equal(calendar == HolidayCalendar.NorthernIreland, dates.Contains(new DateOnly(year, 3, 17)) || dates.Contains(new DateOnly(year, 3, 18)) || dates.Contains(new DateOnly(year, 3, 19)));
            Assert.Equal(calendar == HolidayCalendar.NorthernIreland, dates.Any(d => d.Month == 7));
            Assert.Equal(calendar == HolidayCalendar.Scotland, dates.Any(d => d.Month == 11 || (d.Month == 12 && d.Day <= 2)));
        }
    }

    [Theory]
    [InlineData(2010, 27, 28)] // Christmas Saturday: both move to Monday and Tuesday
    [InlineData(2021, 27, 28)]
    [InlineData(2027, 27, 28)]
    [InlineData(2038, 27, 28)]
    [InlineData(2011, 26, 27)] // Christmas Sunday: Boxing Day Monday, Christmas substitute Tuesday
    [InlineData(2022, 26, 27)]
    [InlineData(2033, 26, 27)]
    [InlineData(2015, 25, 28)] // Boxing Day Saturday: its substitute is Monday
    [InlineData(2020, 25, 28)]
    [InlineData(2026, 25, 28)]
    [InlineData(2025, 25, 26)]
    public void ByRule_ChristmasAndBoxingDay_SubstitutesInEveryCalendar(int year, int first, int second)
    {
        foreach (var calendar in HolidayCalendarNames.All)
        {
            Assert.Equal(
                [new DateOnly(year, 12, first), new DateOnly(year, 12, second)],
                BankHolidays.ByRule(calendar, year).Where(d => d.Month == 12 && d.Day >= 20));
        }
    }

    [Theory]
    [InlineData(2011, 3, 3, 4)] // 1 January Saturday: 3 January, and 2 January's substitute the 4th
    [InlineData(2022, 3, 3, 4)]
    [InlineData(2028, 3, 3, 4)]
    [InlineData(2017, 2, 2, 3)] // 1 January Sunday: 2 January (Monday) and 1 January's substitute the 3rd
    [InlineData(2023, 2, 2, 3)]
    [InlineData(2034, 2, 2, 3)]
    [InlineData(2021, 1, 1, 4)] // 1 January Friday: 2 January Saturday moves to Monday the 4th
    [InlineData(2027, 1, 1, 4)]
    [InlineData(2026, 1, 1, 2)]
    public void ByRule_NewYear_SubstitutesInScotlandAndElsewhere(int year, int englandDay, int scotlandFirst, int scotlandSecond)
    {
        Assert.Equal([new DateOnly(year, 1, englandDay)], BankHolidays.ByRule(HolidayCalendar.EnglandAndWales, year).Where(d => d.Month == 1));
        Assert.Equal([new DateOnly(year, 1, englandDay)], BankHolidays.ByRule(HolidayCalendar.NorthernIreland, year).Where(d => d.Month == 1));
        Assert.Equal(
            [new DateOnly(year, 1, scotlandFirst), new DateOnly(year, 1, scotlandSecond)],
            BankHolidays.ByRule(HolidayCalendar.Scotland, year).Where(d => d.Month == 1));
    }

    [Theory]
    [InlineData(2019, 12, 2)] // Saturday
    [InlineData(2024, 12, 2)]
    [InlineData(2030, 12, 2)]
    [InlineData(2025, 12, 1)] // Sunday
    [InlineData(2014, 12, 1)]
    [InlineData(2031, 12, 1)]
    [InlineData(2018, 11, 30)] // Friday
    [InlineData(2026, 11, 30)] // Monday
    public void ByRule_StAndrewsDay_MovesOffTheWeekend(int year, int month, int day)
    {
        var dates = BankHolidays.ByRule(HolidayCalendar.Scotland, year);

        Assert.Equal([new DateOnly(year, month, day)], dates.Where(d => d.Month == 11 || (d.Month == 12 && d.Day < 20)));
    }

    [Theory]
    [InlineData(2018, 3, 19)] // Saturday
    [InlineData(2029, 3, 19)]
    [InlineData(2019, 3, 18)] // Sunday
    [InlineData(2024, 3, 18)]
    [InlineData(2030, 3, 18)]
    [InlineData(2025, 3, 17)] // Monday
    [InlineData(2023, 3, 17)] // Friday
    [InlineData(2025, 7, 14)] // Saturday
    [InlineData(2031, 7, 14)]
    [InlineData(2020, 7, 13)] // Sunday
    [InlineData(2026, 7, 13)]
    [InlineData(2024, 7, 12)] // Friday
    [InlineData(2027, 7, 12)] // Monday
    public void ByRule_StPatricksDayAndTwelfthOfJuly_MoveOffTheWeekend(int year, int month, int day)
    {
        var dates = BankHolidays.ByRule(HolidayCalendar.NorthernIreland, year);

        // Before 20 March only St Patrick's Day can fall (Good Friday is never earlier); July has only the Twelfth.
        Assert.Equal([new DateOnly(year, month, day)], dates.Where(d => d.Month == month && (month == 7 || d.Day < 20)));
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void ByRule_FixedDates_2007To2060_OnTheDayOrTheNextFreeWeekday(HolidayCalendar calendar)
    {
        foreach (var year in RuleYears)
        {
            var dates = BankHolidays.ByRule(calendar, year).ToHashSet();
            var fixedDates = new List<DateOnly> { new(year, 1, 1), new(year, 12, 25), new(year, 12, 26) };
            if (calendar == HolidayCalendar.Scotland)
            {
                fixedDates.AddRange([new(year, 1, 2), new(year, 11, 30)]);
            }

            if (calendar == HolidayCalendar.NorthernIreland)
            {
                fixedDates.AddRange([new(year, 3, 17), new(year, 7, 12)]);
            }

            foreach (var date in fixedDates)
            {
                var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                Assert.Equal(!weekend, dates.Contains(date));
                if (weekend)
                {
                    // Its substitute is the Monday or (when two holidays need one) the Tuesday after.
                    var monday = date.AddDays(date.DayOfWeek == DayOfWeek.Saturday ? 2 : 1);
                    Assert.True(dates.Contains(monday) || dates.Contains(monday.AddDays(1)), $"{calendar}: no substitute for {date}");
                }
            }
        }
    }

    [Fact]
    public void ByRule_IgnoresOneOffChanges()
    {
        var england2020 = BankHolidays.ByRule(HolidayCalendar.EnglandAndWales, 2020);
        var england2022 = BankHolidays.ByRule(HolidayCalendar.EnglandAndWales, 2022);

        Assert.Contains(new DateOnly(2020, 5, 4), england2020);
        Assert.DoesNotContain(new DateOnly(2020, 5, 8), england2020);
        Assert.Contains(new DateOnly(2022, 5, 30), england2022);
        Assert.DoesNotContain(new DateOnly(2022, 9, 19), england2022);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(3000)]
    public void ByRule_YearOutOfRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.ByRule(HolidayCalendar.EnglandAndWales, year));

    [Theory]
    [InlineData(1900)]
    [InlineData(2999)]
    public void ByRule_YearAtTheEdges_Works(int year) =>
        Assert.Equal(8, BankHolidays.ByRule(HolidayCalendar.EnglandAndWales, year).Count);
}
