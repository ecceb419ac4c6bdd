namespace Lantern.Web.Pages.Analysis;

/// <summary>An item's evidence links, with remove buttons and the add link for those who may edit.</summary>
public sealed record EvidenceList(IReadOnlyList<EvidenceRow> Rows, bool CanEdit, string ItemPath);

/// <summary>An item's status with the buttons to move it a step, and sharing with the case group.</summary>
public sealed record StatusAndSharing(EpisodeStatus Status, DateTime? SharedAt, Guid Version, string ItemPath, AnalysisItemKind Kind);

/// <summary>Whether an item is shared with the case group, and where its share form posts.</summary>
public sealed record Sharing(DateTime? SharedAt, string ItemPath);

/// <summary>An item's challenges, with the form to raise one for those who may.</summary>
public sealed record ChallengeList(IReadOnlyList<ChallengeRow> Rows, bool CanRaise, string ItemPath, string? ChallengeText);
