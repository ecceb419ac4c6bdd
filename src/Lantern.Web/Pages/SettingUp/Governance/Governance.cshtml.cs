namespace Lantern.Web.Pages.SettingUp.Governance;

/// <summary>Who conducts the review, who quality-assures it, how it is signed off and challenged, and what
/// happens at an impasse (quality marker 7); every version kept with who made it.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class GovernanceModel(GovernanceService governance) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public GovernanceInput Input { get; set; } = new();

    public IReadOnlyList<GovernanceVersion> Versions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (Versions.Count > 0)
        {
            var current = Versions[0].Plan;
            Input = new GovernanceInput
            {
                WhoConducts = current.WhoConducts,
                WhoQualityAssures = current.WhoQualityAssures,
                SignOffRoute = current.SignOffRoute,
                ChallengeRoute = current.ChallengeRoute,
                ImpasseRoute = current.ImpasseRoute,
                LatestVersion = current.VersionNumber,
            };
        }

        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await governance.RecordGovernanceAsync(
                new RecordGovernanceOptions(Review.Id, Review.PartnershipId, Input.WhoConducts!, Input.WhoQualityAssures!, Input.SignOffRoute!, Input.ChallengeRoute!, Input.ImpasseRoute!, Input.LatestVersion),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Governance saved as a new version";
                return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone saved a newer version while you were editing. Your changes have not been saved. Read their version above, then make your changes again if they still stand");
                await LoadAsync();
                Input.LatestVersion = Versions.Count == 0 ? 0 : Versions[0].Plan.VersionNumber;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Versions = await governance.VersionsAsync(Review.Id, HttpContext.RequestAborted);

    public sealed class GovernanceInput
    {
        [Display(Order = 1)]
        [Required(ErrorMessage = "Say who conducts the review")]
        [StringLength(GovernancePlan.TextMaxLength, ErrorMessage = "Who conducts the review must be 4,000 characters or fewer")]
        public string? WhoConducts { get; set; }

        [Display(Order = 2)]
        [Required(ErrorMessage = "Say who quality-assures it")]
        [StringLength(GovernancePlan.TextMaxLength, ErrorMessage = "Who quality-assures it must be 4,000 characters or fewer")]
        public string? WhoQualityAssures { get; set; }

        [Display(Order = 3)]
        [Required(ErrorMessage = "Say the sign-off route")]
        [StringLength(GovernancePlan.TextMaxLength, ErrorMessage = "The sign-off route must be 4,000 characters or fewer")]
        public string? SignOffRoute { get; set; }

        [Display(Order = 4)]
        [Required(ErrorMessage = "Say how challenge is made")]
        [StringLength(GovernancePlan.TextMaxLength, ErrorMessage = "How challenge is made must be 4,000 characters or fewer")]
        public string? ChallengeRoute { get; set; }

        [Display(Order = 5)]
        [Required(ErrorMessage = "Say what happens at an impasse")]
        [StringLength(GovernancePlan.TextMaxLength, ErrorMessage = "What happens at an impasse must be 4,000 characters or fewer")]
        public string? ImpasseRoute { get; set; }

        public int LatestVersion { get; set; }
    }
}
