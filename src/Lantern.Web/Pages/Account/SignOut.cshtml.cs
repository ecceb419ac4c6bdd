using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Pages.Account;

/// <summary>Signing out is a POST, so another site cannot sign someone out. The GET page offers the button
/// for anyone who arrives without the header form.</summary>
[PublicPage]
public sealed class SignOutModel(SignInManager<LanternUser> signIn, UserManager<LanternUser> users, AccountService account) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var user = await users.GetUserAsync(User);
            await account.RecordAsync(AuditActions.SignedOut, user, HttpContext.AuditActor());
            await signIn.SignOutAsync();
        }

        return RedirectToPage("/Account/SignedOut");
    }
}
