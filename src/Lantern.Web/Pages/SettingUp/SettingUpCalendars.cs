using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.SettingUp;

/// <summary>
/// A partnership's working calendars and deadline rules: the bank-holiday rules with the one-off changes
/// Lantern knows, plus the partnership's own; and Lantern's default deadline rules until the partnership
/// changes them.
/// </summary>
public sealed class SettingUpCalendars(LanternDbContext db)
{
    private readonly Dictionary<(Guid, HolidayCalendar), WorkingCalendar> calendars = [];

    public async Task<WorkingCalendar> ForAsync(Guid partnershipId, HolidayCalendar calendar, CancellationToken cancellationToken = default)
    {
        if (calendars.TryGetValue((partnershipId, calendar), out var known))
        {
            return known;
        }

        var own = await db.HolidayChanges.AsNoTracking()
            .Where(h => h.PartnershipId == partnershipId && h.Calendar == calendar)
            .OrderBy(h => h.RecordedAt)
            .ToListAsync(cancellationToken);
        var built = new WorkingCalendar(calendar, HolidayAdjustment.Published.Concat(own.Select(h => h.ToAdjustment())));
        calendars[(partnershipId, calendar)] = built;
        return built;
    }

    public async Task<IReadOnlyList<DeadlineRule>> RulesAsync(Guid partnershipId, CancellationToken cancellationToken = default)
    {
        var own = await db.DeadlineRuleSettings.AsNoTracking()
            .Where(r => r.PartnershipId == partnershipId)
            .ToListAsync(cancellationToken);
        return own.Count == 0
            ? DeadlineRules.Defaults
            : own.Where(r => r.IsActive).Select(r => r.ToRule()).ToList();
    }

    /// <summary>The partnership's rule counted back from the planned publication date (sending the final report to
    /// the national panel) for a review of type <paramref name="reviewTypeName"/>, if one applies.</summary>
    public async Task<DeadlineRule?> ReportToPanelRuleAsync(Guid partnershipId, string reviewTypeName, CancellationToken cancellationToken = default)
    {
        var jurisdiction = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Jurisdiction).SingleAsync(cancellationToken);
        return (await RulesAsync(partnershipId, cancellationToken))
            .Where(r => r.Jurisdiction == jurisdiction && r.Trigger == DeadlineTrigger.PlannedPublication)
            .Where(r => r.ReviewTypeName is null || string.Equals(r.ReviewTypeName, reviewTypeName, StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.ReviewTypeName is null)
            .FirstOrDefault();
    }

    /// <summary>When a task of <paramref name="kind"/> counted from <paramref name="from"/> is due, by its deadline rule:
    /// the partnership's own where it has one, Lantern's default where not (see <see cref="TaskDeadlines"/>), on the
    /// partnership's calendars.</summary>
    public async Task<DateOnly> TaskDueAsync(Guid partnershipId, Jurisdiction jurisdiction, Core.SettingUp.TaskKind kind, DateOnly from, CancellationToken cancellationToken = default)
    {
        var rule = TaskDeadlines.RuleFor(kind, await RulesAsync(partnershipId, cancellationToken), jurisdiction.CalendarFor())
            ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "This kind of task has no deadline rule.");
        return DeadlineCalculator.Compute(rule, from, await ForAsync(partnershipId, rule.Calendar, cancellationToken))!.Due;
    }

    /// <summary>The last day a referral of an incident on <paramref name="incident"/> was expected.</summary>
    public async Task<DateOnly> ReferralExpectedByAsync(Guid partnershipId, DateOnly incident, CancellationToken cancellationToken = default)
    {
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == partnershipId, cancellationToken);
        var calendar = await ForAsync(partnershipId, partnership.Jurisdiction.CalendarFor(), cancellationToken);
        return calendar.AddWorkingDays(incident, partnership.ReferralExpectedWithinWorkingDays);
    }
}
