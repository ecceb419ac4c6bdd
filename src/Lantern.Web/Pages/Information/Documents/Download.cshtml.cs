using Microsoft.Net.Http.Headers;

namespace Lantern.Web.Pages.Information.Documents;

/// <summary>
/// A document's file, always as an attachment with the content type of its kind from the allow-list (never
/// HTML), and only when its digest still matches the one recorded at upload. Audited as document.downloaded.
/// </summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.DocumentViewed)]
public sealed class DownloadModel(DocumentService documents) : ReviewPageModel
{
    public string? Problem { get; private set; }

    public Guid DocumentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid documentId)
    {
        var download = await documents.DownloadAsync(Review.Id, Review.PartnershipId, documentId, HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (download is null)
        {
            return NotFound();
        }

        if (download.Content is null)
        {
            // Say why, rather than send a file that may not be what was uploaded.
            Problem = download.Problem;
            DocumentId = documentId;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(download.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(download.Content, download.ContentType);
    }
}
