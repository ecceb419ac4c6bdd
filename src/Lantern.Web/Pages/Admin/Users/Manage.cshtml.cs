namespace Lantern.Web.Pages.Admin.Users;

/// <summary>One confirmation page for each thing an administrator can do to an account.</summary>
[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class ManageModel(UserQueries queries, UserAdminService admin) : PageModel
{
    public UserRow Person { get; private set; } = null!;

    public string Operation { get; private set; } = string.Empty;

    public Invitation? Sent { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string Heading => Operation switch
    {
        "disable" => $"Disable {Person.Name}'s account?",
        "enable" => $"Enable {Person.Name}'s account?",
        "reset-two-factor" => $"Reset {Person.Name}'s authenticator?",
        _ => $"Send {Person.Name} a new invitation link?",
    };

    public async Task<IActionResult> OnGetAsync(Guid userId, string operation) =>
        await LoadAsync(userId, operation) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid userId, string operation)
    {
        if (!await LoadAsync(userId, operation))
        {
            return NotFound();
        }

        var actor = User.RequireActor();
        var audit = HttpContext.AuditActor();
        var cancel = HttpContext.RequestAborted;
        WriteResult result;
        switch (Operation)
        {
            case "disable":
                result = await admin.DisableUserAsync(actor.PartnershipId, userId, audit, cancel);
                Notice = $"{Person.Name}'s account is disabled. Any session they had has ended.";
                break;
            case "enable":
                result = await admin.EnableUserAsync(actor.PartnershipId, userId, audit, cancel);
                Notice = $"{Person.Name}'s account is enabled";
                break;
            case "reset-two-factor":
                result = await admin.ResetTwoFactorAsync(actor.PartnershipId, userId, audit, cancel);
                Notice = $"{Person.Name}'s authenticator has been reset. They will set up a new one the next time they sign in.";
                break;
            default:
                (result, Sent) = await admin.ReissueInvitationAsync(actor.PartnershipId, userId, audit, cancel);
                if (result.Succeeded)
                {
                    Notice = null;
                    return Page();
                }

                break;
        }

        if (result.Succeeded)
        {
            return RedirectToPage("/Admin/Users/Details", new { userId });
        }

        Notice = null;
        if (result.NotFound)
        {
            return NotFound();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid userId, string operation)
    {
        var person = await queries.FindAsync(User.RequireActor().PartnershipId, userId, HttpContext.RequestAborted);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Operation = operation;
        return true;
    }
}
