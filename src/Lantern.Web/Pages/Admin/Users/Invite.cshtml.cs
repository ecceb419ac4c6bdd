using Lantern.Web.Pages.Admin.Agencies;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Admin.Users;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class InviteModel(UserAdminService admin, AgencyService agencies) : PageModel
{
    [BindProperty(Name = "Input")]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    /// <summary>Set once the invitation exists: shown to the administrator on this response only.</summary>
    public Invitation? Sent { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var actor = User.RequireActor();
            var (result, invitation) = await admin.InviteUserAsync(
                new InviteUserOptions(actor.PartnershipId, Input.DisplayName!, Input.Email!, Input.AgencyId!.Value, Input.CombinedRoles()),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Sent = invitation;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Agencies = UserInput.AgencyItems(await agencies.ListAsync(User.RequireActor().PartnershipId, activeOnly: true, HttpContext.RequestAborted));
}
