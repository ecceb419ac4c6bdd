using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages.Account;

/// <summary>The second step of signing in: a code from the person's authenticator app.</summary>
[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(LanternSignInManager signIn, AccountService account) : PageModel
{
    [BindProperty(Name = "Input")]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        return user.TwoFactorEnabled ? Page() : RedirectToPage("/Account/SetUpAuthenticator");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Normalise(Input.Code!), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await account.RecordAsync(AuditActions.SignedIn, user, HttpContext.AuditActor());
            return LocalRedirect(ReturnUrls.Safe(Url, ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            await account.RecordAsync(AuditActions.LockedOut, user, HttpContext.AuditActor());
            ModelState.AddModelError("Input.Code", "You have entered the wrong details too many times. Wait 15 minutes, then sign in again");
            return Page();
        }

        await account.RecordAsync(AuditActions.TwoFactorFailed, user, HttpContext.AuditActor());
        ModelState.AddModelError("Input.Code", "The code is not right. Enter the code your authenticator app shows now");
        return Page();
    }

    public sealed class CodeInput
    {
        [Display(Name = "Code")]
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "The code must be 6 numbers")]
        public string? Code { get; set; }
    }
}

public static class AuthenticatorCode
{
    public static string Normalise(string code) => new(code.Where(char.IsAsciiDigit).ToArray());
}

public static class ReturnUrls
{
    /// <summary>Only a path inside Lantern, and never back into the sign-in pages.</summary>
    public static string Safe(IUrlHelper url, string? returnUrl) =>
        url.IsLocalUrl(returnUrl) && returnUrl!.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) &&
        !returnUrl.StartsWith("/account", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/reviews";
}
