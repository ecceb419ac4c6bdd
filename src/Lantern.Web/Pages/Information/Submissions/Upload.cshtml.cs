using Lantern.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Submissions;

public sealed class UploadInput
{
    public Guid? AgencyId { get; set; }

    public IFormFile? File { get; set; }
}

/// <summary>Uploads an agency's chronology. A file Lantern cannot read is refused with the reason and nothing
/// is kept; a file with problem rows is held for fixing; a clean file is applied at once as a new version.</summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
[UploadLimit]
public sealed class UploadModel(ChronologySubmissionService service, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public UploadInput Input { get; set; } = new();

    public bool ChoosesAgency { get; private set; }

    public string? OwnAgency { get; private set; }

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public long MaxMegabytes => service.Limits.MaxFileBytes / Core.Information.Import.ImportLimits.Megabyte;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(Guid? agencyId)
    {
        Input.AgencyId = agencyId;
        if (Request.Query.ContainsKey(UploadLimitAttribute.TooLargeQuery))
        {
            ModelState.AddModelError("Input.File", TooLarge);
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        var agencyId = SubmissionScope.ChoosesAgency(Review) ? Input.AgencyId : User.ToActor()?.AgencyId;
        if (agencyId is not { } agency || !await SubmissionScope.MaySubmitForAsync(db, Review, agency, ct))
        {
            ModelState.AddModelError("Input.AgencyId", "Select the agency whose chronology this is");
        }

        if (Input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError("Input.File", "Select the chronology file to upload");
        }
        else if (file.Length > service.Limits.MaxFileBytes)
        {
            ModelState.AddModelError("Input.File", TooLarge);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        using var buffer = new MemoryStream((int)Input.File!.Length);
        await Input.File.CopyToAsync(buffer, ct);
        var outcome = await service.UploadAsync(new UploadChronologyOptions(Review.Id, Review.PartnershipId, agencyId!.Value, Input.File.FileName, buffer.ToArray()),
            HttpContext.AuditActor(), ct);
        if (outcome.Result.Conflict)
        {
            ModelState.AddModelError("Input.File", "Another version of this agency's chronology was applied at the same moment. Upload the file again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync();
            return Page();
        }

        if (!outcome.Result.Succeeded)
        {
            outcome.Result.AddTo(ModelState, "Input");
            await LoadAsync();
            return Page();
        }

        if (outcome.Applied is { } version)
        {
            Notice = $"Version {version.Number} applied: {SubmissionScope.Describe(version.RowsAdded, version.RowsChanged, version.RowsRemoved)}";
            return Redirect(Link.SubmissionVersion(Review.Id, agencyId!.Value, version.Number));
        }

        return Redirect(outcome.Status == ImportStatus.NeedsMapping ? Link.SubmissionImportColumns(Review.Id, outcome.ImportId!.Value) : Link.SubmissionImport(Review.Id, outcome.ImportId!.Value));
    }

    private string TooLarge => $"The file must be smaller than {MaxMegabytes} MB. Split the chronology into parts, or remove columns Lantern does not need.";

    private async Task LoadAsync()
    {
        ChoosesAgency = SubmissionScope.ChoosesAgency(Review);
        var agencies = await SubmissionScope.AgenciesInOrderAsync(db, Review, HttpContext.RequestAborted);
        Agencies = [new SelectListItem("Select an agency", string.Empty), .. agencies.Where(a => a.Agency.IsActive)
            .Select(a => new SelectListItem(SubmissionScope.ListName(a.Agency.Name, a.OutsideTerms), a.Agency.Id.ToString(), a.Agency.Id == Input.AgencyId))];
        var own = User.ToActor()?.AgencyId;
        OwnAgency = agencies.FirstOrDefault(a => a.Agency.Id == own).Agency?.Name;
    }
}
