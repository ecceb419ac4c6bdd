using Lantern.Core.Deadlines;

namespace Lantern.Web.Pages.Admin.Settings;

/// <summary>The partnership's nation (which sets its law, deadlines and bank holidays) and how soon it expects referrals.</summary>
[PartnershipPage(PartnershipPermission.ManageSettings)]
public sealed class IndexModel(SettingsService settings, LanternDbContext db) : PageModel
{
    [BindProperty(Name = "Input")]
    public SettingsInput Input { get; set; } = new();

    public string PartnershipName { get; private set; } = string.Empty;

    public static IReadOnlyList<GovUkOption> Jurisdictions { get; } =
        JurisdictionNames.All.Select(j => new GovUkOption(j.ToString(), j.DisplayName())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var partnership = await db.Partnerships.AsNoTracking().SingleAsync(p => p.Id == User.RequireActor().PartnershipId, HttpContext.RequestAborted);
        PartnershipName = partnership.Name;
        Input = new SettingsInput
        {
            Jurisdiction = partnership.Jurisdiction,
            ReferralExpectedWithinWorkingDays = partnership.ReferralExpectedWithinWorkingDays,
            WeeksFromPresentationToPublication = partnership.WeeksFromPresentationToPublication,
            MonthsPublished = partnership.MonthsPublished,
            FollowUpMonths = Core.Actions.FollowUpSchedule.Format(partnership.FollowUpMonthsInUse),
            Version = partnership.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var partnershipId = User.RequireActor().PartnershipId;
        PartnershipName = await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Name).SingleAsync(HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await settings.ChangeSettingsAsync(
            new ChangeSettingsOptions(partnershipId, Input.Jurisdiction!.Value, Input.ReferralExpectedWithinWorkingDays!.Value, Input.Version,
                Input.WeeksFromPresentationToPublication ?? Core.Organisation.Partnership.DefaultWeeksFromPresentationToPublication,
                Input.MonthsPublished ?? Core.Board.PublicationRules.FewestMonthsPublished, Input.FollowUpMonths),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Settings saved";
            return RedirectToPage();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed these settings while you were editing them. Your changes were not saved: open the page again to see theirs");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    public sealed class SettingsInput
    {
        [Display(Order = 1)]
        [Required(ErrorMessage = "Select the nation your partnership works in")]
        public Jurisdiction? Jurisdiction { get; set; }

        [Display(Order = 2)]
        [Required(ErrorMessage = "Enter the number of working days within which you expect a referral")]
        [Range(1, 60, ErrorMessage = "Enter a number of working days between 1 and 60")]
        public int? ReferralExpectedWithinWorkingDays { get; set; }

        [Display(Order = 3)]
        [Range(1, Core.Organisation.Partnership.MostWeeksFromPresentationToPublication, ErrorMessage = "Enter a number of weeks between 1 and 26")]
        public int? WeeksFromPresentationToPublication { get; set; }

        [Display(Order = 4)]
        [Range(Core.Board.PublicationRules.FewestMonthsPublished, Core.Board.PublicationRules.MostMonthsPublished, ErrorMessage = "Enter a number of months between 12 and 120")]
        public int? MonthsPublished { get; set; }

        [Display(Order = 5)]
        public string? FollowUpMonths { get; set; }

        public Guid Version { get; set; }
    }
}
