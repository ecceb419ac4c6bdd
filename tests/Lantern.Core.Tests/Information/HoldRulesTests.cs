using Lantern.Core.Information;

namespace Lantern.Core.Tests.Information;

public sealed class HoldRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 10);

    private static ParallelProcess Process(ProcessStatus status = ProcessStatus.UnderWay) =>
        new() { Id = Guid.NewGuid(), Kind = ProcessKind.Prosecution, LeadBody = "Crown Prosecution Service", Status = status };

    private static ProcessConstraint Constraint(ParallelProcess process, ReviewHold holds, DateOnly? lifted = null) =>
        new() { Id = Guid.NewGuid(), ProcessId = process.Id, Text = "No questions to witnesses until the trial ends", Holds = holds, AgreedOn = Today.AddDays(-30), LiftedOn = lifted };

    [Fact]
    public void Active_ConstraintInForce_HoldsWhatItSays()
    {
        var process = Process();
        var constraint = Constraint(process, ReviewHold.Conversations | ReviewHold.Publication);

        Assert.Single(HoldRules.Active([process], [constraint], ReviewHold.Conversations));
        Assert.Single(HoldRules.Active([process], [constraint], ReviewHold.Publication));
        Assert.Empty(HoldRules.Active([process], [constraint], ReviewHold.FamilyInvolvement));
        Assert.Single(HoldRules.Active([process], [constraint]));
    }

    [Fact]
    public void Active_LiftedConstraint_HoldsNothing()
    {
        var process = Process();

        Assert.Empty(HoldRules.Active([process], [Constraint(process, ReviewHold.FamilyInvolvement, Today)]));
    }

    [Fact]
    public void Active_ConstraintThatHoldsNothing_IsNotAHold()
    {
        var process = Process();

        Assert.Empty(HoldRules.Active([process], [Constraint(process, ReviewHold.None)]));
    }

    [Fact]
    public void Active_ProcessConcluded_StillHoldsUntilLiftedAndSaysSo()
    {
        var process = Process(ProcessStatus.Concluded);

        var hold = Assert.Single(HoldRules.Active([process], [Constraint(process, ReviewHold.Publication)]));

        Assert.True(hold.ProcessConcluded);
        Assert.Equal("Crown Prosecution Service", hold.LeadBody);
    }

    [Fact]
    public void CannotLift_FutureDateEarlierThanAgreedOrAlreadyLifted_SaysWhy()
    {
        var process = Process();
        var constraint = Constraint(process, ReviewHold.Conversations);

        Assert.Null(HoldRules.CannotLift(constraint, Today, Today));
        Assert.Equal("The date it was lifted must be today or in the past", HoldRules.CannotLift(constraint, Today.AddDays(1), Today));
        Assert.Equal("The date it was lifted must be on or after the date it was agreed", HoldRules.CannotLift(constraint, Today.AddDays(-31), Today));
        Assert.Equal("This constraint has already been lifted", HoldRules.CannotLift(Constraint(process, ReviewHold.Conversations, Today), Today, Today));
    }

    [Fact]
    public void DisplayName_SeveralHolds_NamesEach()
    {
        Assert.Equal("Conversations with practitioners, Publication", (ReviewHold.Conversations | ReviewHold.Publication).DisplayName());
    }
}
