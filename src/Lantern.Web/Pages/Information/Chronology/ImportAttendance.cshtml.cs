using Lantern.Web.Infrastructure.Uploads;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>Imports the attendance of many meetings from a file, one row per person at a meeting. Every row is
/// saved or none is: a row with a problem is listed with its number and nothing changes.</summary>
[ReviewPage(ReviewPermission.EditInformation, AuditActions.ChronologyMeetingsViewed)]
[UploadLimit]
public sealed class ImportAttendanceModel(AttendanceService service) : ReviewPageModel
{
    /// <summary>The most row problems the error summary lists; the table below lists them all.</summary>
    public const int ProblemsInSummary = 20;

    [BindProperty(Name = "Input.File")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<AttendanceRowProblem> Problems { get; private set; } = [];

    public long MaxMegabytes => service.Limits.MaxFileBytes / Core.Information.Import.ImportLimits.Megabyte;

    public bool MatchesRealNames => Review.Can(ReviewPermission.ViewRealIdentities);

    public string Root => Link.Chronology(Review.Id);

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
        if (Request.Query.ContainsKey(UploadLimitAttribute.TooLargeQuery))
        {
            ModelState.AddModelError("Input.File", TooLarge);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (Upload is not { Length: > 0 } file)
        {
            ModelState.AddModelError("Input.File", "Select the attendance file to upload");
            return Page();
        }

        if (file.Length > service.Limits.MaxFileBytes)
        {
            ModelState.AddModelError("Input.File", TooLarge);
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var outcome = await service.ImportAttendanceAsync(new ImportAttendanceOptions(Review.Id, Review.PartnershipId, file.FileName, buffer.ToArray(), MatchesRealNames),
            HttpContext.AuditActor(), ct);
        if (outcome.Succeeded)
        {
            Notice = $"Attendance imported: {outcome.Saved} {(outcome.Saved == 1 ? "line" : "lines")} for {outcome.Meetings} {(outcome.Meetings == 1 ? "meeting" : "meetings")}";
            return Redirect(Link.ChronologyMeetings(Review.Id));
        }

        if (outcome.FileError is { } error)
        {
            ModelState.AddModelError("Input.File", error);
            return Page();
        }

        Problems = outcome.Problems;
        foreach (var problem in Problems.Take(ProblemsInSummary))
        {
            ModelState.AddModelError("Input.File", $"Row {problem.Row}: {problem.Message}");
        }

        if (Problems.Count > ProblemsInSummary)
        {
            ModelState.AddModelError("Input.File", $"And {Problems.Count - ProblemsInSummary} more rows with problems, listed below");
        }

        return Page();
    }

    private string TooLarge => $"The file must be smaller than {MaxMegabytes} MB. Split it into parts.";
}
