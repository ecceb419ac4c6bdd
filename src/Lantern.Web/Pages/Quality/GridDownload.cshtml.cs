namespace Lantern.Web.Pages.Quality;

/// <summary>The partnership's quality-marker grid as a Word document.</summary>
[PartnershipPage(PartnershipPermission.ViewQualityGrid)]
public sealed class GridDownloadModel(QualityService quality, AuditRecorder recorder, LanternDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var actor = User.RequireActor();
        var ct = HttpContext.RequestAborted;
        var name = await db.Partnerships.Where(p => p.Id == actor.PartnershipId).Select(p => p.Name).SingleAsync(ct);
        var bytes = QualityService.GridDocx(name, await quality.GridAsync(actor.PartnershipId, ct), recorder.Today);
        recorder.AuditPartnership(HttpContext.AuditActor(), AuditActions.QualityGridDownloaded, actor.PartnershipId);
        await db.SaveChangesAsync(ct);
        return File(bytes, Infrastructure.Documents.WordDocument.ContentType, "quality-markers-across-reviews.docx");
    }
}
