namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>An episode shared with the case group.</summary>
[ReviewPage(ReviewPermission.ViewSharedAnalysis, AuditActions.SharedAnalysisViewed)]
public sealed class EpisodeModel(AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : SharedItemModel(analysis, queries)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.Episode;

    protected override string RouteKey => "episodeId";

    public KeyPracticeEpisode Episode { get; private set; } = null!;

    public IReadOnlyList<string> Agencies { get; private set; } = [];

    protected override async Task<bool> LoadItemAsync(Guid itemId)
    {
        var episode = await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer.InSharedView()).SingleOrDefaultAsync(e => e.Id == itemId, HttpContext.RequestAborted);
        if (episode is null)
        {
            return false;
        }

        Episode = episode;
        Agencies = AnalysisQueries.Names(episode.AgencyIds, await Queries.AgencyNamesAsync(Review.PartnershipId, HttpContext.RequestAborted));
        return true;
    }
}
