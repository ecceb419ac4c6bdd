using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Decisions;

/// <summary>The chair's decision whether to review, every earlier version, and (for the chair) the form to
/// record it or revisit it.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class DecisionModel(DecisionService decisions, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public DecisionInput Input { get; set; } = new();

    public IReadOnlyList<Decision> Versions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> TypeNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<SelectListItem> Types { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Outcomes { get; } =
    [
        new("yes", "Yes, hold a review"),
        new("no", "No, do not hold a review"),
    ];

    public static IReadOnlyList<GovUkOption> Methods { get; } =
        Enum.GetValues<ReviewMethod>().Select(m => new GovUkOption(m.ToString(), m.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Scales { get; } =
        Enum.GetValues<ReviewScale>().Select(s => new GovUkOption(s.ToString(), s.DisplayName(), s.Description())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Input.DecidedOn = DateInputModel.From(UkTime.Today(time));
        Input.LatestVersion = Versions.Count == 0 ? 0 : Versions[0].VersionNumber;
        if (Versions.Count > 0)
        {
            var current = Versions[0];
            Input.Outcome = current.ToReview ? "yes" : "no";
            Input.ReviewTypeId = current.ReviewTypeId;
            Input.Method = current.Method;
            Input.Scale = current.Scale;
            Input.MethodJustification = current.MethodJustification;
            Input.CriteriaAssessment = current.CriteriaAssessment;
        }

        return Page();
    }

    [HandlerNeeds(ReviewPermission.RecordDecision)]
    public async Task<IActionResult> OnPostAsync()
    {
        var decidedOn = ModelState.Read("Input.DecidedOn", Input.DecidedOn, "Date of the decision", required: true);
        var notifiedOn = ModelState.Read("Input.DecisionNotifiedOn", Input.DecisionNotifiedOn, "Date the decision was notified", required: false);
        if (Input.Outcome is not ("yes" or "no"))
        {
            ModelState.AddModelError("Input.Outcome", "Select whether to hold a review");
        }

        if (ModelState.IsValid && decidedOn is { } decided)
        {
            var decision = new Decision
            {
                ToReview = Input.Outcome == "yes",
                ReviewTypeId = Input.ReviewTypeId,
                Scale = Input.Scale ?? ReviewScale.NotApplicable,
                Method = Input.Method,
                MethodJustification = Input.MethodJustification,
                CriteriaAssessment = Input.CriteriaAssessment ?? string.Empty,
                Rationale = Input.Rationale ?? string.Empty,
                ChallengeConsulted = Input.ChallengeConsulted,
                ChallengeResponse = Input.ChallengeResponse,
                DecidedOn = decided,
                DecisionNotifiedOn = notifiedOn,
                DecisionNotifiedTo = Input.DecisionNotifiedTo,
            };
            var result = await decisions.RecordDecisionAsync(new RecordDecisionOptions(Review.Id, Review.PartnershipId, decision, Input.LatestVersion), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = decision.ToReview
                    ? "Decision recorded. Tasks to tell the family and the Board have been added, with a first plan."
                    : "Decision recorded. A task to tell the Board has been added.";
                return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone recorded a newer decision while you were writing this one. Read it below, then record yours again if it still stands");
                await LoadAsync();
                Input.LatestVersion = Versions.Count == 0 ? 0 : Versions[0].VersionNumber;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Versions = await decisions.VersionsAsync(Review.Id, HttpContext.RequestAborted);
        var types = await db.ReviewTypes.AsNoTracking().Where(t => t.PartnershipId == Review.PartnershipId).OrderBy(t => t.SortOrder).ToListAsync(HttpContext.RequestAborted);
        TypeNames = types.ToDictionary(t => t.Id, t => t.Name);
        Types = [new("Choose a type", string.Empty), .. types.Where(t => t.IsActive).Select(t => new SelectListItem(t.Name, t.Id.ToString()))];
        var ids = Versions.Select(v => v.RecordedByUserId).Distinct().ToList();
        People = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, HttpContext.RequestAborted);
    }

    public sealed class DecisionInput
    {
        [Display(Order = 1)]
        public string? Outcome { get; set; }

        [Display(Order = 2)]
        public Guid? ReviewTypeId { get; set; }

        [Display(Order = 3)]
        public ReviewScale? Scale { get; set; }

        [Display(Order = 4)]
        public ReviewMethod? Method { get; set; }

        [Display(Order = 5)]
        [StringLength(Decision.TextMaxLength, ErrorMessage = "The justification must be 8,000 characters or fewer")]
        public string? MethodJustification { get; set; }

        [Display(Order = 6)]
        [StringLength(Decision.TextMaxLength, ErrorMessage = "The criteria assessment must be 8,000 characters or fewer")]
        public string? CriteriaAssessment { get; set; }

        [Display(Order = 7)]
        [StringLength(Decision.TextMaxLength, ErrorMessage = "The rationale must be 8,000 characters or fewer")]
        public string? Rationale { get; set; }

        [Display(Order = 8)]
        [StringLength(Decision.TextMaxLength, ErrorMessage = "Who was consulted must be 8,000 characters or fewer")]
        public string? ChallengeConsulted { get; set; }

        [Display(Order = 9)]
        [StringLength(Decision.TextMaxLength, ErrorMessage = "What they said must be 8,000 characters or fewer")]
        public string? ChallengeResponse { get; set; }

        [Display(Order = 10)]
        public DateInputModel DecidedOn { get; set; } = new();

        [Display(Order = 11)]
        public DateInputModel DecisionNotifiedOn { get; set; } = new();

        [Display(Order = 12)]
        [StringLength(Referral.ShortTextMaxLength, ErrorMessage = "Who was told must be 200 characters or fewer")]
        public string? DecisionNotifiedTo { get; set; }

        public int LatestVersion { get; set; }
    }
}
