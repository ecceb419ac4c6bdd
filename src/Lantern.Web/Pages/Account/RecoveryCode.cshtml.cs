using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages.Account;

/// <summary>Signing in with one of the ten single-use recovery codes when the phone is not to hand.</summary>
[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class RecoveryCodeModel(LanternSignInManager signIn, UserManager<LanternUser> users, AccountService account) : PageModel
{
    [BindProperty(Name = "Input")]
    public RecoveryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { TwoFactorEnabled: true } ? Page() : RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is not { TwoFactorEnabled: true })
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var normalised = LanternUserStore.NormaliseCode(Input.Code!);
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(normalised);
        if (result.Succeeded)
        {
            await account.RecordAsync(AuditActions.RecoveryCodeUsed, user, HttpContext.AuditActor());
            await account.RecordAsync(AuditActions.SignedIn, user, HttpContext.AuditActor());
            var left = await users.CountRecoveryCodesAsync(user);
            TempData["Notice"] = left switch
            {
                0 => "You have used your last recovery code. Get new codes now, below.",
                1 => "You have 1 recovery code left. Get new codes now, below.",
                <= 3 => $"You have {left} recovery codes left. Get new codes now, below.",
                _ => null,
            };
            return left <= 3 ? RedirectToPage("/Account/Index") : LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await account.RecordAsync(AuditActions.LockedOut, user, HttpContext.AuditActor());
            ModelState.AddModelError("Input.Code", "You have entered the wrong details too many times. Wait 15 minutes, then sign in again");
            return Page();
        }

        await account.RecordAsync(AuditActions.TwoFactorFailed, user, HttpContext.AuditActor());
        ModelState.AddModelError("Input.Code", "This recovery code is not right, or has already been used");
        return Page();
    }

    public sealed class RecoveryInput
    {
        [Display(Name = "Recovery code")]
        [Required(ErrorMessage = "Enter one of your recovery codes")]
        [StringLength(40, ErrorMessage = "Recovery codes are 10 letters and numbers")]
        public string? Code { get; set; }
    }
}
