using Lantern.Web.Pages.Analysis.Meetings;
using Lantern.Web.Pages.Analysis.Narrative;

namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>What the review team has shared with the case group for comment: the only part of the analysis
/// case group members see, besides their own conversation notes.</summary>
[ReviewPage(ReviewPermission.ViewSharedAnalysis, AuditActions.SharedAnalysisViewed)]
public sealed class IndexModel(AnalysisQueries queries, NarrativeQueries narrative, MeetingQueries meetings) : ReviewPageModel
{
    public IReadOnlyList<EpisodeRow> Episodes { get; private set; } = [];

    public IReadOnlyList<FindingRow> Findings { get; private set; } = [];

    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Sections = await narrative.SectionsAsync(Review.Viewer.InSharedView(), HttpContext.RequestAborted);
        Meetings = await meetings.InvitedAsync(Review.Viewer, HttpContext.RequestAborted);
        Episodes = await queries.EpisodesAsync(Review.Viewer.InSharedView(), HttpContext.RequestAborted);
        Findings = await queries.FindingsAsync(Review.Viewer.InSharedView(), HttpContext.RequestAborted);
    }
}
