namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>Adds a recommendation.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class AddModel(RecommendationService recommendations, LanternDbContext db) : RecommendationFormModel(db)
{
    public async Task OnGetAsync(Guid? findingId)
    {
        Input.FindingIds = findingId is { } id ? [id] : [];
        await LoadFindingsAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadInput() is { } details)
        {
            var (result, _) = await recommendations.AddAsync(details, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Recommendation added";
                return Redirect(Link.Recommendations(Review.Id));
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadFindingsAsync();
        return Page();
    }
}
