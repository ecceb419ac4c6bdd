namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>One key practice episode: what happened and what was known then, the appraisal and explanation,
/// contributory factors, evidence, the findings it supports, comments and challenges.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class EpisodeModel(EpisodeService episodes, AnalysisService analysis, AnalysisQueries queries, LanternDbContext db) : ItemPageModel(analysis, queries)
{
    protected override AnalysisItemKind Kind => AnalysisItemKind.Episode;

    protected override string RouteKey => "episodeId";

    public KeyPracticeEpisode Episode { get; private set; } = null!;

    public IReadOnlyList<string> Agencies { get; private set; } = [];

    public IReadOnlyList<CodeRow> Factors { get; private set; } = [];

    public IReadOnlyList<(Guid Id, int Number, string Title)> Findings { get; private set; } = [];

    public AgreementView Agreement { get; private set; } = null!;

    protected override string ItemPath(Guid itemId) => Link.Episode(Review.Id, itemId);

    protected override async Task<bool> LoadAsync(Guid itemId)
    {
        var ct = HttpContext.RequestAborted;
        var episode = await db.Episodes.IgnoreQueryFilters().AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(e => e.Id == itemId, ct);
        if (episode is null)
        {
            return false;
        }

        Episode = episode;
        Agencies = AnalysisQueries.Names(episode.AgencyIds, await Queries.AgencyNamesAsync(Review.PartnershipId, ct));
        Factors = await Queries.CodesAsync(Review.PartnershipId, itemId, ct);
        Agreement = await Queries.AgreementAsync(episode, itemId, AgreedWording.ForEpisode(episode), AuditActions.EpisodeChanged, AuditActions.EpisodeStatusChanged, ct);
        Findings = (await db.AnalysisLinks.AsNoTracking().Where(l => l.ToId == itemId && l.ToKind == EvidenceKind.Episode)
                .Join(db.Findings.VisibleTo(Review.Viewer), l => l.FromId, f => f.Id, (l, f) => new { f.Id, f.Number, f.Title }).OrderBy(f => f.Number).ToListAsync(ct))
            .Select(f => (f.Id, f.Number, f.Title)).ToList();
        await LoadSharedPartsAsync(itemId);
        return true;
    }

    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostStatusAsync(EpisodeStatus to, Guid version)
    {
        var result = await episodes.MoveStatusAsync(new MoveEpisodeOptions(Review.Viewer, Review.PartnershipId, ItemId, to, version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        return await AfterAsync(result, ItemId, $"Episode now {to.DisplayName().ToLowerInvariant()}", string.Empty, null);
    }
}
