using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.SettingUp;

public sealed class PlanTests
{
    [Theory]
    [InlineData("2026-11-20", "2026-11-30", "2026-11-25", RagStatus.Green)]
    [InlineData("2026-11-20", "2026-11-24", "2026-11-25", RagStatus.Amber)]
    [InlineData("2026-11-20", "2026-11-20", "2026-11-25", RagStatus.Amber)]
    [InlineData("2026-11-21", "2026-11-20", "2026-11-25", RagStatus.Red)]
    public void Status_ByDueDate_IsRedAmberOrGreen(string today, string due, string amberFrom, RagStatus expected)
    {
        var milestone = new Milestone { DueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(expected, milestone.Status(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(amberFrom, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Status_Completed_IsDoneEvenWhenLate()
    {
        var milestone = new Milestone { DueOn = new DateOnly(2026, 1, 1), CompletedOn = new DateOnly(2026, 2, 1) };

        Assert.Equal(RagStatus.Done, milestone.Status(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 5)));
    }

    [Fact]
    public void DefaultPlan_RapidReviewAndFullReview_Differ()
    {
        Assert.Equal(3, Milestone.DefaultPlan("Rapid review").Count);
        Assert.Contains(Milestone.DefaultPlan("Local child safeguarding practice review"), m => m.Name == "Report published" && m.Months == 6);
    }

    [Fact]
    public void Budget_Remaining_IsPlannedLessCommittedAndSpent()
    {
        var budget = new Budget { Planned = new Money(1_000_000), Committed = new Money(250_000), Actual = new Money(100_050) };

        Assert.Equal("£6,499.50", budget.Remaining.ToString());
    }
}

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1234.5", 123450)]
    [InlineData("£1,234.50", 123450)]
    [InlineData(" 20 ", 2000)]
    [InlineData("0", 0)]
    public void TryParse_WhatPeopleType_IsRead(string text, long pence)
    {
        Assert.True(Money.TryParse(text, out var money));
        Assert.Equal(pence, money.Pence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ten pounds")]
    [InlineData("12.345")]
    [InlineData("-5")]
    [InlineData("2000000000")]
    public void TryParse_Nonsense_IsRefused(string text) => Assert.False(Money.TryParse(text, out _));

    [Fact]
    public void ToString_Negative_ShowsTheSignBeforeThePound() => Assert.Equal("-£20.00", new Money(-2000).ToString());
}
