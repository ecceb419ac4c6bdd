using Lantern.Web.Pages.Analysis.Narrative;

namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>A narrative section shared with the case group: the accounts and discrepancies, without links to
/// sources the case group cannot open.</summary>
[ReviewPage(ReviewPermission.ViewSharedAnalysis, AuditActions.SharedAnalysisViewed)]
public sealed class SectionModel(AnalysisService analysis, AnalysisQueries queries, NarrativeQueries narrative) : SharedItemModel(analysis, queries)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.NarrativeSection;

    protected override string RouteKey => "sectionId";

    public NarrativeSection Section { get; private set; } = null!;

    public IReadOnlyList<PerspectiveView> Perspectives { get; private set; } = [];

    public IReadOnlyList<DiscrepancyView> Discrepancies { get; private set; } = [];

    protected override async Task<bool> LoadItemAsync(Guid itemId)
    {
        var ct = HttpContext.RequestAborted;
        var section = await narrative.SectionAsync(Review.Viewer.InSharedView(), itemId, ct);
        if (section is null)
        {
            return false;
        }

        Section = section;
        Perspectives = await narrative.PerspectivesAsync(Review.Viewer.InSharedView(), [itemId], withSources: false, ct);
        Discrepancies = await narrative.DiscrepanciesAsync(Review.Viewer.InSharedView(), [itemId], Perspectives, ct);
        return true;
    }
}
