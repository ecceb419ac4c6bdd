using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Web.Infrastructure.Access;

namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>The review's findings in priority order, each with what it still needs before it can be agreed.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries) : ReviewPageModel
{
    public IReadOnlyList<FindingRow> Findings { get; private set; } = [];

    public async Task OnGetAsync() => Findings = await queries.FindingsAsync(Review.Id, sharedOnly: false, HttpContext.RequestAborted);
}
