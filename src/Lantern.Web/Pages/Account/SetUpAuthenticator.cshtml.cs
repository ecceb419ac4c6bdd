using System.Text;
using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using QRCoder;

namespace Lantern.Web.Pages.Account;

/// <summary>
/// Setting up the authenticator app: reached only after a correct password or an accepted invitation, and
/// the only way to a session for an account without two-factor. Ends by showing ten recovery codes once.
/// </summary>
[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SetUpAuthenticatorModel(LanternSignInManager signIn, UserManager<LanternUser> users, AccountService account) : PageModel
{
    [BindProperty(Name = "Input")]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeDataUri { get; private set; } = string.Empty;

    /// <summary>Shown once, straight after two-factor is turned on.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => ReturnUrls.Safe(Url, ReturnUrl);

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/TwoFactor");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/TwoFactor");
        }

        if (ModelState.IsValid)
        {
            var codes = await account.EnableAuthenticatorAsync(user, AuthenticatorCode.Normalise(Input.Code!), HttpContext.AuditActor());
            if (codes is not null)
            {
                await signIn.SignInAfterSettingUpAuthenticatorAsync(user);
                await account.RecordAsync(AuditActions.SignedIn, user, HttpContext.AuditActor());
                RecoveryCodes = codes;
                return Page();
            }

            ModelState.AddModelError("Input.Code", "The code is not right. Check the app shows Lantern and enter the code it shows now");
        }

        await LoadKeyAsync(user);
        return Page();
    }

    private async Task LoadKeyAsync(LanternUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key could be made.");
        }

        SharedKey = FormatKey(key);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Lantern:" + user.Email)}?secret={key}&issuer=Lantern&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }

    private static string FormatKey(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    public sealed class CodeInput
    {
        [Display(Name = "Code")]
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "The code must be 6 numbers")]
        public string? Code { get; set; }
    }
}
