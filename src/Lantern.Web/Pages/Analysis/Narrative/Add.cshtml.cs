namespace Lantern.Web.Pages.Analysis.Narrative;

/// <summary>Adds a section (a period) to the practitioners' narrative.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class AddModel(NarrativeService narrative) : SectionFormModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadInput() is { } details)
        {
            var (result, sectionId) = await narrative.AddSectionAsync(details, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Section added";
                return Redirect(Link.NarrativeSection(Review.Id, sectionId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }
}
