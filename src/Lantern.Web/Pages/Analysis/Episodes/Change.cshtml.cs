namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>Changes a key practice episode. When someone else saved it first, the save is refused and the page
/// shows both versions side by side, keeping what this person typed.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ChangeModel(EpisodeService episodes, LanternDbContext db) : EpisodeFormModel(db)
{
    private readonly LanternDbContext db = db;

    public KeyPracticeEpisode Episode { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid episodeId)
    {
        if (await FindAsync(episodeId) is not { } episode)
        {
            return NotFound();
        }

        Input = EpisodeInput.From(episode);
        await LoadAgenciesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid episodeId)
    {
        if (await FindAsync(episodeId) is null)
        {
            return NotFound();
        }

        if (ReadInput() is { } details)
        {
            var result = await episodes.ChangeEpisodeAsync(new ChangeEpisodeOptions(Review.Viewer, episodeId, Input.Version, details), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Episode saved";
                return Redirect(Link.Episode(Review.Id, episodeId));
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                await ShowConflictAsync(episodeId);
                await LoadAgenciesAsync();
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAgenciesAsync();
        return Page();
    }

    private async Task ShowConflictAsync(Guid episodeId)
    {
        var saved = (await FindAsync(episodeId))!;
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, HttpContext.RequestAborted);
        string Agencies(IEnumerable<Guid> ids) => string.Join(", ", AnalysisQueries.Names(ids, agencies));
        Conflict = await ConflictResponse.ShowAsync(this, db, "episode", saved.UpdatedByUserId, saved.UpdatedAt,
        [
            new("Title", Input.Title, saved.Title),
            new("Period", PeriodText.Of(Input.PeriodFrom.TryGetDate(), Input.PeriodTo.TryGetDate()), PeriodText.Of(saved.PeriodFrom, saved.PeriodTo)),
            new("Agencies involved", Agencies(Input.AgencyIds), Agencies(saved.AgencyIds)),
            new("What happened", Input.WhatHappened, saved.WhatHappened),
            new("What was known then", Input.KnownThen, saved.KnownThen),
            new("Appraisal", Input.Appraisal?.DisplayName(), saved.Appraisal?.DisplayName()),
            new("Reasons for the appraisal", Input.AppraisalReasons, saved.AppraisalReasons),
            new("Why it made sense at the time", Input.Explanation, saved.Explanation),
            new("Who raised it", Input.RaisedBy?.DisplayName(), saved.RaisedBy.DisplayName()),
        ], HttpContext.RequestAborted);
        Input.Version = saved.Version;
    }

    private async Task<KeyPracticeEpisode?> FindAsync(Guid episodeId)
    {
        var episode = await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(e => e.Id == episodeId, HttpContext.RequestAborted);
        if (episode is not null)
        {
            Episode = episode;
        }

        return episode;
    }
}
