namespace Lantern.Web.Pages.Quality;

/// <summary>The review's quality-marker self-assessment as a Word document. The file name holds no personal data.</summary>
[ReviewPage(ReviewPermission.ViewQuality, AuditActions.QualityViewed)]
public sealed class DownloadModel(QualityService quality, QualityEvidence evidence, AuditRecorder recorder, LanternDbContext db) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var bytes = QualityService.ReviewDocx(Review.WorkingTitle, await quality.ReadAsync(Review.Id, ct), await evidence.ForReviewAsync(Review.Id, ct), recorder.Today);
        recorder.AuditReview(HttpContext.AuditActor(), AuditActions.QualityDownloaded, Review.Id, Review.PartnershipId);
        await db.SaveChangesAsync(ct);
        return File(bytes, Infrastructure.Documents.WordDocument.ContentType, "quality-markers.docx");
    }
}
