namespace Lantern.Web.Pages.Information.Material;

/// <summary>The index of material, with its disclosure requests, as a Word document. Audited as material.exported.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.MaterialViewed)]
public sealed class ExportWordModel(MaterialQueries queries, MaterialService material, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var rows = MaterialQueries.Apply(await queries.AllAsync(Review.Viewer, ct), MaterialQuery.From(Request.Query));
        var partnership = await db.Partnerships.Where(p => p.Id == Review.PartnershipId).Select(p => p.Name).SingleAsync(ct);
        await material.RecordExportAsync(Review.Id, Review.PartnershipId, HttpContext.AuditActor(), ct);
        var bytes = MaterialExport.Word(Review.WorkingTitle, partnership, UkTime.Today(time), rows);
        return File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "index-of-material.docx");
    }
}
