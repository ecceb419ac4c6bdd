using Lantern.Core.Disclosure;
using Lantern.Web.Infrastructure.Uploads;

namespace Lantern.Web.Pages.Reports;

/// <summary>Checks a draft written in Word (or Markdown or plain text) for anything that could identify the family,
/// against the review's people register and identifying details. The document is read in memory and not kept; the
/// check is audited.</summary>
[ReviewPage(ReviewPermission.WriteReport, AuditActions.ReportViewed)]
[UploadLimit]
public sealed class CheckDocumentModel(LanternDbContext db, AuditRecorder recorder, UploadLimits limits) : ReviewPageModel
{
    public const string FileField = "File";

    /// <summary>The largest document accepted: a long report with pictures is a few megabytes.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    public IReadOnlyList<DisclosureHit>? Hits { get; private set; }

    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public string? FileName { get; private set; }

    public long MaxMegabytes => Math.Min(MaxBytes, limits.MaxRequestBodyBytes) / (1024 * 1024);

    public void OnGet()
    {
        if (Request.Query.ContainsKey(UploadLimitAttribute.TooLargeQuery))
        {
            ModelState.AddModelError(FileField, $"The file must be smaller than {MaxMegabytes} MB");
        }
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        var ct = HttpContext.RequestAborted;
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(FileField, "Select the document to check");
            return Page();
        }

        if (file.Length > MaxBytes)
        {
            ModelState.AddModelError(FileField, $"The file must be smaller than {MaxMegabytes} MB");
            return Page();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var read = DocumentReading.Read(file.FileName, buffer.ToArray());
        if (read.Problem is { } problem)
        {
            ModelState.AddModelError(FileField, problem);
            return Page();
        }

        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id).ToListAsync(ct);
        var details = await db.IdentifyingDetails.AsNoTracking().Where(d => d.ReviewId == Review.Id).ToListAsync(ct);
        var check = new DisclosureCheck(people.Select(DisclosurePerson.From), details.Select(d => d.ToDetail()));
        Hits = check.Scan(read.Document!);
        Paragraphs = read.Document!.Paragraphs.Select(p => p.Text).ToList();
        FileName = Path.GetFileName(file.FileName);
        recorder.Audit(HttpContext.AuditActor(), AuditActions.ReportDocumentChecked, Review.Id, Review.PartnershipId, "Review", Review.Id);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
