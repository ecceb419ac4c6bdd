namespace Lantern.Core.Reviews;

/// <summary>A person's role on one review. One role per person per review.</summary>
public sealed class ReviewMember : IVersioned
{
    private ReviewMember()
    {
    }

    public ReviewMember(Guid id, Guid reviewId, Guid userId, ReviewRole role, DateTime addedAt, Guid addedByUserId)
    {
        Id = id;
        ReviewId = reviewId;
        UserId = userId;
        Role = role;
        AddedAt = addedAt;
        AddedByUserId = addedByUserId;
    }

    public Guid Id { get; private set; }
    public Guid ReviewId { get; private set; }
    public Guid UserId { get; private set; }
    public ReviewRole Role { get; private set; }
    public DateTime AddedAt { get; private set; }
    public Guid AddedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void ChangeRole(ReviewRole role) => Role = role;
}
