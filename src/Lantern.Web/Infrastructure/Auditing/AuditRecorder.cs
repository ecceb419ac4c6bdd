namespace Lantern.Web.Infrastructure.Auditing;

/// <summary>
/// The one place an audit event is made. A write adds its event (and the moment to the review's timeline, where
/// it is one) to the context before it saves, so the change and its record are saved, or refused, together:
/// <see cref="LanternDbContext"/> seals the event into the chain in the same transaction. Scoped with the context.
/// </summary>
public sealed class AuditRecorder(LanternDbContext db, TimeProvider time)
{
    /// <summary>Now, in UTC, as Lantern stores every moment.</summary>
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Today's date in the UK.</summary>
    public DateOnly Today => UkTime.Today(time);

    /// <summary>Something done to, or seen of, an item of a review (an episode, a submission, a letter...).</summary>
    public void Audit(AuditActor actor, string action, Guid reviewId, Guid partnershipId, string entityType, Guid entityId) =>
        Audit(actor, action, new AuditSubject(entityType, entityId, reviewId, partnershipId));

    /// <summary>Something done to, or seen of, a review as a whole.</summary>
    public void AuditReview(AuditActor actor, string action, Guid reviewId, Guid partnershipId) =>
        Audit(actor, action, AuditSubject.ForReview(reviewId, partnershipId));

    /// <summary>Something done to one of the partnership's own records, in no review: an agency, a review type,
    /// a setting, a letter template, the partnership itself.</summary>
    public void AuditPartnership(AuditActor actor, string action, Guid partnershipId, string entityType, Guid entityId) =>
        Audit(actor, action, new AuditSubject(entityType, entityId, PartnershipId: partnershipId));

    /// <summary>Something seen or done in a partnership about no one record: a list of reviews, the dashboard,
    /// an export across reviews.</summary>
    public void AuditPartnership(AuditActor actor, string action, Guid partnershipId) =>
        Audit(actor, action, new AuditSubject(PartnershipId: partnershipId));

    /// <summary>Something done to a person's account: signing in, a password, an invitation, a role.</summary>
    public void AuditUser(AuditActor actor, string action, LanternUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        Audit(actor, action, new AuditSubject("User", user.Id, PartnershipId: user.PartnershipId));
    }

    /// <summary>
    /// Someone asked for a review of another partnership. There the review does not exist for them, but the attempt
    /// is recorded twice: in their own partnership without naming the review, and in the review's partnership, whose
    /// trail shows the attempt on its review by someone from elsewhere.
    /// </summary>
    public void AuditAccessRefusedElsewhere(AuditActor actor, Guid actorPartnershipId, Guid reviewId, Guid reviewPartnershipId)
    {
        var now = Now;
        Add(now, actor, AuditActions.AccessRefused, new AuditSubject(PartnershipId: actorPartnershipId));
        Add(now, actor, AuditActions.AccessRefused, AuditSubject.ForReview(reviewId, reviewPartnershipId));
    }

    /// <summary>Something about no record at all: a sign-in attempt for an email that matches nobody, a refused
    /// partnership page (the actor's own partnership is recorded).</summary>
    public void Audit(AuditActor actor, string action) => Audit(actor, action, AuditSubject.None);

    /// <summary>Any other subject, such as a one-time link before its partnership exists.</summary>
    public void Audit(AuditActor actor, string action, AuditSubject subject) => Add(Now, actor, action, subject);

    /// <summary>Adds a moment to the review's timeline (its history page), cut to the length it keeps.</summary>
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

    private void Add(DateTime at, AuditActor actor, string action, AuditSubject subject) =>
        db.Audit(new AuditEvent(Guid.NewGuid(), at, actor, action, subject));
}
