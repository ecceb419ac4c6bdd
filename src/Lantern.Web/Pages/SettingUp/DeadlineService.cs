using Lantern.Core.Deadlines;
using Lantern.Data;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.SettingUp;

/// <summary>A deadline as a screen shows it: due date, whether it is met, and the working days left.</summary>
public sealed record DeadlineView(Deadline Deadline, DateOnly? MetOn, int WorkingDaysLeft)
{
    public bool IsMet => MetOn is not null;

    public bool IsOverdue => !IsMet && WorkingDaysLeft < 0;
}

/// <summary>A rule that applies to the review but cannot be counted yet, with what it is waiting for.</summary>
public sealed record PendingDeadline(DeadlineRule Rule);

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

        var typeIds = TypeIds(review.ReviewTypeId, referral?.InitialReviewTypeId);
        var typeNames = await db.ReviewTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
        var rules = await RulesAsync(partnership.Id, partnership.Jurisdiction, cancellationToken);
        var facts = new ReviewFacts(typeNames, referral?.AwareDate, notifiedOn, decision);
        return Evaluate(rules.Rules, rules.Calendars, facts, Layout.UkToday(time));
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
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.PartnershipId, r.ReviewTypeId }).ToListAsync(cancellationToken);
        var partnershipIds = reviews.Select(r => r.PartnershipId).Distinct().ToList();
        var jurisdictions = await db.Partnerships.AsNoTracking().Where(p => partnershipIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Jurisdiction }).ToDictionaryAsync(p => p.Id, p => p.Jurisdiction, cancellationToken);
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

        var typeIds = reviews.Select(r => r.ReviewTypeId)
            .Concat(referrals.Values.Select(r => r.InitialReviewTypeId))
            .Where(t => t != Guid.Empty).Distinct().ToList();
        var typeNames = await db.ReviewTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var today = Layout.UkToday(time);
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
                    notifications.TryGetValue(review.Id, out var sent) ? sent : null, decisions.GetValueOrDefault(review.Id));
                if (Evaluate(rules.Rules, rules.Calendars, facts, today).Deadlines.FirstOrDefault(d => !d.IsMet) is { } soonest)
                {
                    next[review.Id] = soonest;
                }
            }
        }

        return next;
    }

    private sealed record DecisionFacts(bool ToReview, DateOnly DecidedOn);

    /// <summary>What the deadlines of one review are counted from.</summary>
    private sealed record ReviewFacts(IReadOnlyCollection<string> TypeNames, DateOnly? AwareOn, DateOnly? NotifiedOn, DecisionFacts? Decision);

    private static HashSet<Guid> TypeIds(Guid current, Guid? initial)
    {
        var ids = new HashSet<Guid> { current };
        if (initial is { } first && first != Guid.Empty)
        {
            ids.Add(first);
        }

        return ids;
    }

    /// <summary>The partnership's rules for its nation, with the working calendar each one counts on.</summary>
    private async Task<(IReadOnlyList<DeadlineRule> Rules, IReadOnlyDictionary<HolidayCalendar, WorkingCalendar> Calendars)> RulesAsync(
        Guid partnershipId, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var rules = (await calendars.RulesAsync(partnershipId, cancellationToken)).Where(r => r.Jurisdiction == jurisdiction).ToList();
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

        var views = new List<DeadlineView>();
        var pending = new List<PendingDeadline>();
        foreach (var rule in rules.Where(r => r.ReviewTypeName is null || facts.TypeNames.Contains(r.ReviewTypeName, StringComparer.OrdinalIgnoreCase)))
        {
            var calendar = calendars[rule.Calendar];
            if (!triggers.TryGetValue(rule.Trigger, out var start) || DeadlineCalculator.Compute(rule, start, calendar) is not { } deadline)
            {
                pending.Add(new PendingDeadline(rule));
                continue;
            }

            views.Add(new DeadlineView(deadline, MetOn(rule, facts), calendar.WorkingDaysBetween(today, deadline.Due)));
        }

        return (views.OrderBy(v => v.IsMet).ThenBy(v => v.Deadline.Due).ToList(), pending);
    }

    /// <summary>When a deadline was met, where Lantern records the step it is for.</summary>
    private static DateOnly? MetOn(DeadlineRule rule, ReviewFacts facts) => rule.Key switch
    {
        DeadlineRules.Notification => facts.NotifiedOn,
        DeadlineRules.DhrDecision => facts.Decision?.DecidedOn,
        _ => null,
    };
}
