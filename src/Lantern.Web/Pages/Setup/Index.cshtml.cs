using Lantern.Web.Infrastructure.Identity;
using Lantern.Web.Infrastructure.Layout;
using Lantern.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;

namespace Lantern.Web.Pages.Setup;

[PublicPage]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class IndexModel(SetupService setup, LanternSignInManager signIn) : PageModel
{
    [BindProperty(Name = "Input")]
    public SetupInput Input { get; set; } = new();

    public SetupLinkState LinkState { get; private set; }

    public IReadOnlyList<SelectListItem> AgencyTypes { get; } = SelectItems.AgencyTypes();

    public async Task<IActionResult> OnGetAsync(string token)
    {
        LinkState = await setup.CheckLinkAsync(token, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        LinkState = await setup.CheckLinkAsync(token, HttpContext.RequestAborted);
        if (LinkState != SetupLinkState.Usable || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await setup.CompleteSetupAsync(new CompleteSetupOptions(
            token, Input.PartnershipName!, Input.AgencyName!, Input.AgencyType!.Value, Input.FullName!, Input.Email!, Input.Password!),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            LinkState = result.LinkState;
            IdentityErrors.AddTo(ModelState, result.Errors, "Input");
            return Page();
        }

        await signIn.HoldForSecondFactorAsync(result.Administrator!);
        return RedirectToPage("/Account/SetUpAuthenticator");
    }

    public sealed class SetupInput
    {
        [Display(Name = "Name of the partnership")]
        [Required(ErrorMessage = "Enter the name of the partnership")]
        [StringLength(Partnership.NameMaxLength, ErrorMessage = "Name of the partnership must be 120 characters or fewer")]
        public string? PartnershipName { get; set; }

        [Display(Name = "Name of your agency")]
        [Required(ErrorMessage = "Enter the name of your agency")]
        [StringLength(Agency.NameMaxLength, ErrorMessage = "Name of your agency must be 120 characters or fewer")]
        public string? AgencyName { get; set; }

        [Display(Name = "Type of agency")]
        [Required(ErrorMessage = "Select the type of your agency")]
        public AgencyType? AgencyType { get; set; }

        [Display(Name = "Full name")]
        [Required(ErrorMessage = "Enter your full name")]
        [StringLength(LanternUser.DisplayNameMaxLength, ErrorMessage = "Full name must be 100 characters or fewer")]
        public string? FullName { get; set; }

        [Display(Name = "Email address")]
        [Required(ErrorMessage = "Enter your email address")]
        [StringLength(LanternUser.EmailMaxLength, ErrorMessage = "Email address must be 254 characters or fewer")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
        public string? Email { get; set; }

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
