namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// A chronology download (audited as chronology.exported). The file leaves Lantern pseudonymised, so it is checked
/// first; when high-risk findings remain the download is refused with a GOV.UK error saying how many and of what
/// kinds, and the refusal is audited as export.refused-disclosure.
/// </summary>
public abstract class ExportPageModel(AuditRecorder recorder, LanternDbContext db) : ReviewPageModel
{
    /// <summary>The chronology table with the same filters, to go back to.</summary>
    public string BackUrl { get; private set; } = string.Empty;

    /// <summary>The filters read from the query, with unreadable dates dropped as the table page drops them.</summary>
    protected ChronologyFilter ReadFilter()
    {
        var filter = ChronologyFilter.Read(Request.Query);
        return filter.Problems().Any() ? filter with { FromInput = new(), ToInput = new() } : filter;
    }

    /// <summary>The file, or the page again with the refusal when the check found high-risk identifiers.</summary>
    protected async Task<IActionResult> GiveAsync(ChronologyDownload download, string contentType, string fileName, ChronologyFilter filter)
    {
        if (!download.Refused)
        {
            return File(download.Bytes!, contentType, fileName);
        }

        recorder.Audit(HttpContext.AuditActor(), AuditActions.ExportRefusedDisclosure, Review.Id, Review.PartnershipId, "Review", Review.Id);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        BackUrl = Link.Chronology(Review.Id) + filter.ToQueryString();
        ModelState.AddModelError(string.Empty, ExportDisclosure.Refusal(download.Blocking));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
