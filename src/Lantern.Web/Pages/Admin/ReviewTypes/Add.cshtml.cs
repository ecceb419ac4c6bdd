namespace Lantern.Web.Pages.Admin.ReviewTypes;

[PartnershipPage(PartnershipPermission.ManageReviewTypes)]
public sealed class AddModel(ReviewTypeService types) : PageModel
{
    [BindProperty(Name = "Input")]
    public ReviewTypeInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await types.AddReviewTypeAsync(new AddReviewTypeOptions(User.RequireActor().PartnershipId, Input.Name!),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input");
            return Page();
        }

        Notice = $"{Input.Name!.Trim()} added";
        return RedirectToPage("/Admin/ReviewTypes/Index");
    }
}
