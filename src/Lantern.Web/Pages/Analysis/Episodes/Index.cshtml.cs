namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>The review's key practice episodes in number order, filterable by appraisal and status.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries) : ReviewPageModel
{
    public IReadOnlyList<EpisodeRow> Episodes { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true)]
    public PracticeAppraisal? Appraisal { get; set; }

    [BindProperty(SupportsGet = true)]
    public EpisodeStatus? Status { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        var all = await queries.EpisodesAsync(Review.Viewer, HttpContext.RequestAborted);
        Total = all.Count;
        Episodes = all.Where(e => (Appraisal is null || e.Appraisal == Appraisal) && (Status is null || e.Status == Status)).ToList();
    }
}
