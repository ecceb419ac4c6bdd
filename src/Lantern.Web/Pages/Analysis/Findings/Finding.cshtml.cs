namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>One finding in its anatomy, with what it still needs, its issues for the Board, pattern categories,
/// the episodes and evidence behind it, recommendations, comments and challenges.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class FindingModel(FindingService findings, AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : ItemPageModel(analysis, queries)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.Finding;

    protected override string RouteKey => "findingId";

    public Finding Finding { get; private set; } = null!;

    public IReadOnlyList<string> Issues { get; private set; } = [];

    public IReadOnlyList<CodeRow> Patterns { get; private set; } = [];

    public IReadOnlyList<string> Missing { get; private set; } = [];

    public IReadOnlyList<RecommendationRow> Recommendations { get; private set; } = [];

    public AgreementView Agreement { get; private set; } = null!;

    protected override string ItemPath(Guid itemId) => Link.Finding(Review.Id, itemId);

    protected override async Task<bool> LoadAsync(Guid itemId)
    {
        var ct = HttpContext.RequestAborted;
        var finding = await db.Findings.IgnoreQueryFilters().AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(f => f.Id == itemId, ct);
        if (finding is null)
        {
            return false;
        }

        Finding = finding;
        Issues = (await db.BoardIssues.AsNoTracking().Where(i => i.FindingId == itemId).OrderBy(i => i.Position).Select(i => i.Text).ToListAsync(ct)).ConvertAll(FindingAnatomy.TidyIssue);
        Patterns = await Queries.CodesAsync(Review.PartnershipId, itemId, ct);
        Agreement = await Queries.AgreementAsync(finding, itemId, AgreedWording.ForFinding(finding, Issues), AuditActions.FindingChanged, AuditActions.FindingStatusChanged, ct);
        Missing = FindingAnatomy.Missing(new FindingDraft(finding.Title, finding.InThisCase, finding.NotPeculiar, finding.HowWidespread, finding.WhyItMatters,
            finding.Statement, Issues, finding.IsGoodPractice));
        Recommendations = (await Queries.RecommendationsAsync(Review.Viewer, ct)).Where(r => r.Findings.Any(f => f.Id == finding.Id)).ToList();
        await LoadSharedPartsAsync(itemId);
        return true;
    }

    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostStatusAsync(EpisodeStatus to, Guid version)
    {
        var result = await findings.MoveStatusAsync(new MoveFindingOptions(Review.Viewer, Review.PartnershipId, ItemId, to, version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, $"Finding now {to.DisplayName().ToLowerInvariant()}", string.Empty, null);
    }
}
