using Lantern.Core.Disclosure;

namespace Lantern.Core.Reports;

/// <summary>
/// One edition of a report version as last checked: the disclosure-risk check's hits (JSON) for the text it was
/// built from (its hash), the writers' resolutions, whether it is marked ready for publication, and any chair's override.
/// </summary>
public sealed class ReportEdition : IVersioned
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid VersionId { get; set; }
    public EditionKind Kind { get; set; }
    public DateTime CheckedAt { get; set; }

    /// <summary>A hash of the edition's text when last checked: a change anywhere makes the check run again.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public string HitsJson { get; set; } = "[]";
    public int HighUnresolved { get; set; }
    public DateTime? ReadyAt { get; set; }
    public Guid? ReadyByUserId { get; set; }
    public string? OverrideReason { get; set; }
    public Guid? OverrideByUserId { get; set; }
    public DateTime? OverrideAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsReady => ReadyAt is not null;
}

/// <summary>A writer's decision on one hit of an edition, kept and audited.</summary>
public sealed class ReportHitResolution
{
    public Guid Id { get; set; }
    public Guid EditionId { get; set; }
    public DisclosureRule Rule { get; set; }
    public string Words { get; set; } = string.Empty;
    public int Occurrence { get; set; }
    public HitResolutionKind Kind { get; set; }
    public string? Replacement { get; set; }
    public string? Reason { get; set; }
    public Guid ByUserId { get; set; }
    public DateTime At { get; set; }

    public HitKey Key => new(Rule, Words, Occurrence);
}

/// <summary>A detail the review team records as identifying the family, kept on the review (the "identifying
/// details" list): the check looks for it and the published edition replaces it.</summary>
public sealed class ReviewIdentifyingDetail : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public IdentifyingDetailKind Kind { get; set; }
    public string Text { get; set; } = string.Empty;
    public string Replacement { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public IdentifyingDetail ToDetail() => new(Kind, Text, Replacement);
}
