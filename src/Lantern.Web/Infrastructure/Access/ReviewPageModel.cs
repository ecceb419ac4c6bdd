namespace Lantern.Web.Infrastructure.Access;

/// <summary>What a review page knows about its review once access has been granted. <see cref="Viewer"/> is the
/// signed-in person on this review, for the record rules: load the review's items through <c>VisibleTo(Review.Viewer)</c>.</summary>
public sealed record ReviewContext(
    Guid Id,
    Guid PartnershipId,
    string WorkingTitle,
    string TypeName,
    ReviewStatus Status,
    ReviewRole? ActorRole,
    IReadOnlySet<ReviewPermission> Permissions,
    Viewer Viewer)
{
    public bool Can(ReviewPermission permission) => Permissions.Contains(permission);
}

/// <summary>Base for pages about one review. <see cref="Review"/> is set by the access filter before any
/// handler runs, so a handler never sees a review its user may not.</summary>
public abstract class ReviewPageModel : PageModel
{
    public ReviewContext Review { get; set; } = null!;
}
