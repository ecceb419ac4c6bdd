using Lantern.Core.Deadlines;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>The tasks' due dates come from deadline rules: the panel notification from the partnership's notification
/// rule, the others from the partnership's task rules, or Lantern's on the partnership's calendar where it has none.</summary>
public sealed class TaskDeadlinesTests
{
    private static DeadlineRule Default(string key) => DeadlineRules.Defaults.Single(r => r.Key == key);

    private static DateOnly Due(DeadlineRule rule, DateOnly from) =>
        DeadlineCalculator.Compute(rule, from, WorkingCalendar.Standard(rule.Calendar))!.Due;

    [Fact]
    public void RuleFor_NotifyPanel_ThePartnershipsNotificationRule_AsTheAdministratorChangedIt()
    {
        var changed = Default(DeadlineRules.Notification) with { Offset = 3 };

        var rule = TaskDeadlines.RuleFor(TaskKind.NotifyPanel, [Default(DeadlineRules.RapidReview), changed], HolidayCalendar.EnglandAndWales);

        Assert.Same(changed, rule);
        // Thu 2 Apr 2026: Good Friday and Easter Monday skipped, Tue 7 (1), Wed 8 (2), Thu 9 Apr (3).
        Assert.Equal(new DateOnly(2026, 4, 9), Due(rule!, new DateOnly(2026, 4, 2)));
    }

    [Fact]
    public void RuleFor_NotifyPanel_NoNotificationRuleInUse_LanternsDefault()
    {
        var rule = TaskDeadlines.RuleFor(TaskKind.NotifyPanel, [Default(DeadlineRules.RapidReview)], HolidayCalendar.EnglandAndWales);

        Assert.Equal(Default(DeadlineRules.Notification), rule);
    }

    [Theory]
    [InlineData(TaskKind.ContactOtherArea, TaskDeadlines.ContactOtherArea)]
    [InlineData(TaskKind.InformBoard, TaskDeadlines.InformBoard)]
    [InlineData(TaskKind.InformFamily, TaskDeadlines.InformFamily)]
    public void RuleFor_OtherTasks_FiveWorkingDaysOnThePartnershipsCalendar(TaskKind kind, string key)
    {
        var rule = TaskDeadlines.RuleFor(kind, DeadlineRules.Defaults, HolidayCalendar.Scotland);

        Assert.NotNull(rule);
        Assert.Equal(key, rule.Key);
        Assert.Equal((5, DeadlineUnit.WorkingDays, HolidayCalendar.Scotland), (rule.Offset, rule.Unit, rule.Calendar));
        // Tue 29 Dec 2026 in Scotland: 1 and 2 Jan are bank holidays (2 Jan a Saturday, so Mon 4 Jan is one too):
        // Wed 30 (1), Thu 31 (2), Tue 5 (3), Wed 6 (4), Thu 7 Jan (5).
        Assert.Equal(new DateOnly(2027, 1, 7), Due(rule, new DateOnly(2026, 12, 29)));
    }

    [Fact]
    public void RuleFor_InformFamily_ThePartnershipsTaskRule_AsTheAdministratorChangedIt()
    {
        var changed = TaskDeadlines.DefaultFor(TaskDeadlines.InformFamily, Jurisdiction.England)! with { Offset = 3 };

        var rule = TaskDeadlines.RuleFor(TaskKind.InformFamily, [.. DeadlineRules.Defaults, changed], HolidayCalendar.EnglandAndWales);

        Assert.Same(changed, rule);
        // Thu 24 Dec 2026: Christmas Day and the Boxing Day substitute skipped, Tue 29 (1), Wed 30 (2), Thu 31 Dec (3).
        Assert.Equal(new DateOnly(2026, 12, 31), Due(rule!, new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void RuleFor_InformFamily_OnlyAnotherTasksRuleChanged_LanternsDefaultOnThePartnershipsCalendar()
    {
        var board = TaskDeadlines.DefaultFor(TaskDeadlines.InformBoard, Jurisdiction.Scotland)! with { Offset = 2 };
        var notification = Default(DeadlineRules.Notification) with { Offset = 8 };

        var rule = TaskDeadlines.RuleFor(TaskKind.InformFamily, [notification, board], HolidayCalendar.Scotland);

        Assert.NotNull(rule);
        Assert.Equal(TaskDeadlines.Defaults.Single(r => r.Key == TaskDeadlines.InformFamily) with { Calendar = HolidayCalendar.Scotland }, rule);
    }

    [Fact]
    public void RuleFor_ContactOtherArea_ThePartnershipsRuleKeepsItsOwnCalendarAndUnit()
    {
        var changed = TaskDeadlines.DefaultFor(TaskDeadlines.ContactOtherArea, Jurisdiction.England)! with { Offset = 2, Unit = DeadlineUnit.CalendarDays };

        var rule = TaskDeadlines.RuleFor(TaskKind.ContactOtherArea, [changed], HolidayCalendar.Scotland);

        Assert.Equal((2, DeadlineUnit.CalendarDays, HolidayCalendar.EnglandAndWales), (rule!.Offset, rule.Unit, rule.Calendar));
        Assert.Equal(new DateOnly(2026, 12, 26), Due(rule, new DateOnly(2026, 12, 24)));
    }

    [Theory]
    [InlineData(Jurisdiction.England, HolidayCalendar.EnglandAndWales)]
    [InlineData(Jurisdiction.Wales, HolidayCalendar.EnglandAndWales)]
    [InlineData(Jurisdiction.Scotland, HolidayCalendar.Scotland)]
    [InlineData(Jurisdiction.NorthernIreland, HolidayCalendar.NorthernIreland)]
    public void DefaultFor_ATaskRule_InThePartnershipsNationAndOnItsCalendar(Jurisdiction jurisdiction, HolidayCalendar calendar)
    {
        var rule = TaskDeadlines.DefaultFor(TaskDeadlines.InformBoard, jurisdiction);

        Assert.NotNull(rule);
        Assert.Equal((jurisdiction, calendar), (rule.Jurisdiction, rule.Calendar));
        Assert.Equal((DeadlineTrigger.DecisionToReview, 5, DeadlineUnit.WorkingDays), (rule.Trigger, rule.Offset, rule.Unit));
    }

    [Theory]
    [InlineData(DeadlineRules.Notification)]
    [InlineData("local.0123456789abcd")]
    [InlineData("")]
    [InlineData(null)]
    public void DefaultFor_NotATaskRule_Null(string? key)
    {
        Assert.Null(TaskDeadlines.DefaultFor(key, Jurisdiction.England));
        Assert.False(TaskDeadlines.IsTaskRule(key));
    }

    [Fact]
    public void TaskRules_SayTheyAreNotStatutory()
    {
        Assert.All(TaskDeadlines.Defaults, r =>
        {
            Assert.True(TaskDeadlines.IsTaskRule(r.Key));
            Assert.StartsWith("No statutory timescale. Lantern's expectation", r.Source, StringComparison.Ordinal);
            Assert.Null(r.ReviewTypeName);
            Assert.True(r.Offset > 0, r.Key);
        });
    }

    [Fact]
    public void RuleFor_Other_NoRule()
    {
        Assert.Null(TaskDeadlines.RuleFor(TaskKind.Other, DeadlineRules.Defaults, HolidayCalendar.EnglandAndWales));
    }

    [Fact]
    public void TaskRules_NotAmongTheReviewDeadlines()
    {
        Assert.DoesNotContain(DeadlineRules.Defaults, r => TaskDeadlines.Defaults.Any(t => t.Key == r.Key));
    }
}
