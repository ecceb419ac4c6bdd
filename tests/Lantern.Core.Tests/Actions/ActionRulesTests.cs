using Lantern.Core.Actions;

namespace Lantern.Core.Tests.Actions;

public sealed class ActionRulesTests
{
    private static readonly Guid Health = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid[] Agencies = [Health, Police];
    private static readonly DateOnly Today = new(2027, 6, 15);

    private static ActionInput Open(ActionStatus status = ActionStatus.InProgress) => new(
        "Midwives refer unborn babies before 20 weeks", "  Audit pre-birth referrals every quarter and brief each team on the route.  ",
        Health, " Sam Okafor, Head of Midwifery ", new(2027, 5, 1), new(2027, 11, 30), status, null, null, null);

    private static List<string> Fields(ActionInput input) => [.. ActionRules.Check(input, Agencies, Today).Select(e => e.Field)];

    private static string Message(ActionInput input, string field) => ActionRules.Check(input, Agencies, Today).Single(e => e.Field == field).Message;

    [Fact]
    public void Check_CompleteOpenAction_NoErrors() => Assert.Empty(Fields(Open()));

    [Fact]
    public void Check_BlankForm_AsksForEachRequiredAnswer()
    {
        var input = new ActionInput("   ", null, null, "\t", null, null, null, null, null, null);

        Assert.Equal(
            [
                ("Title", "Enter a title for the action"),
                ("OwningAgencyId", "Select the agency that owns the action"),
                ("OwnerName", "Enter the name of the person who owns the action"),
                ("RaisedOn", "Enter the date the action was raised"),
                ("DueOn", "Enter the date the action is due"),
                ("Status", "Select the status of the action"),
            ],
            ActionRules.Check(input, Agencies, Today));
    }

    [Fact]
    public void Check_AgencyOutsideThePartnership_Refused()
    {
        Assert.Equal("Select an agency from the partnership's list", Message(Open() with { OwningAgencyId = Guid.NewGuid() }, "OwningAgencyId"));
    }

    [Fact]
    public void Check_DueBeforeRaised_Refused_SameDayAllowed()
    {
        var input = Open() with { RaisedOn = new(2027, 5, 1), DueOn = new(2027, 4, 30) };

        Assert.Equal("The due date must be the same as or after the date the action was raised", Message(input, "DueOn"));
        Assert.Empty(Fields(input with { DueOn = new(2027, 5, 1) }));
    }

    [Fact]
    public void Check_DueInThePast_Allowed_SoOverdueActionsCanBeRecorded()
    {
        Assert.Empty(Fields(Open() with { RaisedOn = new(2026, 1, 5), DueOn = new(2026, 3, 31) }));
    }

    [Fact]
    public void Check_RaisedTomorrow_Refused()
    {
        Assert.Equal(["RaisedOn"], Fields(Open() with { RaisedOn = Today.AddDays(1), DueOn = Today.AddDays(30) }));
    }

    [Fact]
    public void Check_Completed_NeedsDateAndSummary()
    {
        var input = Open(ActionStatus.Completed) with { CompletedOn = null, CompletionSummary = " " };

        Assert.Equal(
            [("CompletedOn", "Enter the date the action was completed"), ("CompletionSummary", "Describe what was done to complete the action")],
            ActionRules.Check(input, Agencies, Today));
    }

    [Theory]
    [InlineData("2027-04-30", "The date the action was completed must be the same as or after the date it was raised")]
    [InlineData("2027-06-16", "The date the action was completed must be today or in the past")]
    public void Check_CompletedOutsideRaisedToToday_Refused(string completed, string message)
    {
        var input = Open(ActionStatus.Completed) with { CompletedOn = DateOnly.Parse(completed, System.Globalization.CultureInfo.InvariantCulture), CompletionSummary = "Done." };

        Assert.Equal([("CompletedOn", message)], ActionRules.Check(input, Agencies, Today));
    }

    [Fact]
    public void Check_CompletedOnTheDayRaisedOrToday_Accepted()
    {
        var input = Open(ActionStatus.Completed) with { CompletionSummary = "Audit in place; first quarter showed 28 of 30 referred before 20 weeks." };

        Assert.Empty(Fields(input with { CompletedOn = new(2027, 5, 1) }));
        Assert.Empty(Fields(input with { CompletedOn = Today }));
    }

    [Fact]
    public void Check_Cancelled_NeedsReason()
    {
        Assert.Equal([("CancelledReason", "Explain why the action was cancelled")], ActionRules.Check(Open(ActionStatus.Cancelled), Agencies, Today));
        Assert.Empty(Fields(Open(ActionStatus.Cancelled) with { CancelledReason = "Replaced by the county-wide pre-birth protocol." }));
    }

    [Fact]
    public void Check_CompletionDetailsOnAnOpenAction_NotChecked()
    {
        Assert.Empty(Fields(Open(ActionStatus.NotStarted) with { CompletedOn = Today.AddDays(10), CompletionSummary = "" }));
    }

    [Fact]
    public void Check_TooLong_Refused_LengthCountedWithoutSurroundingSpaces()
    {
        var input = Open() with
        {
            Title = new string('t', ImprovementAction.TitleMaxLength + 1),
            Description = new string('d', ImprovementAction.DescriptionMaxLength + 1),
            OwnerName = new string('o', ImprovementAction.OwnerNameMaxLength + 1),
        };

        Assert.Equal(["Title", "Description", "OwnerName"], Fields(input));
        Assert.Equal("The title must be 200 characters or fewer", Message(input, "Title"));
        Assert.Empty(Fields(Open() with { Title = "  " + new string('t', ImprovementAction.TitleMaxLength) + "  " }));
    }

    [Fact]
    public void CheckNote_EmptyOrTooLong_Refused()
    {
        Assert.Equal([("Text", "Enter the progress note")], ActionRules.CheckNote(" \n "));
        Assert.Single(ActionRules.CheckNote(new string('n', ActionProgressNote.TextMaxLength + 1)));
        Assert.Empty(ActionRules.CheckNote("Briefing given to 4 of 6 midwifery teams; the rest booked for July."));
    }

    [Fact]
    public void CheckEvidence_NeedsDescription()
    {
        Assert.Equal([("Description", "Describe what the document shows about the action")], ActionRules.CheckEvidence(null));
        Assert.Empty(ActionRules.CheckEvidence("Quarter 1 audit of pre-birth referrals"));
    }
}
