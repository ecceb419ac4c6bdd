namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>Adds a finding. A draft needs only the finding itself; the rest can follow.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class AddModel(FindingService findings, LanternDbContext db, CodingSchemes schemes) : FindingFormModel(db, schemes)
{
    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadInput() is { } details)
        {
            var (result, findingId) = await findings.AddFindingAsync(details, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Finding added";
                return Redirect(Link.Finding(Review.Id, findingId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadChoicesAsync();
        return Page();
    }
}
