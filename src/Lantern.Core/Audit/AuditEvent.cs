namespace Lantern.Core.Audit;

/// <summary>
/// One entry in the append-only audit trail: who did or saw what, when and from where. It names records by
/// id only and never holds the sensitive content itself. Each event's <see cref="Hash"/> covers its own fields
/// and the previous event's hash, so editing or deleting any event breaks the chain from that point.
/// </summary>
public sealed class AuditEvent
{
    public const int ActionMaxLength = 80;
    public const int EntityTypeMaxLength = 60;
    public const int IpAddressMaxLength = 45;

    private AuditEvent()
    {
        Action = string.Empty;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    public AuditEvent(Guid id, DateTime occurredAt, AuditActor actor, string action, AuditSubject subject)
    {
        Id = id;
        OccurredAt = AuditChain.Truncate(occurredAt);
        UserId = actor.UserId;
        AgencyId = actor.AgencyId;
        PartnershipId = subject.PartnershipId ?? actor.PartnershipId;
        IpAddress = Clip(actor.IpAddress, IpAddressMaxLength);
        Action = action;
        ReviewId = subject.ReviewId;
        EntityType = subject.EntityType;
        EntityId = subject.EntityId;
        PreviousHash = string.Empty;
        Hash = string.Empty;
    }

    /// <summary>Position in the chain, from 1 with no gaps. Assigned when the event is saved.</summary>
    public long Sequence { get; private set; }

    public Guid Id { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public Guid? PartnershipId { get; private set; }
    public Guid? UserId { get; private set; }
    public Guid? AgencyId { get; private set; }
    public string? IpAddress { get; private set; }
    public string Action { get; private set; }
    public Guid? ReviewId { get; private set; }
    public string? EntityType { get; private set; }
    public Guid? EntityId { get; private set; }
    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    public bool IsChained => Hash.Length > 0;

    /// <summary>Places the event after the one with <paramref name="previousSequence"/> and <paramref name="previousHash"/>
    /// (0 and <see cref="AuditChain.Genesis"/> for the first event), and seals it with its hash.</summary>
    public void Chain(long previousSequence, string previousHash, AuditKey key)
    {
        Sequence = previousSequence + 1;
        PreviousHash = previousHash;
        Hash = AuditChain.ComputeHash(this, key);
    }

    private static string? Clip(string? value, int max) =>
        value is null ? null : value.Length <= max ? value : value[..max];
}

/// <summary>Who acted: null ids for someone not signed in.</summary>
public sealed record AuditActor(Guid? UserId, Guid? AgencyId, Guid? PartnershipId, string? IpAddress)
{
    public static readonly AuditActor System = new(null, null, null, null);
}

/// <summary>What the event is about, by id only.</summary>
public sealed record AuditSubject(string? EntityType = null, Guid? EntityId = null, Guid? ReviewId = null, Guid? PartnershipId = null)
{
    public static readonly AuditSubject None = new();

    public static AuditSubject ForReview(Guid reviewId, Guid partnershipId) =>
        new("Review", reviewId, reviewId, partnershipId);
}
