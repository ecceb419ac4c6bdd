namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>A finding shared with the case group.</summary>
[ReviewPage(ReviewPermission.ViewSharedAnalysis, AuditActions.SharedAnalysisViewed)]
public sealed class FindingModel(AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : SharedItemModel(analysis, queries)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.Finding;

    protected override string RouteKey => "findingId";

    public Findings.FindingText Text { get; private set; } = null!;

    protected override async Task<bool> LoadItemAsync(Guid itemId)
    {
        var ct = HttpContext.RequestAborted;
        var finding = await db.Findings.AsNoTracking().VisibleTo(Review.Viewer.InSharedView()).SingleOrDefaultAsync(f => f.Id == itemId, ct);
        if (finding is null)
        {
            return false;
        }

        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.FindingId == itemId).OrderBy(i => i.Position).Select(i => i.Text).ToListAsync(ct)).ConvertAll(FindingAnatomy.TidyIssue);
        Text = new Findings.FindingText(finding, issues, await Queries.CodesAsync(Review.PartnershipId, itemId, ct));
        return true;
    }
}
