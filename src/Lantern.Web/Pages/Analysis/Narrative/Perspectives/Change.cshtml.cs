namespace Lantern.Web.Pages.Analysis.Narrative.Perspectives;

/// <summary>Changes an account, for example after its author corrects it. A stale save shows both versions.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ChangeModel(NarrativeService narrative, NarrativeQueries queries, LanternDbContext db) : PerspectiveFormModel(queries, db)
{
    private readonly LanternDbContext db = db;

    public Perspective Perspective { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid sectionId, Guid perspectiveId)
    {
        if (!await FindAsync(sectionId, perspectiveId))
        {
            return NotFound();
        }

        Input = PerspectiveInput.From(Perspective);
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sectionId, Guid perspectiveId)
    {
        if (!await FindAsync(sectionId, perspectiveId))
        {
            return NotFound();
        }

        var result = await narrative.ChangePerspectiveAsync(new ChangePerspectiveOptions(Review.Viewer, perspectiveId, Input.Version, Details), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Account saved";
            return Redirect(SectionPath);
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        await LoadOptionsAsync();
        if (result.Conflict)
        {
            var saved = Perspective;
            string? Name(IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> options, Guid? id) =>
                id is null ? null : options.FirstOrDefault(o => o.Value == id.ToString())?.Text;
            Conflict = await ConflictResponse.ShowAsync(this, db, "account", saved.UpdatedByUserId, saved.UpdatedAt,
            [
                new("Whose account", Name(People, Input.PersonId), Name(People, saved.PersonId)),
                new("Agency", Name(Agencies, Input.AgencyId), Name(Agencies, saved.AgencyId)),
                new("Their account", Input.Account, saved.Account),
            ], HttpContext.RequestAborted);
            Input.Version = saved.Version;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> FindAsync(Guid sectionId, Guid perspectiveId)
    {
        if (!await FindSectionAsync(sectionId))
        {
            return false;
        }

        var perspective = await db.Perspectives.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(p => p.Id == perspectiveId && p.SectionId == sectionId, HttpContext.RequestAborted);
        Perspective = perspective!;
        return perspective is not null;
    }
}
