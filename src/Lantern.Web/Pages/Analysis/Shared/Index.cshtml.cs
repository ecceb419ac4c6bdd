using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Web.Infrastructure.Access;

namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>What the review team has shared with the case group for comment: the only part of the analysis
/// case group members see, besides their own conversation notes.</summary>
[ReviewPage(ReviewPermission.ViewSharedAnalysis, AuditActions.SharedAnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries) : ReviewPageModel
{
    public IReadOnlyList<EpisodeRow> Episodes { get; private set; } = [];

    public IReadOnlyList<FindingRow> Findings { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Episodes = await queries.EpisodesAsync(Review.Id, Review.PartnershipId, sharedOnly: true, HttpContext.RequestAborted);
        Findings = await queries.FindingsAsync(Review.Id, sharedOnly: true, HttpContext.RequestAborted);
    }
}
