namespace Lantern.Web.Pages.Analysis;

/// <summary>Downloads the working papers as a Word document. Audited as analysis.exported.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class WorkingPapersModel(WorkingPapers papers, AuditRecorder recorder, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var bytes = await papers.BuildAsync(Review.Viewer, Review.WorkingTitle, UkTime.Today(time), ct);
        recorder.Audit(HttpContext.AuditActor(), AuditActions.AnalysisExported, Review.Id, Review.PartnershipId, "Review", Review.Id);
        await db.SaveChangesAsync(ct);
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "working-papers.docx");
    }
}
