namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>Adds a key practice episode.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class AddModel(EpisodeService episodes, LanternDbContext db) : EpisodeFormModel(db)
{
    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAgenciesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadInput() is { } details)
        {
            var (result, episodeId) = await episodes.AddEpisodeAsync(details, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Episode added";
                return Redirect(Link.Episode(Review.Id, episodeId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAgenciesAsync();
        return Page();
    }
}
