using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Pages.Account;

/// <summary>Ends every session the person has, for a lost laptop or a session left open elsewhere.</summary>
[SignedInPage]
public sealed class SignOutEverywhereModel(UserManager<LanternUser> users, SignInManager<LanternUser> signIn, AccountService account) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            await account.SignOutEverywhereAsync(user, HttpContext.AuditActor());
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignedOut");
    }
}
