namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>Adds one entry to an agency's chronology by hand. It is checked like an uploaded row and makes a
/// new version that keeps every current entry.</summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
public sealed class AddEntryModel(LanternDbContext db, ChronologySubmissionService service) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ChronologyCellsInput Input { get; set; } = new();

    [BindProperty]
    public int ExpectedCurrentVersion { get; set; }

    public Guid AgencyId { get; private set; }

    public string AgencyName { get; private set; } = string.Empty;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid agencyId)
    {
        if (!await LoadAsync(agencyId))
        {
            return NotFound();
        }

        ExpectedCurrentVersion = await CurrentVersionAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid agencyId)
    {
        if (!await LoadAsync(agencyId))
        {
            return NotFound();
        }

        var (result, version) = await service.AddEntryAsync(new AddEntryOptions(Review.Id, Review.PartnershipId, agencyId, Input.ToDictionary(), ExpectedCurrentVersion),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Entry added as version {version!.Number}";
            return Redirect(Link.AgencySubmission(Review.Id, agencyId));
        }

        if (result.Conflict)
        {
            ModelState.AddModelError(string.Empty, "Another version of this agency's chronology was applied while you were typing. Check the entry is still needed and add it again");
            ExpectedCurrentVersion = await CurrentVersionAsync();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddCellErrors(ModelState);
        return Page();
    }

    private Task<int> CurrentVersionAsync() =>
        db.ChronologySubmissions.VisibleTo(Review.Viewer).Where(s => s.AgencyId == AgencyId).Select(s => s.CurrentVersion).FirstOrDefaultAsync(HttpContext.RequestAborted);

    private async Task<bool> LoadAsync(Guid agencyId)
    {
        var agency = await SubmissionScope.ChangeableAgencyAsync(db, Review, agencyId, HttpContext.RequestAborted);
        if (agency is null)
        {
            return false;
        }

        (AgencyId, AgencyName) = (agency.Id, agency.Name);
        return true;
    }
}
