using Lantern.Core.Deadlines;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.SettingUp;

public sealed class PlanRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly WorkingCalendar England = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales);

    [Fact]
    public void AmberFrom_AcrossChristmas_SkipsTheBankHolidaysAndTheWeekend()
    {
        // 25 December 2026 is a Friday; Boxing Day falls on the Saturday, so Monday 28 December is its substitute.
        var amberFrom = PlanRules.AmberFrom(England, new DateOnly(2026, 12, 23));

        Assert.Equal(new DateOnly(2027, 1, 4), amberFrom);
        Assert.Equal(RagStatus.Amber, new Milestone { DueOn = new DateOnly(2027, 1, 4) }.Status(new DateOnly(2026, 12, 23), amberFrom));
        Assert.Equal(RagStatus.Green, new Milestone { DueOn = new DateOnly(2027, 1, 5) }.Status(new DateOnly(2026, 12, 23), amberFrom));
    }

    [Fact]
    public void AmberFrom_AnOrdinaryWeek_IsFiveWorkingDaysOn() =>
        Assert.Equal(new DateOnly(2026, 11, 27), PlanRules.AmberFrom(England, Today));

    [Fact]
    public void DefaultMilestones_FullReview_CountsMonthsFromTheDecisionInOrder()
    {
        var reviewId = Guid.NewGuid();

        var milestones = PlanRules.DefaultMilestones(reviewId, "Local child safeguarding practice review", new DateOnly(2026, 11, 30), England);

        Assert.Equal(8, milestones.Count);
        Assert.All(milestones, m => Assert.Equal(reviewId, m.ReviewId));
        Assert.Equal(milestones.Select(m => m.SortOrder).Order(), milestones.Select(m => m.SortOrder));
        // Six months on is Sunday 30 May 2027 and the Monday the spring bank holiday, so publication is planned for Tuesday 1 June.
        Assert.Equal(("Report published", new DateOnly(2027, 6, 1), MilestoneRole.Publication), (milestones[^1].Name, milestones[^1].DueOn, milestones[^1].Role));
        Assert.All(milestones, m => Assert.True(England.IsWorkingDay(m.DueOn), $"{m.Name} falls on {m.DueOn}"));
        Assert.DoesNotContain(milestones, m => m.Role == MilestoneRole.ReportToPanel);
        Assert.Equal(milestones.Count, milestones.Select(m => m.Id).Distinct().Count());
    }

    [Fact]
    public void DefaultMilestones_WithTheReportToPanelRule_AddsItsMilestoneSevenWorkingDaysBeforePublication()
    {
        var rule = DeadlineRules.Defaults.Single(r => r.Key == DeadlineRules.LcsprReportToPanel);

        var milestones = PlanRules.DefaultMilestones(Guid.NewGuid(), "Local child safeguarding practice review", new DateOnly(2026, 11, 30), England, rule);

        Assert.Equal(9, milestones.Count);
        var toPanel = Assert.Single(milestones, m => m.Role == MilestoneRole.ReportToPanel);
        var publication = Assert.Single(milestones, m => m.Role == MilestoneRole.Publication);

        // 7 working days before Tuesday 1 June 2027, not counting the spring bank holiday or the weekends: Thursday 20 May.
        Assert.Equal((Milestone.ReportToPanelName, new DateOnly(2027, 5, 20)), (toPanel.Name, toPanel.DueOn));
        Assert.True(toPanel.SortOrder < publication.SortOrder);
        Assert.Equal(milestones.Select(m => m.SortOrder).Order(), milestones.Select(m => m.SortOrder));
    }

    [Fact]
    public void ReportToPanelDue_PublicationInEarlyJanuary_CountsBackAcrossNewYearAndChristmas() =>
        // 7 working days before Friday 8 January 2027, missing New Year's Day, the Boxing Day substitute and Christmas Day.
        Assert.Equal(new DateOnly(2026, 12, 29),
            PlanRules.ReportToPanelDue(DeadlineRules.Defaults.Single(r => r.Key == DeadlineRules.LcsprReportToPanel), new DateOnly(2027, 1, 8), England));

    [Fact]
    public void DefaultMilestones_RapidReview_AllowsFifteenWorkingDaysAcrossChristmas()
    {
        var milestones = PlanRules.DefaultMilestones(Guid.NewGuid(), "Rapid review", new DateOnly(2026, 12, 18), England);

        // 15 working days from Friday 18 December 2026, missing 25 and 28 December and 1 January.
        Assert.All(milestones, m => Assert.Equal(new DateOnly(2027, 1, 13), m.DueOn));
    }

    [Fact]
    public void CheckMilestone_Complete_HasNoProblems() =>
        Assert.Empty(PlanRules.CheckMilestone(new Milestone { Name = "Report published", DueOn = Today, CompletedOn = Today }, Today, Today.AddDays(-30)));

    [Fact]
    public void CheckMilestone_NoNameDueBeforeTheStartAndCompletedTomorrow_GivesThreeProblems()
    {
        var problems = PlanRules.CheckMilestone(new Milestone { Name = " ", DueOn = new DateOnly(2026, 10, 1), CompletedOn = Today.AddDays(1) }, Today, new DateOnly(2026, 10, 2));

        Assert.Equal(
            [
                (nameof(Milestone.Name), "Enter the name of the milestone"),
                (nameof(Milestone.DueOn), "The due date must be on or after 2 October 2026, the start of the review"),
                (nameof(Milestone.CompletedOn), "The date it was completed must be today or in the past"),
            ],
            problems.Select(p => (p.Field, p.Message)));
    }

    private static DelayEntry Delay() => new()
    {
        RecordedOn = Today.AddDays(-2),
        Reason = "Waiting for the inquest",
        NewExpectedDate = Today.AddMonths(2),
        BoardTold = true,
        BoardToldOn = Today,
    };

    [Fact]
    public void CheckDelay_Complete_HasNoProblems() => Assert.Empty(PlanRules.CheckDelay(Delay(), Today));

    [Fact]
    public void CheckDelay_BoardNotTold_NeedsNoDate()
    {
        var delay = Delay();
        delay.BoardTold = false;
        delay.BoardToldOn = null;

        Assert.Empty(PlanRules.CheckDelay(delay, Today));
    }

    public static TheoryData<string, string, string> BadDelays() => new()
    {
        { "reason", nameof(DelayEntry.Reason), "Enter the reason for the delay" },
        { "recorded-future", nameof(DelayEntry.RecordedOn), "The date of the delay must be today or in the past" },
        { "expected-early", nameof(DelayEntry.NewExpectedDate), "The new expected date must be the same as or after the date of the delay" },
        { "told-no-date", nameof(DelayEntry.BoardToldOn), "Enter the date the Board was told" },
        { "told-future", nameof(DelayEntry.BoardToldOn), "The date the Board was told must be today or in the past" },
    };

    [Theory]
    [MemberData(nameof(BadDelays))]
    public void CheckDelay_OneMistake_IsRefusedOnItsField(string mistake, string field, string message)
    {
        var delay = Delay();
        if (mistake == "reason")
        {
            delay.Reason = "  ";
        }
        else if (mistake == "recorded-future")
        {
            delay.RecordedOn = Today.AddDays(1);
            delay.NewExpectedDate = null;
        }
        else if (mistake == "expected-early")
        {
            delay.NewExpectedDate = delay.RecordedOn.AddDays(-1);
        }
        else
        {
            delay.BoardToldOn = mistake == "told-no-date" ? null : Today.AddDays(1);
        }

        Assert.Equal([(field, message)], PlanRules.CheckDelay(delay, Today).Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public void CheckDelay_NewExpectedDateOnTheSameDay_IsAllowed()
    {
        var delay = Delay();
        delay.NewExpectedDate = delay.RecordedOn;

        Assert.Empty(PlanRules.CheckDelay(delay, Today));
    }
}

public sealed class GovernanceRulesTests
{
    private static GovernancePlan Plan() => new()
    {
        WhoConducts = "Two lead reviewers",
        WhoQualityAssures = "The case review subgroup",
        SignOffRoute = "Subgroup, then the partners",
        ChallengeRoute = "At the review team meeting on the draft",
        ImpasseRoute = "The independent scrutineer decides",
    };

    [Fact]
    public void Check_EveryPartSaid_HasNoProblems() => Assert.Empty(GovernanceRules.Check(Plan()));

    [Fact]
    public void Check_NothingSaid_AsksForEveryPartInOrder()
    {
        Assert.Equal(
            ["Say who conducts the review", "Say who quality-assures it", "Say the sign-off route", "Say how challenge is made", "Say what happens at an impasse"],
            GovernanceRules.Check(new GovernancePlan()).Select(p => p.Message));
    }

    [Fact]
    public void ChangedParts_OneAnswerChanged_NamesOnlyThatPart()
    {
        var next = Plan();
        next.ImpasseRoute = "The chair decides";

        Assert.Equal(["what happens at an impasse"], GovernanceRules.ChangedParts(next, Plan()));
        Assert.Empty(GovernanceRules.ChangedParts(Plan(), Plan()));
        Assert.Equal(5, GovernanceRules.ChangedParts(Plan(), null).Count);
    }
}

public sealed class PurposeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void Check_StatementOnly_HasNoProblems() =>
        Assert.Empty(PurposeRules.Check(new PurposeStatement { Statement = "To learn how agencies worked together." }, Today));

    [Theory]
    [InlineData("", null, null, nameof(PurposeStatement.Statement), "Enter the learning purpose of the review")]
    [InlineData("To learn.", "The Board", "2026-11-21", nameof(PurposeStatement.SentOn), "The date it was sent must be today or in the past")]
    [InlineData("To learn.", null, "2026-11-19", nameof(PurposeStatement.SentTo), "Say who the purpose was sent to")]
    [InlineData("To learn.", "The Board", null, nameof(PurposeStatement.SentOn), "Enter the date the purpose was sent")]
    public void Check_OneMistake_IsRefusedOnItsField(string statement, string? sentTo, string? sentOn, string field, string message)
    {
        var purpose = new PurposeStatement
        {
            Statement = statement,
            SentTo = sentTo,
            SentOn = sentOn is null ? null : DateOnly.Parse(sentOn, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal([(field, message)], PurposeRules.Check(purpose, Today).Select(p => (p.Field, p.Message)));
    }
}

public sealed class MoneyReadTests
{
    [Theory]
    [InlineData("£1,234.50", 123450)]
    [InlineData("1234.5", 123450)]
    [InlineData("0.01", 1)]
    public void Read_WhatPeopleType_IsAnAmount(string text, long pence)
    {
        Assert.Equal(MoneyProblem.None, Money.Read(text, out var money));
        Assert.Equal(pence, money.Pence);
    }

    [Theory]
    [InlineData(" ", MoneyProblem.Missing)]
    [InlineData("abc", MoneyProblem.NotAnAmount)]
    [InlineData("12 pounds", MoneyProblem.NotAnAmount)]
    [InlineData("-5", MoneyProblem.Negative)]
    [InlineData("-£5.00", MoneyProblem.Negative)]
    [InlineData("12.345", MoneyProblem.TooManyDecimalPlaces)]
    [InlineData("1000000000.01", MoneyProblem.TooLarge)]
    public void Read_Nonsense_SaysWhatIsWrong(string text, MoneyProblem problem)
    {
        Assert.Equal(problem, Money.Read(text, out var money));
        Assert.Equal(Money.Zero, money);
    }

    [Fact]
    public void Message_EachProblem_StartsWithTheLabel()
    {
        Assert.Equal("Enter the planned budget", MoneyProblem.Missing.Message("Planned budget"));
        Assert.Equal("Amount spent must be an amount in pounds, like 1,250.00", MoneyProblem.NotAnAmount.Message("Amount spent"));
        Assert.Equal("Amount spent must have no more than 2 decimal places, like 1,250.50", MoneyProblem.TooManyDecimalPlaces.Message("Amount spent"));
    }
}
