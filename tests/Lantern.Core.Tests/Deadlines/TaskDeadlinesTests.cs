using Lantern.Core.Deadlines;
using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.Deadlines;

/// <summary>The tasks' due dates come from deadline rules: the panel notification from the partnership's own rule,
/// the others from Lantern's task rules on the partnership's calendar.</summary>
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
