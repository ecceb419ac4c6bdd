using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.SettingUp.Deadlines;

/// <summary>A deadline as a screen shows it: due date, whether it is met, the working days left, the date the
/// plan expects to meet it (for the publication deadline) and the delays recorded against it.</summary>
public sealed record DeadlineView(Deadline Deadline, DateOnly? MetOn, int WorkingDaysLeft, DateOnly? PlannedOn = null, IReadOnlyList<DelayEntry>? Delays = null)
{
    public bool IsMet => MetOn is not null;

    public bool IsOverdue => !IsMet && WorkingDaysLeft < 0;

    /// <summary>The plan expects to meet this deadline only after it falls due.</summary>
    public bool IsPlannedLate => !IsMet && PlannedOn is { } planned && planned > Deadline.Due;

    public IReadOnlyList<DelayEntry> DelaysMovingIt => Delays ?? [];
}

/// <summary>A rule that applies to the review but cannot be counted yet, with what it is waiting for.</summary>
public sealed record PendingDeadline(DeadlineRule Rule, IReadOnlyList<DelayEntry>? Delays = null)
{
    public IReadOnlyList<DelayEntry> DelaysMovingIt => Delays ?? [];

    /// <summary>What to do so the deadline can be worked out, in the users' words.</summary>
    public string WhatIsMissing => Rule.Trigger switch
    {
        DeadlineTrigger.PartnershipAware => "the referral does not say when the partnership became aware",
        DeadlineTrigger.NotificationSent => "the notification to the national panel is not recorded",
        DeadlineTrigger.DecisionToReview => "no decision to hold a review is recorded",
        DeadlineTrigger.PlannedPublication => "the plan has no planned publication date",
        _ => "the date it is counted from is not recorded",
    };
}

/// <summary>
/// The statutory deadlines of reviews, from the partnership's rules and calendars and the dates each review has
/// reached: when the partnership became aware, the notification, the decision.
/// </summary>
public sealed class DeadlineService(LanternDbContext db, SettingUpCalendars calendars, TimeProvider time)
{
    public async Task<(IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PendingDeadline> Pending)> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, cancellationToken);
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == review.PartnershipId, cancellationToken);
        var referral = await db.Referrals.AsNoTracking().Where(r => r.ReviewId == reviewId)
            .Select(r => new { r.AwareDate, r.InitialReviewTypeId }).SingleOrDefaultAsync(cancellationToken);
        var notifiedOn = await db.PanelNotifications.AsNoTracking().Where(n => n.ReviewId == reviewId)
            .Select(n => (DateOnly?)n.SentOn).SingleOrDefaultAsync(cancellationToken);
        var decision = await db.Decisions.AsNoTracking().Where(d => d.ReviewId == reviewId).OrderByDescending(d => d.VersionNumber)
            .Select(d => new DecisionFacts(d.ToReview, d.DecidedOn)).FirstOrDefaultAsync(cancellationToken);

        var reportSentOn = await db.ScopingMeetings.AsNoTracking().Where(m => m.ReviewId == reviewId && m.PanelReportSentOn != null)
            .MinAsync(m => m.PanelReportSentOn, cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId && m.Role != MilestoneRole.None)
            .Select(m => new RoleMilestone(m.ReviewId, m.Role, m.DueOn, m.CompletedOn, m.SortOrder)).ToListAsync(cancellationToken);
        var delays = await db.Delays.AsNoTracking().Where(d => d.ReviewId == reviewId && d.DeadlineKey != null)
            .OrderBy(d => d.RecordedOn).ToListAsync(cancellationToken);

        var typeIds = TypeIds(review.ReviewTypeId, referral?.InitialReviewTypeId);
        var typeNames = await db.ReviewTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
        var rules = await RulesAsync(partnership.Id, partnership.Jurisdiction, cancellationToken);
        var facts = new ReviewFacts(typeNames, referral?.AwareDate, notifiedOn, decision, reportSentOn, PlanFacts.From(milestones), delays);
        return Evaluate(rules.Rules, rules.Calendars, facts, UkTime.Today(time));
    }

    /// <summary>
    /// The soonest deadline not yet met for each of <paramref name="reviewIds"/> (a review with none is left
    /// out). Loads the referrals, notifications, latest decisions, type names and rules of all of them at once,
    /// so the number of queries does not grow with the number of reviews.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, DeadlineView>> NextDeadlinesAsync(IReadOnlyCollection<Guid> reviewIds, CancellationToken cancellationToken = default)
    {
        var next = new Dictionary<Guid, DeadlineView>();
        if (reviewIds.Count == 0)
        {
            return next;
        }

        var ids = reviewIds.Distinct().ToList();
        // Each review with its partnership's nation, in one query (a subquery per row, not a query per partnership).
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new
            {
                r.Id,
                r.PartnershipId,
                r.ReviewTypeId,
                Jurisdiction = db.Partnerships.Where(p => p.Id == r.PartnershipId).Select(p => (Jurisdiction?)p.Jurisdiction).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var jurisdictions = reviews.Where(r => r.Jurisdiction is not null).GroupBy(r => r.PartnershipId)
            .ToDictionary(g => g.Key, g => g.First().Jurisdiction!.Value);
        var referrals = (await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.ReviewId))
                .Select(r => new { r.ReviewId, r.AwareDate, r.InitialReviewTypeId }).ToListAsync(cancellationToken))
            .GroupBy(r => r.ReviewId).ToDictionary(g => g.Key, g => g.First());
        var notifications = (await db.PanelNotifications.AsNoTracking().Where(n => ids.Contains(n.ReviewId))
                .Select(n => new { n.ReviewId, n.SentOn }).ToListAsync(cancellationToken))
            .GroupBy(n => n.ReviewId).ToDictionary(g => g.Key, g => g.Min(n => n.SentOn));
        var decisions = (await db.Decisions.AsNoTracking()
                .Where(d => ids.Contains(d.ReviewId) &&
                            d.VersionNumber == db.Decisions.Where(l => l.ReviewId == d.ReviewId).Max(l => l.VersionNumber))
                .Select(d => new { d.ReviewId, d.ToReview, d.DecidedOn }).ToListAsync(cancellationToken))
            .GroupBy(d => d.ReviewId).ToDictionary(g => g.Key, g => new DecisionFacts(g.First().ToReview, g.First().DecidedOn));

        var reportsSent = (await db.ScopingMeetings.AsNoTracking().Where(m => ids.Contains(m.ReviewId) && m.PanelReportSentOn != null)
                .Select(m => new { m.ReviewId, m.PanelReportSentOn }).ToListAsync(cancellationToken))
            .GroupBy(m => m.ReviewId).ToDictionary(g => g.Key, g => g.Min(m => m.PanelReportSentOn));
        var plans = (await db.Milestones.AsNoTracking().Where(m => ids.Contains(m.ReviewId) && m.Role != MilestoneRole.None)
                .Select(m => new RoleMilestone(m.ReviewId, m.Role, m.DueOn, m.CompletedOn, m.SortOrder)).ToListAsync(cancellationToken))
            .GroupBy(m => m.ReviewId).ToDictionary(g => g.Key, g => PlanFacts.From(g));

        var typeIds = reviews.Select(r => r.ReviewTypeId)
            .Concat(referrals.Values.Select(r => r.InitialReviewTypeId))
            .Where(t => t != Guid.Empty).Distinct().ToList();
        var typeNames = await db.ReviewTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var today = UkTime.Today(time);
        foreach (var group in reviews.GroupBy(r => r.PartnershipId))
        {
            if (!jurisdictions.TryGetValue(group.Key, out var jurisdiction))
            {
                continue;
            }

            var rules = await RulesAsync(group.Key, jurisdiction, cancellationToken);
            foreach (var review in group)
            {
                var referral = referrals.GetValueOrDefault(review.Id);
                var names = TypeIds(review.ReviewTypeId, referral?.InitialReviewTypeId)
                    .Select(t => typeNames.GetValueOrDefault(t)).OfType<string>().ToList();
                var facts = new ReviewFacts(names, referral?.AwareDate,
                    notifications.TryGetValue(review.Id, out var sent) ? sent : null, decisions.GetValueOrDefault(review.Id),
                    reportsSent.GetValueOrDefault(review.Id), plans.GetValueOrDefault(review.Id) ?? PlanFacts.None, []);
                if (Evaluate(rules.Rules, rules.Calendars, facts, today).Deadlines.FirstOrDefault(d => !d.IsMet) is { } soonest)
                {
                    next[review.Id] = soonest;
                }
            }
        }

        return next;
    }

    private sealed record DecisionFacts(bool ToReview, DateOnly DecidedOn);

    private sealed record RoleMilestone(Guid ReviewId, MilestoneRole Role, DateOnly DueOn, DateOnly? CompletedOn, int SortOrder);

    /// <summary>What the plan says about publication: the planned date and when publication and the report to
    /// the national panel were done (the first milestone of each role, in the plan's order).</summary>
    private sealed record PlanFacts(DateOnly? PlannedPublication, DateOnly? PublishedOn, DateOnly? ReportToPanelSentOn)
    {
        public static readonly PlanFacts None = new(null, null, null);

        public static PlanFacts From(IEnumerable<RoleMilestone> milestones)
        {
            var ordered = milestones.OrderBy(m => m.SortOrder).ThenBy(m => m.DueOn).ToList();
            var publication = ordered.FirstOrDefault(m => m.Role == MilestoneRole.Publication);
            var toPanel = ordered.FirstOrDefault(m => m.Role == MilestoneRole.ReportToPanel);
            return new(publication?.DueOn, publication?.CompletedOn, toPanel?.CompletedOn);
        }
    }

    /// <summary>What the deadlines of one review are counted from, what meets them, and the delays recorded against them.</summary>
    private sealed record ReviewFacts(
        IReadOnlyCollection<string> TypeNames,
        DateOnly? AwareOn,
        DateOnly? NotifiedOn,
        DecisionFacts? Decision,
        DateOnly? RapidReviewReportSentOn,
        PlanFacts Plan,
        IReadOnlyList<DelayEntry> Delays);

    private static HashSet<Guid> TypeIds(Guid current, Guid? initial)
    {
        var ids = new HashSet<Guid> { current };
        if (initial is { } first && first != Guid.Empty)
        {
            ids.Add(first);
        }

        return ids;
    }

    /// <summary>The partnership's rules for its nation, with the working calendar each one counts on. The task rules
    /// are left out: they give the tasks' due dates, not deadlines of the review.</summary>
    private async Task<(IReadOnlyList<DeadlineRule> Rules, IReadOnlyDictionary<HolidayCalendar, WorkingCalendar> Calendars)> RulesAsync(
        Guid partnershipId, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = (await calendars.RulesAsync(partnershipId, cancellationToken))
            .Where(r => r.Jurisdiction == jurisdiction && !TaskDeadlines.IsTaskRule(r.Key)).ToList();
        var working = new Dictionary<HolidayCalendar, WorkingCalendar>();
        foreach (var calendar in rules.Select(r => r.Calendar).Distinct())
        {
            working[calendar] = await calendars.ForAsync(partnershipId, calendar, cancellationToken);
        }

        return (rules, working);
    }

    /// <summary>Every rule that applies to the review: counted where its trigger date is known, pending where not.
    /// Unmet deadlines first, soonest first.</summary>
    private static (IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PendingDeadline> Pending) Evaluate(
        IEnumerable<DeadlineRule> rules, IReadOnlyDictionary<HolidayCalendar, WorkingCalendar> calendars, ReviewFacts facts, DateOnly today)
    {
        var triggers = new Dictionary<DeadlineTrigger, DateOnly>();
        if (facts.AwareOn is { } aware)
        {
            triggers[DeadlineTrigger.PartnershipAware] = aware;
        }

        if (facts.NotifiedOn is { } notified)
        {
            triggers[DeadlineTrigger.NotificationSent] = notified;
        }

        if (facts.Decision is { ToReview: true } decision)
        {
            triggers[DeadlineTrigger.DecisionToReview] = decision.DecidedOn;
        }

        if (facts.Plan.PlannedPublication is { } planned)
        {
            triggers[DeadlineTrigger.PlannedPublication] = planned;
        }

        var views = new List<DeadlineView>();
        var pending = new List<PendingDeadline>();
        foreach (var rule in rules.Where(r => r.ReviewTypeName is null || facts.TypeNames.Contains(r.ReviewTypeName, StringComparer.OrdinalIgnoreCase)))
        {
            var calendar = calendars[rule.Calendar];
            var delays = facts.Delays.Where(d => d.DeadlineKey == rule.Key).ToList();
            if (!triggers.TryGetValue(rule.Trigger, out var start) || DeadlineCalculator.Compute(rule, start, calendar) is not { } deadline)
            {
                pending.Add(new PendingDeadline(rule, delays));
                continue;
            }

            var plannedOn = rule.Key == DeadlineRules.LcsprPublication ? facts.Plan.PlannedPublication : null;
            views.Add(new DeadlineView(deadline, MetOn(rule, facts), calendar.WorkingDaysBetween(today, deadline.Due), plannedOn, delays));
        }

        return (views.OrderBy(v => v.IsMet).ThenBy(v => v.Deadline.Due).ToList(), pending);
    }

    /// <summary>When a deadline was met, where Lantern records the step it is for.</summary>
    private static DateOnly? MetOn(DeadlineRule rule, ReviewFacts facts) => rule.Key switch
    {
        DeadlineRules.Notification => facts.NotifiedOn,
        DeadlineRules.DhrDecision => facts.Decision?.DecidedOn,
        DeadlineRules.RapidReview => facts.RapidReviewReportSentOn,
        DeadlineRules.LcsprPublication => facts.Plan.PublishedOn,
        DeadlineRules.LcsprReportToPanel => facts.Plan.ReportToPanelSentOn,
        _ => null,
    };
}

/// <summary>What the deadlines partial shows: the review's deadlines, those not yet worked out, and whether the
/// person may change the plan (and so gets a link to set the planned publication date).</summary>
public sealed record DeadlinesList(Guid ReviewId, IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PendingDeadline> Pending, bool CanEditPlan);

public static class DeadlineLists
{
    /// <summary>The rule keys of every deadline that applies to a review, counted or not.</summary>
    public static IReadOnlyList<string> Keys(this (IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PendingDeadline> Pending) all) =>
        [.. all.Deadlines.Select(d => d.Deadline.Rule.Key), .. all.Pending.Select(p => p.Rule.Key)];
}
