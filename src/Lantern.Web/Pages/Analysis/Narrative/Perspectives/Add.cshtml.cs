namespace Lantern.Web.Pages.Analysis.Narrative.Perspectives;

/// <summary>Adds a person's or agency's account to a section of the narrative.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class AddModel(NarrativeService narrative, NarrativeQueries queries, LanternDbContext db) : PerspectiveFormModel(queries, db)
{
    public async Task<IActionResult> OnGetAsync(Guid sectionId)
    {
        if (!await FindSectionAsync(sectionId))
        {
            return NotFound();
        }

        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sectionId)
    {
        if (!await FindSectionAsync(sectionId))
        {
            return NotFound();
        }

        var (result, _) = await narrative.AddPerspectiveAsync(Details, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Account added";
            return Redirect(SectionPath);
        }

        result.AddTo(ModelState, "Input");
        await LoadOptionsAsync();
        return Page();
    }
}
