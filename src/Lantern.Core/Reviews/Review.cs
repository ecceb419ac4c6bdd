namespace Lantern.Core.Reviews;

/// <summary>
/// A multi-agency case review. Its working title is always a pseudonym ("Child Q"): the real identity of the
/// child or adult lives only in restricted records, never in the title, a URL or a log.
/// </summary>
public sealed class Review : IVersioned
{
    private Review()
    {
        WorkingTitle = string.Empty;
    }

    public Review(Guid id, Guid partnershipId, string workingTitle, Guid reviewTypeId, ReviewStatus status,
        DateTime createdAt, Guid createdByUserId)
    {
        var problem = ReviewTitle.Check(workingTitle);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(workingTitle));
        }

        Id = id;
        PartnershipId = partnershipId;
        WorkingTitle = ReviewTitle.Normalise(workingTitle);
        ReviewTypeId = reviewTypeId;
        Status = status;
        CreatedAt = createdAt;
        CreatedByUserId = createdByUserId;
    }

    public Guid Id { get; private set; }
    public Guid PartnershipId { get; private set; }
    public string WorkingTitle { get; private set; }
    public Guid ReviewTypeId { get; private set; }
    public ReviewStatus Status { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public void ChangeDetails(string workingTitle, Guid reviewTypeId, ReviewStatus status)
    {
        var problem = ReviewTitle.Check(workingTitle);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(workingTitle));
        }

        WorkingTitle = ReviewTitle.Normalise(workingTitle);
        ReviewTypeId = reviewTypeId;
        Status = status;
    }
}
