using Lantern.Web.Hosting;
using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Account;

[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(UserManager<LanternUser> users, LanternSignInManager signIn, AccountService account, IOptions<LanternOptions> options) : PageModel
{
    // One message for every refusal, locked accounts included, so the page never tells anyone whether an
    // account exists for an email address.
    public const string WrongDetails = "The email address or password is not right. If you have entered the wrong details 5 times, wait 15 minutes, then try again";

    [BindProperty(Name = "Input")]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int IdleMinutes => (int)options.Value.IdleTimeout.TotalMinutes;

    public int AbsoluteHours => (int)options.Value.AbsoluteSessionLifetime.TotalHours;

    public IActionResult OnGet()
    {
        if (User.ToActor() is { IsActive: true })
        {
            return LocalRedirect(SafeReturnUrl());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await HttpContext.SignOutAsyncIfSignedIn(signIn);
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user?.PasswordHash is null)
        {
            // Take as long as a real check would, so timing does not tell whether an account exists.
            users.PasswordHasher.VerifyHashedPassword(new LanternUser(), DummyHash.Value, Input.Password!);
            await account.RecordAsync(AuditActions.SignInFailed, null, HttpContext.AuditActor());
            ModelState.AddModelError("Input.Email", WrongDetails);
            return Page();
        }

        // Identity refuses a locked or disabled account without checking the password at all.
        var refusedUnchecked = user.IsDisabled || await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage(user.TwoFactorEnabled ? "/Account/TwoFactor" : "/Account/SetUpAuthenticator", new { returnUrl = SafeReturnUrl() });
        }

        if (refusedUnchecked)
        {
            // So a locked account answers in the time a wrong password for an unknown one does.
            users.PasswordHasher.VerifyHashedPassword(new LanternUser(), DummyHash.Value, Input.Password!);
        }

        if (result.IsLockedOut)
        {
            await account.RecordAsync(AuditActions.LockedOut, user, HttpContext.AuditActor());
            ModelState.AddModelError("Input.Email", WrongDetails);
            return Page();
        }

        await account.RecordAsync(AuditActions.SignInFailed, user, HttpContext.AuditActor());
        ModelState.AddModelError("Input.Email", WrongDetails);
        return Page();
    }

    private string SafeReturnUrl() => ReturnUrls.Safe(Url, ReturnUrl);

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<LanternUser>().HashPassword(new LanternUser(), Guid.NewGuid().ToString()));

    public sealed class SignInInput
    {
        [Display(Name = "Email address")]
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(LanternUser.EmailMaxLength, ErrorMessage = "Email address must be 254 characters or fewer")]
        public string? Email { get; set; }

        [Display(Name = "Password")]
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(128, ErrorMessage = "Password must be 128 characters or fewer")]
        public string? Password { get; set; }
    }
}
