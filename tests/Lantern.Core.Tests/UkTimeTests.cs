using System.Globalization;

namespace Lantern.Core.Tests;

public sealed class UkTimeTests
{
    [Fact]
    public void UkDate_JustAfterMidnightInSummer_IsTheNextDayInTheUk() =>
        Assert.Equal("1 July 2026", new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc).UkDate());

    [Fact]
    public void UkDate_InWinter_IsTheUtcDate() =>
        Assert.Equal("31 December 2026", new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc).UkDate());

    [Theory]
    // BST (UTC+1): 23:00 UTC is midnight in the UK, the next day; a moment before is still the same day.
    [InlineData("2026-06-30T22:59:59Z", "2026-06-30")]
    [InlineData("2026-06-30T23:00:00Z", "2026-07-01")]
    // GMT (UTC+0): the UK date changes at midnight UTC.
    [InlineData("2026-12-31T23:59:59Z", "2026-12-31")]
    [InlineData("2027-01-01T00:00:00Z", "2027-01-01")]
    // The clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    [InlineData("2026-03-28T23:30:00Z", "2026-03-28")]
    [InlineData("2026-10-25T23:30:00Z", "2026-10-25")]
    [InlineData("2026-10-24T23:30:00Z", "2026-10-25")]
    public void Today_AtAnInstant_IsTheDateOnAUkWallClock(string instant, string expected)
    {
        var time = new FixedTime(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), UkTime.Today(time));
    }

    [Fact]
    public void ToUk_InSummer_IsAnHourAhead() =>
        Assert.Equal(new DateTime(2026, 7, 1, 0, 30, 0), new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc).ToUk());

    [Theory]
    [InlineData(2026, 1, 1, "1 January 2026")]
    [InlineData(2026, 11, 22, "22 November 2026")]
    [InlineData(2027, 9, 9, "9 September 2027")]
    public void LongDate_WritesTheDayMonthNameAndYear(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, new DateOnly(year, month, day).LongDate());
        Assert.Equal(expected, new DateTime(year, month, day, 23, 59, 0).LongDate());
    }

    [Fact]
    public void LongDate_IsTheSameWhateverTheCultureOfTheThread()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("2 March 2026", new DateOnly(2026, 3, 2).LongDate());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void LongDate_MatchesTheInvariantCultureItReplacedInCoreRules()
    {
        for (var month = 1; month <= 12; month++)
        {
            var date = new DateOnly(2026, month, 17);
            Assert.Equal(date.ToString(UkTime.LongDateFormat, CultureInfo.InvariantCulture), date.LongDate());
        }
    }

    [Fact]
    public void DayAndDate_StartsWithTheDayOfTheWeek() =>
        Assert.Equal("Sunday 22 November 2026", new DateOnly(2026, 11, 22).DayAndDate());

    [Theory]
    [InlineData("2026-07-01T14:05:00Z", "1 July 2026 at 3:05pm")]
    [InlineData("2026-12-01T00:05:00Z", "1 December 2026 at 12:05am")]
    [InlineData("2026-06-30T23:30:00Z", "1 July 2026 at 12:30am")]
    [InlineData("2026-12-01T11:59:00Z", "1 December 2026 at 11:59am")]
    [InlineData("2026-12-01T12:00:00Z", "1 December 2026 at 12:00pm")]
    public void UkDateTime_WritesTheUkTimeWithLowerCaseAmOrPm(string instant, string expected) =>
        Assert.Equal(expected, DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).UtcDateTime.UkDateTime());

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
