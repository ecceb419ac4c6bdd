using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Referrals;

/// <summary>Referring a case: who it is about, what happened, when the partnership knew, and why a review may
/// be needed. Making the referral creates the review.</summary>
[PartnershipPage(PartnershipPermission.MakeReferral)]
public sealed class MakeReferralModel(ReferralService referrals, Reviews.ReviewService reviews, LanternDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(Name = "Input")]
    public ReferralInput Input { get; set; } = new();

    public SubjectKind Kind { get; private set; }

    public IReadOnlyList<Criterion> Checklist { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public IReadOnlyList<GovUkOption> OtherAgencies { get; private set; } = [];

    public string JurisdictionName { get; private set; } = string.Empty;

    /// <summary>Other reviews of the partnership with the same working title, once the form has been sent.</summary>
    public IReadOnlyList<Reviews.SameTitleReview> SameTitle { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> LegalStatuses { get; } =
        [new("Choose a status", string.Empty), .. Enum.GetValues<LegalStatus>().Select(s => new SelectListItem(s.DisplayName(), s.ToString()))];

    public static IReadOnlyList<GovUkOption> Harms { get; } =
        Enum.GetValues<HarmKind>().Select(h => new GovUkOption(h.ToString(), h.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Answers { get; } =
        Enum.GetValues<CriterionAnswer>().Select(a => new GovUkOption(a.ToString(), a.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> Routes { get; } =
    [
        new(nameof(CriteriaRoute.StatutoryCriteriaMet), "The statutory criteria for a review are met", "Answer the questions below"),
        new(nameof(CriteriaRoute.OtherLearning), "The criteria are not met, but there may be learning for the partnership"),
    ];

    public async Task<IActionResult> OnGetAsync(string kind)
    {
        await LoadAsync(kind);
        var actor = User.RequireActor();
        Input.ReferringAgencyId = actor.AgencyId;
        Input.ReferrerName = User.DisplayName();
        Input.ReferredOn = DateInputModel.From(UkTime.Today(time));
        Input.Criteria = Checklist.Select(c => new ReferralInput.CriterionInput { Key = c.Key }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind)
    {
        await LoadAsync(kind);
        var incident = ModelState.Read("Input.IncidentDate", Input.IncidentDate, "Date of the incident", required: true);
        var aware = ModelState.Read("Input.AwareDate", Input.AwareDate, "Date the partnership became aware", required: true);
        var referred = ModelState.Read("Input.ReferredOn", Input.ReferredOn, "Date of the referral", required: true);
        var born = ModelState.Read("Input.SubjectDateOfBirth", Input.SubjectDateOfBirth, "Date of birth", required: false);

        // The checklist is the partnership's, not whatever keys were posted.
        Input.Criteria = Checklist.Select(c => new ReferralInput.CriterionInput
        {
            Key = c.Key,
            Answer = Input.Criteria.FirstOrDefault(i => i.Key == c.Key)?.Answer is { } a && Enum.IsDefined(a) ? a : null,
        }).ToList();

        if (Core.Reviews.ReviewTitle.Check(Input.WorkingTitle) is null)
        {
            SameTitle = await reviews.SameTitleAsync(User.RequireActor(), Input.WorkingTitle!, null, HttpContext.RequestAborted);
        }

        if (!ModelState.IsValid || incident is null || aware is null || referred is null)
        {
            return Page();
        }

        var referral = new Referral
        {
            SubjectKind = Kind,
            SubjectName = Input.SubjectName!.Trim(),
            SubjectDateOfBirth = born,
            SubjectSex = Input.SubjectSex?.Trim(),
            SubjectEthnicity = Input.SubjectEthnicity?.Trim(),
            SubjectDisability = Input.SubjectDisability?.Trim(),
            SubjectLegalStatus = Input.SubjectLegalStatus!.Value,
            SubjectArea = Input.SubjectArea?.Trim(),
            IncidentDate = incident.Value,
            Harm = Input.Harm!.Value,
            Circumstances = Input.Circumstances!.Trim(),
            AwareDate = aware.Value,
            ReferredOn = referred.Value,
            ReferringAgencyId = Input.ReferringAgencyId!.Value,
            ReferrerName = Input.ReferrerName!.Trim(),
            OtherAgencyIds = Input.OtherAgencyIds.Distinct().ToList(),
            OtherAreas = (Input.OtherAreas ?? string.Empty).Split('\n').ToList(),
            CriteriaRoute = Input.CriteriaRoute!.Value,
            Criteria = Input.CriteriaRoute == CriteriaRoute.StatutoryCriteriaMet
                ? Input.Criteria.Where(c => c.Answer is not null).Select(c => new CriterionResponse { Key = c.Key, Answer = c.Answer!.Value }).ToList()
                : [],
            OtherLearningReason = Input.OtherLearningReason?.Trim(),
            Rationale = Input.Rationale!.Trim(),
            DelayExplanation = Input.DelayExplanation?.Trim(),
        };

        var (result, reviewId) = await referrals.MakeReferralAsync(
            new MakeReferralOptions(User.RequireActor().PartnershipId, Input.WorkingTitle!, referral, Input.CreateAnyway), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Referral made. The business unit has been given the review to look at.";
            return RedirectToPage("/SettingUp/Index", new { reviewId });
        }

        foreach (var (field, message) in result.Errors)
        {
            if (field == nameof(Referral.Criteria))
            {
                var first = Input.Criteria.FindIndex(c => c.Answer is null);
                ModelState.AddModelError($"Input.Criteria[{Math.Max(first, 0)}].Answer", message);
            }
            else
            {
                ModelState.AddModelError($"Input.{field}", message);
            }
        }

        return Page();
    }

    private async Task LoadAsync(string kind)
    {
        Kind = kind == "adult" ? SubjectKind.Adult : SubjectKind.Child;
        var actor = User.RequireActor();
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == actor.PartnershipId);
        JurisdictionName = Core.Deadlines.JurisdictionNames.DisplayName(partnership.Jurisdiction);
        Checklist = StatutoryCriteria.For(partnership.Jurisdiction, Kind);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == actor.PartnershipId && a.IsActive).OrderBy(a => a.Name).ToListAsync();
        Agencies = [new SelectListItem("Choose an agency", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString()))];
        OtherAgencies = agencies.Select(a => new GovUkOption(a.Id.ToString(), a.Name, a.Type.DisplayName())).ToList();
    }
}
