namespace Lantern.Web.Pages.Analysis.Narrative;

/// <summary>The practitioners' narrative: its sections in the order of the case, each with how many accounts
/// it holds and how many discrepancies are still to explore.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(NarrativeQueries queries) : ReviewPageModel
{
    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public async Task OnGetAsync() => Sections = await queries.SectionsAsync(Review.Viewer, HttpContext.RequestAborted);
}
