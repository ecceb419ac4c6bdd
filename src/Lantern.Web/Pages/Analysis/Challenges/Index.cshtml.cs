namespace Lantern.Web.Pages.Analysis.Challenges;

/// <summary>The review's challenge log: who challenged what, the response and the outcome.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries) : ReviewPageModel
{
    public IReadOnlyList<ChallengeRow> Challenges { get; private set; } = [];

    public async Task OnGetAsync() => Challenges = await queries.ChallengesAsync(Review.Viewer, null, HttpContext.RequestAborted);
}
