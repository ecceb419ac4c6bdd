namespace Lantern.Web.Pages.SettingUp.RapidReview;

/// <summary>The rapid review: when it was held, who took part, what it found, what it recommends to the chair,
/// and when its report went to the national panel (which meets the rapid review deadline).</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class RapidReviewModel(RapidReviewService service, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public RapidReviewInput Input { get; set; } = new();

    public IReadOnlyList<ScopingMeeting> Meetings { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<GovUkOption> AgencyOptions { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Recommendations { get; } =
        Enum.GetValues<ScopingRecommendation>().Select(r => new GovUkOption(r.ToString(), r.DisplayName())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        Input.HeldOn = DateInputModel.From(UkTime.Today(time));
        return Page();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        var heldOn = ModelState.Read("Input.HeldOn", Input.HeldOn, "Date of the rapid review", required: true);
        var sentOn = ModelState.Read("Input.PanelReportSentOn", Input.PanelReportSentOn, "Date the report was sent", required: false);
        var agencies = new List<Guid>();
        foreach (var value in Input.ParticipantAgencyIds)
        {
            if (Guid.TryParse(value, out var id))
            {
                agencies.Add(id);
            }
            else
            {
                ModelState.AddModelError("Input.ParticipantAgencyIds", "Select the agencies that took part from the list");
                break;
            }
        }

        if (ModelState.IsValid && heldOn is { } held)
        {
            var meeting = new ScopingMeeting
            {
                HeldOn = held,
                Attendees = Input.Attendees!.Trim(),
                ParticipantAgencyIds = agencies,
                Summary = Input.Summary!.Trim(),
                Recommendation = Input.Recommendation!.Value,
                RecommendationReasons = Input.RecommendationReasons!.Trim(),
                PanelReportSentOn = sentOn,
            };
            var result = await service.RecordRapidReviewAsync(Review.Id, Review.PartnershipId, meeting, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = sentOn is null
                    ? "Rapid review recorded. Record the date its report is sent to the national panel once it has gone. The chair can now record the decision."
                    : "Rapid review recorded, with its report sent to the national panel. The chair can now record the decision.";
                return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Meetings = await db.ScopingMeetings.AsNoTracking().Where(m => m.ReviewId == Review.Id)
            .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt).ToListAsync(HttpContext.RequestAborted);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId)
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name, a.IsActive }).ToListAsync(HttpContext.RequestAborted);
        AgencyNames = agencies.ToDictionary(a => a.Id, a => a.Name);
        AgencyOptions = agencies.Where(a => a.IsActive).Select(a => new GovUkOption(a.Id.ToString(), a.Name)).ToList();
    }

    public sealed class RapidReviewInput
    {
        [Display(Order = 1)]
        public DateInputModel HeldOn { get; set; } = new();

        [Display(Order = 2)]
        [Required(ErrorMessage = "Enter who took part in the rapid review")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Who took part must be 8,000 characters or fewer")]
        public string? Attendees { get; set; }

        [Display(Order = 3)]
        public List<string> ParticipantAgencyIds { get; set; } = [];

        [Display(Order = 4)]
        [Required(ErrorMessage = "Enter what the rapid review found")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "What the rapid review found must be 8,000 characters or fewer")]
        public string? Summary { get; set; }

        [Display(Order = 5)]
        [Required(ErrorMessage = "Select the rapid review's recommendation to the chair")]
        public ScopingRecommendation? Recommendation { get; set; }

        [Display(Order = 6)]
        [Required(ErrorMessage = "Enter the reasons for the recommendation")]
        [StringLength(Referral.LongTextMaxLength, ErrorMessage = "The reasons must be 8,000 characters or fewer")]
        public string? RecommendationReasons { get; set; }

        [Display(Order = 7)]
        public DateInputModel PanelReportSentOn { get; set; } = new();
    }
}
