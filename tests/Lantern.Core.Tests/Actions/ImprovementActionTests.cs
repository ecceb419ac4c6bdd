using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class ImprovementActionTests
{
    private static ImprovementAction Due(DateOnly due, ActionStatus status) => new() { RaisedOn = due.AddMonths(-3), DueOn = due, Status = status };

    [Theory]
    [InlineData(ActionStatus.NotStarted, "2027-03-31", false)]
    [InlineData(ActionStatus.NotStarted, "2027-04-01", true)]
    [InlineData(ActionStatus.InProgress, "2027-04-01", true)]
    [InlineData(ActionStatus.Completed, "2027-04-01", false)]
    [InlineData(ActionStatus.Cancelled, "2028-01-01", false)]
    public void IsOverdue_OnlyOpenActionsAfterTheirDueDay(ActionStatus status, string today, bool overdue)
    {
        var action = Due(new(2027, 3, 31), status);

        Assert.Equal(overdue, action.IsOverdue(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void MoveTo_Completed_KeepsDateAndTrimmedSummary_DropsReason()
    {
        var action = Due(new(2027, 3, 31), ActionStatus.Cancelled);
        action.CancelledReason = "Superseded";

        action.MoveTo(ActionStatus.Completed, new(2027, 3, 20), "  Protocol published.  ", "ignored");

        Assert.Equal((ActionStatus.Completed, (DateOnly?)new DateOnly(2027, 3, 20), "Protocol published.", (string?)null),
            (action.Status, action.CompletedOn, action.CompletionSummary, action.CancelledReason));
    }

    [Fact]
    public void MoveTo_Reopened_ClearsHowItEnded()
    {
        var action = Due(new(2027, 3, 31), ActionStatus.InProgress);
        action.MoveTo(ActionStatus.Completed, new(2027, 3, 20), "Done.");

        action.MoveTo(ActionStatus.InProgress, new(2027, 3, 20), "stale");

        Assert.Equal((ActionStatus.InProgress, (DateOnly?)null, (string?)null), (action.Status, action.CompletedOn, action.CompletionSummary));
        Assert.True(action.IsOverdue(new(2027, 4, 1)));
    }

    [Fact]
    public void MoveTo_CompletedWithoutSummary_OrCancelledWithoutReason_Throws()
    {
        var action = Due(new(2027, 3, 31), ActionStatus.InProgress);

        Assert.Throws<ArgumentException>(() => action.MoveTo(ActionStatus.Completed, new(2027, 3, 1), " "));
        Assert.Throws<ArgumentException>(() => action.MoveTo(ActionStatus.Completed, null, "Done."));
        Assert.Throws<ArgumentException>(() => action.MoveTo(ActionStatus.Cancelled));
        Assert.Equal(ActionStatus.InProgress, action.Status);
    }

    [Fact]
    public void DisplayNames_InPlainWords()
    {
        Assert.Equal(["Not started", "In progress", "Completed", "Cancelled"], ActionNames.Statuses.Select(s => s.DisplayName()));
        Assert.Equal(["Finding", "Issue for the Board", "Board's response", "Recommendation"], ActionNames.Sources.Select(s => s.DisplayName()));
        Assert.Equal(3, SustainmentNames.All.Select(s => s.DisplayName()).Distinct().Count());
    }

    [Fact]
    public void FollowUpCheck_OverdueUntilAnswered()
    {
        var check = new FollowUpCheck { DueOn = new(2027, 9, 30) };

        Assert.Equal([false, true], new DateOnly[] { new(2027, 9, 30), new(2027, 10, 1) }.Select(check.IsOverdue));
        check.CheckedOn = new(2027, 10, 3);
        Assert.False(check.IsOverdue(new(2027, 10, 4)));
    }
}
