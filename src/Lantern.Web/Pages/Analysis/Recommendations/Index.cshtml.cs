namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>The review's recommendations, where it makes them, with their kind, level and finding.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries) : ReviewPageModel
{
    public IReadOnlyList<RecommendationRow> Recommendations { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Recommendations = await queries.RecommendationsAsync(Review.Viewer, HttpContext.RequestAborted);
}
