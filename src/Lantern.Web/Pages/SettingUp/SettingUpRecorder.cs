using Lantern.Core.Audit;
using Lantern.Core.SettingUp;
using Lantern.Data;

namespace Lantern.Web.Pages.SettingUp;

/// <summary>Adds a write's audit event, and the moment to the review's timeline where it is one, to the
/// context: both are saved with the change itself.</summary>
public sealed class SettingUpRecorder(LanternDbContext db, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public DateOnly Today => Layout.UkToday(time);

    public void Audit(AuditActor actor, string action, Guid reviewId, Guid partnershipId, string entityType, Guid entityId) =>
        db.Audit(new AuditEvent(Guid.NewGuid(), Now, actor, action, new AuditSubject(entityType, entityId, reviewId, partnershipId)));

    public void History(Guid reviewId, HistoryKind kind, string summary, Guid? userId) =>
        db.ReviewHistory.Add(new ReviewHistoryEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Kind = kind,
            Summary = summary.Length > ReviewHistoryEntry.SummaryMaxLength ? summary[..ReviewHistoryEntry.SummaryMaxLength] : summary,
            UserId = userId,
            OccurredAt = Now,
        });
}

internal static class Layout
{
    /// <summary>Today's date in the UK, where every deadline is counted.</summary>
    public static DateOnly UkToday(TimeProvider time) =>
        DateOnly.FromDateTime(Infrastructure.Layout.UkTime.ToUk(time.GetUtcNow().UtcDateTime));
}
