namespace Lantern.Core.Analysis;

/// <summary>The kinds of analysis item that can be commented on, challenged, shared, coded and linked.</summary>
public enum AnalysisItemKind
{
    Episode,
    Finding,
    Recommendation,
    NarrativeSection,
    Perspective,
    Discrepancy,

    /// <summary>A conversation, whose statements link to the chronology entries they speak to.</summary>
    Conversation,
}

/// <summary>What an analysis item can point to as its evidence.</summary>
public enum EvidenceKind
{
    /// <summary>An entry in the merged chronology, by its lineage (so the link survives a new version of the
    /// agency's chronology).</summary>
    ChronologyEntry,

    Conversation,
    Document,

    /// <summary>A key practice episode (a finding's evidence).</summary>
    Episode,
}

/// <summary>
/// A key practice episode: a moment or stretch of practice the review team judges important for what it shows
/// about the system. What happened and what was known then are kept apart from what was learned later, so the
/// appraisal can be judged against what was knowable at the time.
/// </summary>
public sealed partial class KeyPracticeEpisode : IVersioned, IWithdrawable, IAgreeable
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 10_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The episode's number in the review, from 1, never reused.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = string.Empty;
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }

    /// <summary>The agencies involved in the episode.</summary>
    public List<Guid> AgencyIds { get; set; } = [];

    public string WhatHappened { get; set; } = string.Empty;

    /// <summary>What the practitioners knew or could have known then, apart from what was learned afterwards.</summary>
    public string? KnownThen { get; set; }

    public PracticeAppraisal? Appraisal { get; set; }
    public string? AppraisalReasons { get; set; }

    /// <summary>Why the practice made sense to those involved at the time (local rationality).</summary>
    public string? Explanation { get; set; }

    public EpisodeSource RaisedBy { get; set; }
    public EpisodeStatus Status { get; private set; }

    /// <summary>When the episode was shared with the case group for comment; null when it is not shared.</summary>
    public DateTime? SharedAt { get; private set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }

    public string? AgreedText { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>
/// A finding about how the multi-agency system works, in the anatomy of <see cref="FindingAnatomy"/>. Its
/// issues for the Board are <see cref="BoardIssue"/> rows, its pattern categories are <see cref="AnalysisCode"/>
/// rows and the episodes and evidence behind it are <see cref="AnalysisLink"/> rows.
/// </summary>
public sealed partial class Finding : IVersioned, IWithdrawable, IAgreeable
{
    public const int TextMaxLength = 10_000;
    public const int EvidenceMaxLength = 2_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? InThisCase { get; set; }
    public string? NotPeculiar { get; set; }
    public string? HowWidespread { get; set; }
    public string? WhyItMatters { get; set; }
    public string? Statement { get; set; }
    public bool IsGoodPractice { get; set; }

    /// <summary>The review team's order of priority, 1 first; null until ranked.</summary>
    public int? PriorityRank { get; set; }

    public StillHappens StillHappens { get; set; }
    public string? StillHappensEvidence { get; set; }
    public DateOnly? StillHappensCheckedOn { get; set; }

    /// <summary>How far the finding is agreed: proposed, agreed by the review team, checked with the case group.</summary>
    public EpisodeStatus Status { get; private set; }

    public DateTime? SharedAt { get; private set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }

    public string? AgreedText { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One open question a finding puts to the Board.</summary>
public sealed class BoardIssue
{
    public Guid Id { get; set; }
    public Guid FindingId { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>Its place in the finding's list, from 1.</summary>
    public int Position { get; set; }

    public string Text { get; set; } = string.Empty;
}

/// <summary>A recommendation, where the review makes them, of one of the three kinds.</summary>
public sealed class Recommendation : IVersioned, IWithdrawable
{
    public const int TextMaxLength = 2_000;
    public const int OwnerMaxLength = 200;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public int Number { get; set; }
    public string Text { get; set; } = string.Empty;
    public RecommendationKind Kind { get; set; }
    public RecommendationLevel Level { get; set; }
    public string? SuggestedOwner { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Changes what the recommendation says (the findings it draws on are rows of their own).</summary>
    public void Change(string text, RecommendationKind kind, RecommendationLevel level, string? suggestedOwner, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text.Trim();
        Kind = kind;
        Level = level;
        SuggestedOwner = ItemText.Tidy(suggestedOwner);
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
    }
}

/// <summary>A code from a coding scheme applied to an analysis item: a contributory factor on an episode, a
/// pattern category on a finding. The scheme's version is kept so a later version of the scheme cannot
/// silently change what was coded.</summary>
public sealed class AnalysisCode
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public AnalysisItemKind ItemKind { get; set; }
    public Guid ItemId { get; set; }
    public string SchemeKey { get; set; } = string.Empty;
    public int SchemeVersion { get; set; }
    public string CodeKey { get; set; } = string.Empty;

    /// <summary>Whether this is the item's main code of its scheme (a finding's main pattern category); the
    /// others are secondary.</summary>
    public bool IsMain { get; set; }

    /// <summary>How the code applied here (how a contributory factor played out in the episode).</summary>
    public string? Note { get; set; }

    public const int NoteMaxLength = 1_000;
}

/// <summary>A finding a recommendation draws on; a recommendation may draw on several.</summary>
public sealed class RecommendationFinding
{
    public Guid RecommendationId { get; set; }
    public Guid FindingId { get; set; }
    public Guid ReviewId { get; set; }
}

/// <summary>An issue for the Board that a recommendation answers.</summary>
public sealed class RecommendationIssue
{
    public Guid RecommendationId { get; set; }
    public Guid BoardIssueId { get; set; }
    public Guid ReviewId { get; set; }
}

/// <summary>A link from an analysis item to what it rests on.</summary>
public sealed class AnalysisLink
{
    public const int NoteMaxLength = 500;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public AnalysisItemKind FromKind { get; set; }
    public Guid FromId { get; set; }
    public EvidenceKind ToKind { get; set; }
    public Guid ToId { get; set; }
    public string? Note { get; set; }
    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A comment on an analysis item, in a thread under it.</summary>
public sealed class AnalysisComment
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public AnalysisItemKind ItemKind { get; set; }
    public Guid ItemId { get; set; }
    public Guid AuthorUserId { get; set; }
    public string Text { get; set; } = string.Empty;
    public DateTime CreatedAt { get; set; }
}
