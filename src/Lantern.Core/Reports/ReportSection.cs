namespace Lantern.Core.Reports;

/// <summary>
/// One section of a report version: the writer's text, and the analysis it was written from (the statements drawn
/// from the analysis when the writer last took them in, and their fingerprint). When the analysis changes later the
/// section shows what changed since it was written; the writer's text is never overwritten.
/// </summary>
public sealed class ReportSection : IVersioned
{
    public const int HeadingMaxLength = 120;
    public const int TextMaxLength = 100_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid VersionId { get; set; }
    public string Key { get; set; } = string.Empty;
    public string Heading { get; set; } = string.Empty;
    public int Position { get; set; }
    public string Text { get; set; } = string.Empty;

    /// <summary>The statements drawn from the analysis as they stood when the writer last took them in (JSON).</summary>
    public string SourceJson { get; set; } = "[]";

    public string SourceFingerprint { get; set; } = string.Empty;
    public DateTime WrittenAt { get; set; }
    public Guid WrittenByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A quality-assurance reader's comment on a section, with the writer's answer; open until resolved.</summary>
public sealed class ReportComment
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid VersionId { get; set; }
    public Guid SectionId { get; set; }
    public Guid AuthorUserId { get; set; }
    public string Text { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
    public string? Answer { get; set; }
    public Guid? AnsweredByUserId { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public Guid? ResolvedByUserId { get; set; }
    public DateTime? ResolvedAt { get; set; }

    public bool IsOpen => ResolvedAt is null;
}

/// <summary>Who a draft was given to before the report was completed (quality marker 12).</summary>
public enum DraftReader
{
    Family,
    CaseGroup,
}

/// <summary>A draft given to a family member or the case group to read, and their response, kept with the version.</summary>
public sealed class ReportDraftResponse : IVersioned
{
    public const int TextMaxLength = 8000;
    public const int WhoMaxLength = 200;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid VersionId { get; set; }
    public DraftReader Reader { get; set; }

    /// <summary>For the family: which family member (from the family contact plan).</summary>
    public Guid? FamilyMemberId { get; set; }

    /// <summary>For the case group: the member who responded (their account), when they responded in Lantern.</summary>
    public Guid? RespondentUserId { get; set; }

    public DateOnly GivenOn { get; set; }
    public Guid RecordedByUserId { get; set; }
    public string? Response { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
