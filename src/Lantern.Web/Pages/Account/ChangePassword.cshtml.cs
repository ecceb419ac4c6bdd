using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages.Account;

/// <summary>A signed-in person changes their password: this session carries on, every other one ends.</summary>
[SignedInPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ChangePasswordModel(UserManager<LanternUser> users, LanternSignInManager signIn, AccountService account) : PageModel
{
    [BindProperty(Name = "Input")]
    public ChangePasswordInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

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

        var session = User.SessionId();
        var result = await account.ChangePasswordAsync(
            new ChangePasswordOptions(user, Input.CurrentPassword!, Input.NewPassword!, session), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input");
            return Page();
        }

        // The new password gave the account a new security stamp: this browser gets a cookie that carries it.
        if (session is { } kept)
        {
            await signIn.RenewSessionAsync(user, kept);
        }

        Notice = "Your password has been changed. Lantern has signed you out on your other devices.";
        return RedirectToPage("/Account/Index");
    }

    public sealed class ChangePasswordInput
    {
        [Display(Name = "Current password")]
        [Required(ErrorMessage = "Enter your current password")]
        [StringLength(128, ErrorMessage = "Current password must be 128 characters or fewer")]
        public string? CurrentPassword { get; set; }

        [Display(Name = "New password")]
        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(128, ErrorMessage = "New password must be 128 characters or fewer")]
        public string? NewPassword { get; set; }

        [Display(Name = "Confirm new password")]
        [Required(ErrorMessage = "Enter your new password again")]
        [Compare(nameof(NewPassword), ErrorMessage = "The new passwords do not match")]
        public string? ConfirmPassword { get; set; }
    }
}
