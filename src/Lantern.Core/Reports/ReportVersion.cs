namespace Lantern.Core.Reports;

/// <summary>Where a version of the report stands. It moves forward one step at a time; a new version starts again
/// at drafting.</summary>
public enum ReportStatus
{
    Drafting,
    QualityAssurance,
    AgreedByChair,
    PresentedToBoard,
    Published,
}

/// <summary>How exact dates are written in the published edition.</summary>
public enum PublishedDateStyle
{
    /// <summary>"March 2023".</summary>
    MonthAndYear,

    /// <summary>The child's age at the time ("when Child Q was 2 years old"), or month and year where the date of
    /// birth is not known.</summary>
    ChildAge,
}

/// <summary>One numbered version of a review's report (draft 1, 2...). A new version starts as a copy of the last.</summary>
public sealed class ReportVersion : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int Number { get; set; }
    public ReportStatus Status { get; private set; }
    public PublishedDateStyle DateStyle { get; set; }

    /// <summary>Whether the case group may read this draft and respond (quality marker 12).</summary>
    public bool SharedWithCaseGroup { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime StatusChangedAt { get; set; }
    public Guid StatusChangedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The label used on every edition: "Draft 3".</summary>
    public string Label => $"Draft {Number}";

    /// <summary>Whether the writers may still change its sections.</summary>
    public bool IsOpenForWriting => Status is ReportStatus.Drafting or ReportStatus.QualityAssurance;

    public static ReportVersion Start(Guid reviewId, int number, Guid userId, DateTime at, PublishedDateStyle dateStyle = PublishedDateStyle.MonthAndYear) => new()
    {
        Id = Guid.NewGuid(),
        ReviewId = reviewId,
        Number = number,
        Status = ReportStatus.Drafting,
        DateStyle = dateStyle,
        CreatedAt = at,
        CreatedByUserId = userId,
        StatusChangedAt = at,
        StatusChangedByUserId = userId,
    };

    /// <summary>The status after this one, or null at the end.</summary>
    public ReportStatus? Next => Status switch
    {
        ReportStatus.Drafting => ReportStatus.QualityAssurance,
        ReportStatus.QualityAssurance => ReportStatus.AgreedByChair,
        ReportStatus.AgreedByChair => ReportStatus.PresentedToBoard,
        ReportStatus.PresentedToBoard => ReportStatus.Published,
        _ => null,
    };

    /// <summary>Moves the version on one step. Refused when <paramref name="to"/> is not the next step, when comments
    /// are open and the chair is asked to agree it, or when it would be published while the published edition is not ready.</summary>
    public string? MoveTo(ReportStatus to, int openComments, bool publishedEditionReady, Guid userId, DateTime at)
    {
        if (Next != to)
        {
            return Next is null
                ? "This version has been published. Start a new version to change the report"
                : $"This version can only move on to {ReportStatuses.Name(Next.Value).ToLowerInvariant()}";
        }

        if (to == ReportStatus.AgreedByChair && openComments > 0)
        {
            return openComments == 1
                ? "1 quality-assurance comment is still open. Answer or resolve it before the chair agrees this version"
                : $"{openComments} quality-assurance comments are still open. Answer or resolve them before the chair agrees this version";
        }

        if (to == ReportStatus.Published && !publishedEditionReady)
        {
            return "The published edition is not ready for publication. Resolve its disclosure-risk check and mark it ready first";
        }

        Status = to;
        StatusChangedAt = at;
        StatusChangedByUserId = userId;
        return null;
    }
}

/// <summary>One step a version was moved on, by whom and when.</summary>
public sealed class ReportStatusChange
{
    public Guid Id { get; set; }
    public Guid VersionId { get; set; }
    public ReportStatus From { get; set; }
    public ReportStatus To { get; set; }
    public Guid ByUserId { get; set; }
    public DateTime At { get; set; }
}

public static class ReportStatuses
{
    public static string Name(ReportStatus status) => status switch
    {
        ReportStatus.Drafting => "Drafting",
        ReportStatus.QualityAssurance => "Quality assurance",
        ReportStatus.AgreedByChair => "Agreed by the chair",
        ReportStatus.PresentedToBoard => "Presented to the Board",
        ReportStatus.Published => "Published",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Whether the Board may read the restricted and published editions: once the version has been presented.</summary>
    public static bool BoardMayRead(ReportStatus status) => status >= ReportStatus.PresentedToBoard;
}
