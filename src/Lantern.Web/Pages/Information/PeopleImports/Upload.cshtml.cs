using Lantern.Core.Information.Import;
using Lantern.Web.Infrastructure.Uploads;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>Uploads a file of people for the register. A file Lantern cannot read is refused with the reason and
/// nothing is kept; anything else is held, to match its columns, fix its rows or check who will be added.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.PeopleImportViewed)]
[UploadLimit]
public sealed class UploadModel(PeopleImportService service, LanternDbContext db) : PeopleImportPageModel(db)
{
    /// <summary>The form's file field, for its errors.</summary>
    public const string FileField = "File";

    public long MaxMegabytes => service.Limits.MaxFileBytes / ImportLimits.Megabyte;

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Uploads still waiting to be added or thrown away, so one left half-done can be found again.</summary>
    public IReadOnlyList<PeopleImport> Waiting { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (RefuseWithoutIdentities() is { } refused)
        {
            return refused;
        }

        if (Request.Query.ContainsKey(UploadLimitAttribute.TooLargeQuery))
        {
            ModelState.AddModelError(FileField, TooLarge);
        }

        await LoadWaitingAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (RefuseWithoutIdentities() is { } refused)
        {
            return refused;
        }

        var ct = HttpContext.RequestAborted;
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(FileField, "Select the file of people to upload");
            await LoadWaitingAsync();
            return Page();
        }

        if (file.Length > service.Limits.MaxFileBytes)
        {
            ModelState.AddModelError(FileField, TooLarge);
            await LoadWaitingAsync();
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var outcome = await service.UploadAsync(new UploadPeopleOptions(Review.Id, Review.PartnershipId, file.FileName, buffer.ToArray()), HttpContext.AuditActor(), ct);
        if (!outcome.Result.Succeeded)
        {
            foreach (var (_, message) in outcome.Result.Errors)
            {
                ModelState.AddModelError(FileField, message);
            }

            await LoadWaitingAsync();
            return Page();
        }

        if (outcome.Notes is { Count: > 0 } notes)
        {
            Notice = string.Join(" ", notes);
        }

        return Redirect(outcome.Status == ImportStatus.NeedsMapping ? Link.PeopleImportColumns(Review.Id, outcome.ImportId!.Value) : Link.PeopleImport(Review.Id, outcome.ImportId!.Value));
    }

    private async Task LoadWaitingAsync() =>
        Waiting = await Db.PeopleImports.AsNoTracking()
            .Where(i => i.ReviewId == Review.Id && i.Status != ImportStatus.Applied && i.Status != ImportStatus.Discarded)
            .OrderByDescending(i => i.UploadedAt)
            .ToListAsync(HttpContext.RequestAborted);

    private string TooLarge => $"The file must be smaller than {MaxMegabytes} MB.";
}
