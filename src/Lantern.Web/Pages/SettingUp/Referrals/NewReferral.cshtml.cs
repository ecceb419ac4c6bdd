namespace Lantern.Web.Pages.SettingUp.Referrals;

/// <summary>The first question of a referral: a child or an adult, which decides the checklist that follows.</summary>
[PartnershipPage(PartnershipPermission.MakeReferral)]
public sealed class NewReferralModel : PageModel
{
    [BindProperty(Name = "Input")]
    public SubjectInput Input { get; set; } = new();

    public static IReadOnlyList<GovUkOption> Kinds { get; } =
    [
        new(nameof(SubjectKind.Child), SubjectKind.Child.DisplayName(), "Under 18 at the time of the incident"),
        new(nameof(SubjectKind.Adult), SubjectKind.Adult.DisplayName(), "18 or over, with needs for care and support"),
    ];

    public void OnGet()
    {
    }

    public IActionResult OnPost() =>
        ModelState.IsValid && Input.Kind is { } kind && Enum.IsDefined(kind)
            ? RedirectToPage("/SettingUp/Referrals/MakeReferral", new { kind = kind.ToString().ToLowerInvariant() })
            : Page();

    public sealed class SubjectInput
    {
        [Display(Name = "Who the referral is about")]
        [Required(ErrorMessage = "Select whether the referral is about a child or an adult")]
        public SubjectKind? Kind { get; set; }
    }
}
