using Microsoft.AspNetCore.Identity;

namespace Lantern.Web.Pages.Account;

/// <summary>New recovery codes, after the person proves they still have their authenticator.</summary>
[SignedInPage]
public sealed class RecoveryCodesModel(UserManager<LanternUser> users, AccountService account) : PageModel
{
    [BindProperty(Name = "Input")]
    public CodeInput Input { get; set; } = new();

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Normalise(Input.Code!)))
        {
            await account.RecordAsync(AuditActions.TwoFactorFailed, user, HttpContext.AuditActor());
            ModelState.AddModelError("Input.Code", "The code is not right. Enter the code your authenticator app shows now");
            return Page();
        }

        RecoveryCodes = await account.RenewRecoveryCodesAsync(user, HttpContext.AuditActor());
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
