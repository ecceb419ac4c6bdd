using Lantern.Web.Pages.Admin.Agencies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Admin.Users;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class EditModel(UserAdminService admin, AgencyService agencies, UserManager<LanternUser> users) : PageModel
{
    [BindProperty(Name = "Input")]
    public UserInput Input { get; set; } = new();

    [BindProperty]
    public Guid ProfileVersion { get; set; }

    public string Email { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid userId)
    {
        var person = await FindAsync(userId);
        if (person is null)
        {
            return NotFound();
        }

        Fill(person);
        await LoadAgenciesAsync(person.AgencyId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid userId)
    {
        var person = await FindAsync(userId);
        if (person is null)
        {
            return NotFound();
        }

        Email = person.Email ?? string.Empty;
        if (ModelState.IsValid)
        {
            var result = await admin.ChangeUserAsync(
                new ChangeUserOptions(person.PartnershipId, userId, Input.DisplayName!, Input.AgencyId!.Value, Input.CombinedRoles(), ProfileVersion),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Account details saved";
                return RedirectToPage("/Admin/Users/Details", new { userId });
            }

            if (result.Conflict)
            {
                Conflict = true;
                ModelState.Clear();
                Fill(await FindAsync(userId) ?? person);
                Response.StatusCode = StatusCodes.Status409Conflict;
            }
            else
            {
                result.AddTo(ModelState, "Input");
            }
        }

        await LoadAgenciesAsync(person.AgencyId);
        return Page();
    }

    private async Task<LanternUser?> FindAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user?.PartnershipId == User.RequireActor().PartnershipId ? user : null;
    }

    private void Fill(LanternUser person)
    {
        Email = person.Email ?? string.Empty;
        ProfileVersion = person.ProfileVersion;
        Input = new UserInput
        {
            DisplayName = person.DisplayName,
            AgencyId = person.AgencyId,
            Roles = PartnershipRoleNames.All.Where(r => person.PartnershipRoles.HasFlag(r)).ToList(),
        };
    }

    private async Task LoadAgenciesAsync(Guid current)
    {
        var list = await agencies.ListAsync(User.RequireActor().PartnershipId, activeOnly: false, HttpContext.RequestAborted);
        Agencies = UserInput.AgencyItems(list.Where(a => a.IsActive || a.Id == current));
    }
}
