namespace Lantern.Web.Pages.Admin.Users;

/// <summary>An administrator resets someone's password: a one-time link to choose a new one, shown once.</summary>
[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class ResetPasswordModel(UserQueries queries, UserAdminService admin) : PageModel
{
    public UserRow Person { get; private set; } = null!;

    /// <summary>Set once the link exists: shown to the administrator on this response only.</summary>
    public PasswordResetLink? Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid userId) =>
        await LoadAsync(userId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid userId)
    {
        if (!await LoadAsync(userId))
        {
            return NotFound();
        }

        var (result, link) = await admin.ResetPasswordAsync(User.RequireActor().PartnershipId, userId, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this account at the same time. Try again");
            return Page();
        }

        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input");
            return Page();
        }

        Sent = link;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid userId)
    {
        var person = await queries.FindAsync(User.RequireActor().PartnershipId, userId, HttpContext.RequestAborted);
        Person = person!;
        return person is not null;
    }
}
