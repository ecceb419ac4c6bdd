namespace Lantern.Web.Pages.Analysis.Narrative;

/// <summary>One section of the narrative: the accounts of the period side by side with their sources, the
/// discrepancies between them, sharing with the case group, comments and challenges.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class SectionModel(AnalysisService analysis, AnalysisQueries queries, NarrativeQueries narrative, NarrativeService sections) : ItemPageModel(analysis, queries)
{
    private readonly AnalysisService analysis = analysis;

    protected override AnalysisItemKind Kind => AnalysisItemKind.NarrativeSection;

    protected override string RouteKey => "sectionId";

    public NarrativeSection Section { get; private set; } = null!;

    public IReadOnlyList<PerspectiveView> Perspectives { get; private set; } = [];

    public IReadOnlyList<DiscrepancyView> Discrepancies { get; private set; } = [];

    public AgreementView Agreement { get; private set; } = null!;

    protected override string ItemPath(Guid itemId) => Link.NarrativeSection(Review.Id, itemId);

    protected override async Task<bool> LoadAsync(Guid itemId)
    {
        var ct = HttpContext.RequestAborted;
        var section = await narrative.SectionAsync(Review.Viewer, itemId, ct, includeWithdrawn: true);
        if (section is null)
        {
            return false;
        }

        Section = section;
        Agreement = await Queries.AgreementAsync(section, itemId, AgreedWording.ForSection(section), AuditActions.NarrativeSectionChanged, AuditActions.NarrativeSectionStatusChanged, ct);
        Perspectives = await narrative.PerspectivesAsync(Review.Viewer, [itemId], withSources: true, ct);
        Discrepancies = await narrative.DiscrepanciesAsync(Review.Viewer, [itemId], Perspectives, ct);
        await LoadSharedPartsAsync(itemId);
        return true;
    }

    /// <summary>Moves the section a step: proposed, agreed by the review team, checked with the case group.</summary>
    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostStatusAsync(EpisodeStatus to, Guid version)
    {
        var result = await sections.MoveSectionStatusAsync(new MoveSectionOptions(Review.Viewer, Review.PartnershipId, ItemId, to, version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, $"Section now {to.DisplayName().ToLowerInvariant()}", string.Empty, null);
    }

    /// <summary>Removes one of an account's source links.</summary>
    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostUnlinkSourceAsync(Guid perspectiveId, Guid linkId)
    {
        var item = new ItemRef(Review.Viewer, AnalysisItemKind.Perspective, perspectiveId);
        var result = await analysis.UnlinkEvidenceAsync(item, linkId, HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, "Source link removed", string.Empty, null);
    }
}
