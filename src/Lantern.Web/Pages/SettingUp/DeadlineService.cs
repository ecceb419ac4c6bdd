using Lantern.Core.Deadlines;
using Lantern.Core.SettingUp;
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
/// The statutory deadlines of one review, from the partnership's rules and calendars and the dates the
/// review has reached: when the partnership became aware, the notification, the decision.
/// </summary>
public sealed class DeadlineService(LanternDbContext db, SettingUpCalendars calendars, TimeProvider time)
{
    public async Task<(IReadOnlyList<DeadlineView> Deadlines, IReadOnlyList<PendingDeadline> Pending)> ForReviewAsync(Guid reviewId, CancellationToken cancellationToken = default)
    {
        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId, cancellationToken);
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == review.PartnershipId, cancellationToken);
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.ReviewId == reviewId, cancellationToken);
        var notification = await db.PanelNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.ReviewId == reviewId, cancellationToken);
        var decision = await db.Decisions.AsNoTracking().Where(d => d.ReviewId == reviewId).OrderByDescending(d => d.VersionNumber).FirstOrDefaultAsync(cancellationToken);

        var typeIds = new HashSet<Guid> { review.ReviewTypeId };
        if (referral is not null && referral.InitialReviewTypeId != Guid.Empty)
        {
            typeIds.Add(referral.InitialReviewTypeId);
        }

        var typeNames = await db.ReviewTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).Select(t => t.Name).ToListAsync(cancellationToken);
        var rules = (await calendars.RulesAsync(partnership.Id, cancellationToken))
            .Where(r => r.Jurisdiction == partnership.Jurisdiction &&
                        (r.ReviewTypeName is null || typeNames.Contains(r.ReviewTypeName, StringComparer.OrdinalIgnoreCase)))
            .ToList();

        var triggers = new Dictionary<DeadlineTrigger, DateOnly>();
        if (referral is not null)
        {
            triggers[DeadlineTrigger.PartnershipAware] = referral.AwareDate;
        }

        if (notification is not null)
        {
            triggers[DeadlineTrigger.NotificationSent] = notification.SentOn;
        }

        if (decision is { ToReview: true })
        {
            triggers[DeadlineTrigger.DecisionToReview] = decision.DecidedOn;
        }

        var today = Layout.UkToday(time);
        var views = new List<DeadlineView>();
        var pending = new List<PendingDeadline>();
        foreach (var rule in rules)
        {
            var calendar = await calendars.ForAsync(partnership.Id, rule.Calendar, cancellationToken);
            if (!triggers.TryGetValue(rule.Trigger, out var start) || DeadlineCalculator.Compute(rule, start, calendar) is not { } deadline)
            {
                pending.Add(new PendingDeadline(rule));
                continue;
            }

            views.Add(new DeadlineView(deadline, MetOn(rule, notification, decision), calendar.WorkingDaysBetween(today, deadline.Due)));
        }

        return (views.OrderBy(v => v.IsMet).ThenBy(v => v.Deadline.Due).ToList(), pending);
    }

    /// <summary>When a deadline was met, where Lantern records the step it is for.</summary>
    private static DateOnly? MetOn(DeadlineRule rule, PanelNotification? notification, Decision? decision) => rule.Key switch
    {
        "england.notification" => notification?.SentOn,
        "england.dhr.decision" => decision?.DecidedOn,
        _ => null,
    };
}
