using Lantern.Core.Deadlines;

namespace Lantern.Core.SettingUp;

/// <summary>
/// The rules of a review's plan: when a milestone turns amber, the first plan each type of review starts
/// with, and what a milestone or a delay must have before it is saved.
/// </summary>
public static class PlanRules
{
    /// <summary>A milestone is due soon (amber) within this many working days of its due date.</summary>
    public const int AmberWorkingDays = 5;

    /// <summary>Steps of the default plan due "at once" (a rapid review's) get this many working days.</summary>
    public const int PromptStepWorkingDays = 15;

    /// <summary>The last day a milestone counts as due soon rather than on track. Counted in working days on
    /// the partnership's own calendar, so a bank holiday cannot hide a milestone that is nearly due.</summary>
    public static DateOnly AmberFrom(WorkingCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(today, AmberWorkingDays);
    }

    /// <summary>The first plan for a review of type <paramref name="reviewTypeName"/>, counted from
    /// <paramref name="start"/> (the decision to review): steps due at once get
    /// <see cref="PromptStepWorkingDays"/> working days, the others fall their number of months later, moved on
    /// to the next working day when that is a weekend or bank holiday. When <paramref name="reportToPanel"/> is
    /// given (the rule counted back from the planned publication date), the plan also gets the milestone for
    /// sending the final report to the national panel on the date that rule gives.</summary>
    public static IReadOnlyList<Milestone> DefaultMilestones(Guid reviewId, string reviewTypeName, DateOnly start, WorkingCalendar calendar, DeadlineRule? reportToPanel = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var milestones = Milestone.DefaultPlan(reviewTypeName).Select((step, i) => new Milestone
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Name = step.Name,
            DueOn = step.Months == 0 ? calendar.AddWorkingDays(start, PromptStepWorkingDays) : calendar.OnOrNextWorkingDay(start.AddMonths(step.Months)),
            SortOrder = (i + 1) * 10,
            Role = step.Role,
        }).ToList();
        if (reportToPanel is not null && milestones.FirstOrDefault(m => m.Role == MilestoneRole.Publication) is { } publication)
        {
            var index = milestones.IndexOf(publication);
            milestones.Insert(index, new Milestone
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Name = Milestone.ReportToPanelName,
                DueOn = ReportToPanelDue(reportToPanel, publication.DueOn, calendar),
                SortOrder = publication.SortOrder - 5,
                Role = MilestoneRole.ReportToPanel,
            });
        }

        return milestones;
    }

    /// <summary>When the final report must reach the national panel for publication on <paramref name="publication"/>,
    /// by <paramref name="rule"/> (counted back from the planned publication date).</summary>
    public static DateOnly ReportToPanelDue(DeadlineRule rule, DateOnly publication, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);
        return DeadlineCalculator.Compute(rule, publication, calendar)!.Due;
    }

    /// <summary>What a milestone must have. Its due date may not fall before <paramref name="earliestDue"/>,
    /// the start of the review (or, for a milestone already planned earlier, its present due date).</summary>
    public static IReadOnlyList<FieldProblem> CheckMilestone(Milestone milestone, DateOnly today, DateOnly earliestDue)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(milestone.Name))
        {
            problems.Add(new(nameof(Milestone.Name), "Enter the name of the milestone"));
        }
        else if (milestone.Name.Trim().Length > Milestone.NameMaxLength)
        {
            problems.Add(new(nameof(Milestone.Name), "The name must be 160 characters or fewer"));
        }

        if (milestone.DueOn < earliestDue)
        {
            problems.Add(new(nameof(Milestone.DueOn), $"The due date must be on or after {Long(earliestDue)}, the start of the review"));
        }

        if (milestone.CompletedOn > today)
        {
            problems.Add(new(nameof(Milestone.CompletedOn), "The date it was completed must be today or in the past"));
        }

        return problems;
    }

    /// <summary>What a delay must have: a reason, sensible dates, and the date the Board was told if it was.</summary>
    public static IReadOnlyList<FieldProblem> CheckDelay(DelayEntry delay, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(delay);
        var problems = new List<FieldProblem>();
        if (delay.RecordedOn > today)
        {
            problems.Add(new(nameof(DelayEntry.RecordedOn), "The date of the delay must be today or in the past"));
        }

        if (string.IsNullOrWhiteSpace(delay.Reason))
        {
            problems.Add(new(nameof(DelayEntry.Reason), "Enter the reason for the delay"));
        }
        else if (delay.Reason.Trim().Length > DelayEntry.TextMaxLength)
        {
            problems.Add(new(nameof(DelayEntry.Reason), "The reason must be 4,000 characters or fewer"));
        }

        if (delay.NewExpectedDate is { } expected && expected < delay.RecordedOn)
        {
            problems.Add(new(nameof(DelayEntry.NewExpectedDate), "The new expected date must be the same as or after the date of the delay"));
        }

        if (delay.BoardTold)
        {
            if (delay.BoardToldOn is not { } told)
            {
                problems.Add(new(nameof(DelayEntry.BoardToldOn), "Enter the date the Board was told"));
            }
            else if (told > today)
            {
                problems.Add(new(nameof(DelayEntry.BoardToldOn), "The date the Board was told must be today or in the past"));
            }
        }

        return problems;
    }

    private static string Long(DateOnly date) => date.LongDate();
}
