using Lantern.Web.Infrastructure.Layout;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Admin.Agencies;

[PartnershipPage(PartnershipPermission.ManageAgencies)]
public sealed class AddModel(AgencyService agencies) : PageModel
{
    [BindProperty(Name = "Input")]
    public AgencyInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Types { get; } = SelectItems.AgencyTypes();

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

        var result = await agencies.AddAgencyAsync(new AddAgencyOptions(User.RequireActor().PartnershipId, Input.Name!, Input.Type!.Value),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input");
            return Page();
        }

        Notice = $"{Input.Name!.Trim()} added";
        return RedirectToPage("/Admin/Agencies/Index");
    }
}
