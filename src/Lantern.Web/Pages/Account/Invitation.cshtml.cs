using Lantern.Core.Accounts;
using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages.Account;

/// <summary>An invited person chooses their password, then goes on to set up their authenticator.</summary>
[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class InvitationModel(AccountService account, LanternSignInManager signIn) : PageModel
{
    [BindProperty(Name = "Input")]
    public PasswordInput Input { get; set; } = new();

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
        var (result, user) = await account.AcceptInvitationAsync(token, Input.Password!, HttpContext.AuditActor());
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

        await signIn.HoldForSecondFactorAsync(user);
        return RedirectToPage("/Account/SetUpAuthenticator");
    }

    private async Task LoadAsync(string token)
    {
        var (state, user) = await account.FindLinkAsync(token, OneTimeLinkPurpose.Invitation);
        State = state;
        DisplayName = user?.DisplayName ?? string.Empty;
        Email = user?.Email ?? string.Empty;
    }

    public sealed class PasswordInput
    {
        [Display(Name = "Password")]
        [Required(ErrorMessage = "Enter a password")]
        [StringLength(128, ErrorMessage = "Password must be 128 characters or fewer")]
        public string? Password { get; set; }

        [Display(Name = "Confirm password")]
        [Required(ErrorMessage = "Enter your password again")]
        [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
        public string? ConfirmPassword { get; set; }
    }
}
