namespace Lantern.Web.Pages.Actions;

/// <summary>Who is working on a review's actions. <see cref="OnlyAgencyId"/> is set for an agency contact, who sees
/// and changes only their own agency's actions; the business unit, chair and review team see them all.</summary>
public sealed record ActionScope(Guid ReviewId, Guid PartnershipId, AuditActor Actor, Guid? OnlyAgencyId, bool MayManage)
{
    public Guid UserId => Actor.UserId ?? throw new InvalidOperationException("Actions are changed by a signed-in person.");

    /// <summary>The scope of the person on <paramref name="review"/>: an agency contact is narrowed to their agency.</summary>
    public static ActionScope For(ReviewContext review, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(http);
        var actor = http.AuditActor();
        var manage = review.Can(ReviewPermission.ManageActions);
        var onlyAgency = !manage && review.ActorRole == ReviewRole.AgencyContact ? actor.AgencyId ?? Guid.Empty : (Guid?)null;
        return new ActionScope(review.Id, review.PartnershipId, actor, onlyAgency, manage);
    }
}
