namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>The review's findings in priority order, each with what it still needs before it can be agreed and its
/// pattern categories (the main one first).</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries, CodingSchemes schemes, LanternDbContext db) : ReviewPageModel
{
    public IReadOnlyList<FindingRow> Findings { get; private set; } = [];

    /// <summary>"Main: X; also: Y" for each finding with pattern categories.</summary>
    public IReadOnlyDictionary<Guid, string> Patterns { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Findings = await queries.FindingsAsync(Review.Viewer, ct);
        var codes = await db.AnalysisCodes.AsNoTracking().Where(c => c.ReviewId == Review.Id && c.ItemKind == AnalysisItemKind.Finding).ToListAsync(ct);
        var patterns = new Dictionary<Guid, string>();
        foreach (var finding in codes.GroupBy(c => c.ItemId))
        {
            patterns[finding.Key] = CodeRow.PatternSummary(await schemes.DescribeAsync(Review.PartnershipId, finding, ct));
        }

        Patterns = patterns;
    }
}
