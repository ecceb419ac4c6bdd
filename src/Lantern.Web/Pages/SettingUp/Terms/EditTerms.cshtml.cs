using Lantern.Web.Pages.SettingUp.Decisions;

namespace Lantern.Web.Pages.SettingUp.Terms;

/// <summary>Writes a new version of the terms of reference, starting from the latest (or from the decision).</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class EditTermsModel(TermsService terms, DecisionService decisions, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public TermsInput Input { get; set; } = new();

    public IReadOnlyList<GovUkOption> Agencies { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Methods { get; } =
        Enum.GetValues<ReviewMethod>().Select(m => new GovUkOption(m.ToString(), m.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Scales { get; } =
        Enum.GetValues<ReviewScale>().Select(s => new GovUkOption(s.ToString(), s.DisplayName())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var latest = (await terms.VersionsAsync(Review.Id, HttpContext.RequestAborted)).FirstOrDefault();
        Input = new TermsInput { LatestVersion = latest?.VersionNumber ?? 0 };
        Input.Factors = TermsOfReference.Factors.Select(f => new FactorInput { Key = f.Key, Note = latest?.FactorNotes.FirstOrDefault(n => n.Key == f.Key)?.Note }).ToList();
        if (latest is not null)
        {
            Input.PeriodFrom = DateInputModel.From(latest.PeriodFrom);
            Input.PeriodTo = DateInputModel.From(latest.PeriodTo);
            Input.LinesOfEnquiry = string.Join('\n', latest.LinesOfEnquiry);
            Input.AgencyIds = latest.AgencyIdsInScope;
            Input.Method = latest.Method;
            Input.Scale = latest.Scale;
            Input.LeadReviewers = latest.LeadReviewers;
            Input.SkillsRequired = latest.SkillsRequired;
        }
        else if ((await decisions.VersionsAsync(Review.Id, HttpContext.RequestAborted)).FirstOrDefault() is { ToReview: true } decision)
        {
            Input.Method = decision.Method;
            Input.Scale = decision.Scale;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var from = ModelState.Read("Input.PeriodFrom", Input.PeriodFrom, "Start of the period under review", required: true);
        var to = ModelState.Read("Input.PeriodTo", Input.PeriodTo, "End of the period under review", required: true);
        if (ModelState.IsValid && from is { } start && to is { } end)
        {
            var draft = new TermsOfReference
            {
                PeriodFrom = start,
                PeriodTo = end,
                LinesOfEnquiry = (Input.LinesOfEnquiry ?? string.Empty).Split('\n').ToList(),
                AgencyIdsInScope = Input.AgencyIds,
                Method = Input.Method!.Value,
                Scale = Input.Scale!.Value,
                LeadReviewers = Input.LeadReviewers ?? string.Empty,
                SkillsRequired = Input.SkillsRequired ?? string.Empty,
                FactorNotes = Input.Factors.Select(f => new FactorNote { Key = f.Key ?? string.Empty, Note = f.Note ?? string.Empty }).ToList(),
            };
            var result = await terms.SaveTermsAsync(new SaveTermsOptions(Review.Id, Review.PartnershipId, draft, Input.LatestVersion), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Terms of reference saved as a new version";
                return RedirectToPage("/SettingUp/Terms/Terms", new { reviewId = Review.Id });
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone saved a newer version while you were writing this one. Your version was not saved: open the terms of reference to read theirs first");
                await LoadAsync();
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            foreach (var (field, message) in result.Errors)
            {
                var key = field switch
                {
                    nameof(TermsOfReference.AgencyIdsInScope) => "Input.AgencyIds",
                    nameof(TermsOfReference.FactorNotes) => "Input.Factors",
                    _ => "Input." + field,
                };
                ModelState.AddModelError(key, message);
            }
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Agencies = (await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && a.IsActive).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name }).ToListAsync(HttpContext.RequestAborted))
            .Select(a => new GovUkOption(a.Id.ToString(), a.Name)).ToList();

    public sealed class FactorInput
    {
        public string? Key { get; set; }

        [StringLength(TermsOfReference.TextMaxLength, ErrorMessage = "Each note must be 8,000 characters or fewer")]
        public string? Note { get; set; }
    }

    public sealed class TermsInput
    {
        [Display(Order = 1)]
        public DateInputModel PeriodFrom { get; set; } = new();

        [Display(Order = 2)]
        public DateInputModel PeriodTo { get; set; } = new();

        [Display(Order = 3)]
        [StringLength(TermsOfReference.TextMaxLength, ErrorMessage = "The lines of enquiry must be 8,000 characters or fewer")]
        public string? LinesOfEnquiry { get; set; }

        [Display(Order = 4)]
        public List<Guid> AgencyIds { get; set; } = [];

        [Display(Order = 5)]
        [Required(ErrorMessage = "Select the method of the review")]
        public ReviewMethod? Method { get; set; }

        [Display(Order = 6)]
        [Required(ErrorMessage = "Select the scale of the review")]
        public ReviewScale? Scale { get; set; }

        [Display(Order = 7)]
        [StringLength(TermsOfReference.TextMaxLength, ErrorMessage = "The lead reviewers must be 8,000 characters or fewer")]
        public string? LeadReviewers { get; set; }

        [Display(Order = 8)]
        [StringLength(TermsOfReference.TextMaxLength, ErrorMessage = "The skills must be 8,000 characters or fewer")]
        public string? SkillsRequired { get; set; }

        [Display(Order = 9)]
        public List<FactorInput> Factors { get; set; } = [];

        public int LatestVersion { get; set; }
    }
}
