using static Lantern.Web.Pages.Analysis.AnalysisWrites;

namespace Lantern.Web.Pages.Analysis;

/// <summary>An analysis item as <see cref="Viewer"/> asks for it: the service finds it only if the rules let them see it.</summary>
public sealed record ItemRef(Viewer Viewer, AnalysisItemKind Kind, Guid ItemId)
{
    public Guid ReviewId => Viewer.ReviewId;

    public Guid PartnershipId => Viewer.PartnershipId;
}

public sealed record LinkEvidenceOptions(ItemRef Item, EvidenceKind To, Guid ToId, string? Note);

public sealed record CommentOptions(ItemRef Item, string? Text);

public sealed record ChallengeOptions(ItemRef Item, string? Text);

public sealed record AnswerChallengeOptions(Viewer Viewer, Guid ChallengeId, string? Response, ChallengeOutcome Outcome, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;

    public Guid PartnershipId => Viewer.PartnershipId;
}
