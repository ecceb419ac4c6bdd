using Lantern.Web.Infrastructure.Layout;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Admin.Agencies;

[PartnershipPage(PartnershipPermission.ManageAgencies)]
public sealed class EditModel(AgencyService agencies) : PageModel
{
    [BindProperty(Name = "Input")]
    public AgencyInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<SelectListItem> Types { get; } = SelectItems.AgencyTypes();

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId)
    {
        if (!await FillAsync(agencyId))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid agencyId)
    {
        if (await agencies.FindAsync(User.RequireActor().PartnershipId, agencyId, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await agencies.ChangeAgencyAsync(
            new ChangeAgencyOptions(User.RequireActor().PartnershipId, agencyId, Input.Name!, Input.Type!.Value, Input.IsActive, Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"{Input.Name!.Trim()} saved";
            return RedirectToPage("/Admin/Agencies/Index");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            Conflict = true;
            ModelState.Clear();
            await FillAsync(agencyId);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> FillAsync(Guid agencyId)
    {
        var agency = await agencies.FindAsync(User.RequireActor().PartnershipId, agencyId, HttpContext.RequestAborted);
        if (agency is null)
        {
            return false;
        }

        Input = new AgencyInput { Name = agency.Name, Type = agency.Type, IsActive = agency.IsActive };
        Version = agency.Version;
        return true;
    }
}
