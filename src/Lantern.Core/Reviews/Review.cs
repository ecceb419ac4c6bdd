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

    /// <summary>The person in the business unit who looks after the review day to day.</summary>
    public Guid? OwnerUserId { get; private set; }

    /// <summary>The review roles that may see real identities behind the pseudonyms (the business unit and
    /// chair always may).</summary>
    public Access.IdentityRoles RealIdentityRoles { get; private set; } = Access.IdentityRoles.Default;

    /// <summary>When the review was withdrawn (created in error, or a duplicate); null while it stands.</summary>
    public DateTime? WithdrawnAt { get; private set; }

    public Guid? WithdrawnByUserId { get; private set; }
    public string? WithdrawnReason { get; private set; }

    /// <summary>What the review's status was before it was withdrawn, so the record reads truly.</summary>
    public ReviewStatus? StatusBeforeWithdrawal { get; private set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public const int WithdrawnReasonMaxLength = 1_000;

    /// <summary>Withdraws the review: it is kept with the reason, but leaves every list of work and every count.</summary>
    public void Withdraw(string reason, Guid byUserId, DateTime at)
    {
        if (Status == ReviewStatus.Withdrawn)
        {
            throw new InvalidOperationException("The review has already been withdrawn.");
        }

        StatusBeforeWithdrawal = Status;
        Status = ReviewStatus.Withdrawn;
        WithdrawnReason = reason.Trim();
        WithdrawnByUserId = byUserId;
        WithdrawnAt = at;
    }

    public void SetIdentityRoles(Access.IdentityRoles roles) => RealIdentityRoles = roles;

    public void AssignOwner(Guid? ownerUserId) => OwnerUserId = ownerUserId;

    /// <summary>Moves the review on after the chair's decision: to a review in progress, or not taken forward.</summary>
    public void ApplyDecision(bool toReview, Guid? reviewTypeId)
    {
        Status = toReview ? ReviewStatus.InProgress : ReviewStatus.NotProceeding;
        if (toReview && reviewTypeId is { } type)
        {
            ReviewTypeId = type;
        }
    }

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
