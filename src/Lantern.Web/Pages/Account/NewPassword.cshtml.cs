using Lantern.Core.Accounts;
using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages.Account;

/// <summary>Someone whose password an administrator reset chooses a new one through the one-time link, then
/// signs in with their authenticator as usual.</summary>
[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class NewPasswordModel(AccountService account, LanternSignInManager signIn) : PageModel
{
    [BindProperty(Name = "Input")]
    public NewPasswordInput Input { get; set; } = new();

    public LinkState State { get; private set; }

    public string DisplayName { get; private set; } = string.Empty;

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        await LoadAsync(token);
        if (State != LinkState.Usable || !ModelState.IsValid)
        {
            return Page();
        }

        await HttpContext.SignOutAsyncIfSignedIn(signIn);
        var (result, user) = await account.ChooseNewPasswordAsync(token, Input.Password!, HttpContext.AuditActor());
        if (!result.Succeeded || user is null)
        {
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError($"Input.{field}", message);
            }

            if (result.NotFound)
            {
                State = LinkState.NotFound;
            }

            return Page();
        }

        // The password alone never signs anyone in: next comes the code from their authenticator.
        await signIn.HoldForSecondFactorAsync(user);
        return RedirectToPage(user.TwoFactorEnabled ? "/Account/TwoFactor" : "/Account/SetUpAuthenticator");
    }

    private async Task LoadAsync(string token)
    {
        var (state, user) = await account.FindLinkAsync(token, OneTimeLinkPurpose.PasswordReset);
        State = state;
        DisplayName = user?.DisplayName ?? string.Empty;
        Email = user?.Email ?? string.Empty;
    }

    public sealed class NewPasswordInput
    {
        [Display(Name = "New password")]
        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(128, ErrorMessage = "New password must be 128 characters or fewer")]
        public string? Password { get; set; }

        [Display(Name = "Confirm new password")]
        [Required(ErrorMessage = "Enter your new password again")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
        public string? ConfirmPassword { get; set; }
    }
}
