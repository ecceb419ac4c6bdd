namespace Lantern.Web.Pages.Admin.CodingSchemes;

[PartnershipPage(PartnershipPermission.ManageCodingSchemes)]
public sealed class AddModel(CodingSchemeService schemes) : PageModel
{
    [BindProperty(Name = "Input")]
    public CodingSchemeInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A purpose that does not bind is reported by the service in its own words.
        ModelState.Remove("Input.Purpose");
        var result = await schemes.AddCodingSchemeAsync(new AddCodingSchemeOptions(User.RequireActor().PartnershipId, Input.Name, Input.Purpose, Input.Outline),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input");
            return Page();
        }

        Notice = $"{Input.Name!.Trim()} added";
        return RedirectToPage("/Admin/CodingSchemes/Index");
    }
}
