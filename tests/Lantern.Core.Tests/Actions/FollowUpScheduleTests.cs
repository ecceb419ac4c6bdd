using System.Globalization;
using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class FollowUpScheduleTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void For_Default_3_6_And12MonthsAfterCompletion()
    {
        var checks = FollowUpSchedule.For(new DateOnly(2027, 5, 14));

        Assert.Equal(
            [new(3, new(2027, 8, 14)), new(6, new(2027, 11, 14)), new(12, new(2028, 5, 14))],
            checks);
    }

    [Theory]
    [InlineData("2027-01-31", 1, "2027-02-28")]
    [InlineData("2028-01-31", 1, "2028-02-29")]
    [InlineData("2028-02-29", 12, "2029-02-28")]
    [InlineData("2028-02-29", 48, "2032-02-29")]
    [InlineData("2027-08-31", 6, "2028-02-29")]
    [InlineData("2027-03-31", 3, "2027-06-30")]
    [InlineData("2027-12-31", 2, "2028-02-29")]
    [InlineData("2027-10-15", 60, "2032-10-15")]
    public void For_MonthEndsAndLeapYears_FallOnTheLastDayOfAShorterMonth(string completed, int months, string due)
    {
        var check = Assert.Single(FollowUpSchedule.For(Day(completed), [months]));

        Assert.Equal(Day(due), check.DueOn);
    }

    [Fact]
    public void For_EachCheckCountedFromCompletion_NotFromTheCheckBefore()
    {
        // Chained, 31 Jan + 1 = 28 Feb, + 1 = 28 Mar; from completion the 2-month check is the 31st.
        var checks = FollowUpSchedule.For(new DateOnly(2027, 1, 31), [1, 2, 3]);

        Assert.Equal([new(2027, 2, 28), new(2027, 3, 31), new DateOnly(2027, 4, 30)], checks.Select(c => c.DueOn));
    }

    [Theory]
    [InlineData(new int[0], "Enter when follow-up checks are due, in months after an action is completed, like 3, 6, 12")]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7 }, "Enter no more than 6 follow-up checks")]
    [InlineData(new[] { 0, 6 }, "Each follow-up check must be from 1 to 60 months after the action is completed")]
    [InlineData(new[] { 6, 61 }, "Each follow-up check must be from 1 to 60 months after the action is completed")]
    [InlineData(new[] { -3, 6 }, "Each follow-up check must be from 1 to 60 months after the action is completed")]
    [InlineData(new[] { 3, 6, 6 }, "Enter each number of months only once")]
    [InlineData(new[] { 12, 6, 3 }, "Enter the months in order, the soonest first, like 3, 6, 12")]
    public void Check_BadMonths_Refused_AndForThrows(int[] months, string message)
    {
        Assert.Equal([("Months", message)], FollowUpSchedule.Check(months));
        Assert.Equal(message + " (Parameter 'months')", Assert.Throws<ArgumentException>(() => FollowUpSchedule.For(new DateOnly(2027, 1, 1), months)).Message);
    }

    [Fact]
    public void Check_SixChecksUpTo60Months_Accepted()
    {
        Assert.Empty(FollowUpSchedule.Check([1, 3, 6, 12, 24, 60]));
        Assert.Empty(FollowUpSchedule.Check(FollowUpSchedule.DefaultMonths));
    }

    [Theory]
    [InlineData("3, 6, 12", new[] { 3, 6, 12 })]
    [InlineData(" 3 6 12 ", new[] { 3, 6, 12 })]
    [InlineData("3,6,,12;24", new[] { 3, 6, 12, 24 })]
    public void Parse_AsPartnershipsTypeIt_Read(string text, int[] months)
    {
        var (read, problems) = FollowUpSchedule.Parse(text);

        Assert.Equal(months, read);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("3, 6 months, 12", "Enter whole numbers of months separated by commas, like 3, 6, 12")]
    [InlineData("3, 4.5", "Enter whole numbers of months separated by commas, like 3, 6, 12")]
    [InlineData("-3, 6", "Enter whole numbers of months separated by commas, like 3, 6, 12")]
    [InlineData("", "Enter when follow-up checks are due, in months after an action is completed, like 3, 6, 12")]
    [InlineData("12, 6", "Enter the months in order, the soonest first, like 3, 6, 12")]
    public void Parse_Unreadable_Refused(string text, string message)
    {
        Assert.Equal([("Months", message)], FollowUpSchedule.Parse(text).Problems);
    }

    [Fact]
    public void ToCheck_UnansweredCheckForTheAction()
    {
        var action = Guid.NewGuid();

        var check = new ScheduledCheck(6, new(2027, 11, 14)).ToCheck(action);

        Assert.Equal((action, 6, new DateOnly(2027, 11, 14), false), (check.ActionId, check.MonthsAfterCompletion, check.DueOn, check.IsDone));
        Assert.NotEqual(Guid.Empty, check.Id);
    }

    [Theory]
    [InlineData(new[] { 3, 6, 12 }, "3, 6, 12", "3, 6 and 12 months")]
    [InlineData(new[] { 1 }, "1", "1 month")]
    [InlineData(new[] { 18 }, "18", "18 months")]
    [InlineData(new[] { 2, 4 }, "2, 4", "2 and 4 months")]
    [InlineData(new int[0], "", "none")]
    public void FormatAndDescribe_ReadBackAsTypedAndInWords(int[] months, string typed, string words)
    {
        Assert.Equal(typed, FollowUpSchedule.Format(months));
        Assert.Equal(words, FollowUpSchedule.Describe(months));
        if (months.Length > 0)
        {
            Assert.Equal(months, FollowUpSchedule.Parse(FollowUpSchedule.Format(months)).Months);
        }
    }

    [Fact]
    public void Partnership_FollowUpMonths_DefaultUntilSet_RefusedWhenBroken_EmptyRestoresTheDefault()
    {
        var partnership = new Organisation.Partnership(Guid.NewGuid(), "Followshire", DateTime.UtcNow);
        Assert.Equal([3, 6, 12], partnership.FollowUpMonthsInUse);

        partnership.ChangeFollowUpMonths([1, 4, 9]);
        Assert.Equal([1, 4, 9], partnership.FollowUpMonthsInUse);
        Assert.Throws<ArgumentException>(() => partnership.ChangeFollowUpMonths([6, 3]));
        Assert.Equal([1, 4, 9], partnership.FollowUpMonthsInUse);

        partnership.ChangeFollowUpMonths([]);
        Assert.Equal([3, 6, 12], partnership.FollowUpMonthsInUse);
    }
}
