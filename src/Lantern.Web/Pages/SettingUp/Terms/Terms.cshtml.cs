namespace Lantern.Web.Pages.SettingUp.Terms;

/// <summary>The terms of reference: the latest version, agreeing it, earlier versions, and downloads.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class TermsModel(TermsService terms, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    public IReadOnlyList<TermsOfReference> Versions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> People { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The date the latest version was agreed, as the person enters it (today unless they say otherwise).</summary>
    [BindProperty(Name = "Input")]
    public AgreeInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.AgreedOn = DateInputModel.From(UkTime.Today(time));
        await LoadAsync();
    }

    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync(int versionNumber)
    {
        var agreedOn = ModelState.Read("Input.AgreedOn", Input.AgreedOn, "Date the terms were agreed", required: true);
        if (agreedOn is not { } agreed)
        {
            await LoadAsync();
            return Page();
        }

        var result = await terms.AgreeTermsAsync(new AgreeTermsOptions(Review.Id, Review.PartnershipId, versionNumber, agreed), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "A newer version was saved while you were reading this one. Read the latest version before agreeing it");
            await LoadAsync();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        if (!result.Succeeded)
        {
            result.AddTo(ModelState, "Input");
            await LoadAsync();
            return Page();
        }

        Notice = $"Version {versionNumber} of the terms of reference agreed";
        return RedirectToPage(new { reviewId = Review.Id });
    }

    private async Task LoadAsync()
    {
        Versions = await terms.VersionsAsync(Review.Id, HttpContext.RequestAborted);
        AgencyNames = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId).ToDictionaryAsync(a => a.Id, a => a.Name, HttpContext.RequestAborted);
        var ids = Versions.Select(v => v.CreatedByUserId).Distinct().ToList();
        People = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, HttpContext.RequestAborted);
    }

    public sealed class AgreeInput
    {
        public DateInputModel AgreedOn { get; set; } = new();
    }
}
