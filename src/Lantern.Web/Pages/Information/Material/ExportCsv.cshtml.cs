namespace Lantern.Web.Pages.Information.Material;

/// <summary>The index of material, with the filters and order on screen, as a CSV file. Audited as material.exported.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.MaterialViewed)]
public sealed class ExportCsvModel(MaterialQueries queries, MaterialService material) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var rows = MaterialQueries.Apply(await queries.AllAsync(Review.Viewer, HttpContext.RequestAborted), MaterialQuery.From(Request.Query));
        await material.RecordExportAsync(Review.Id, Review.PartnershipId, HttpContext.AuditActor(), HttpContext.RequestAborted);
        return File(await MaterialExport.CsvAsync(rows), "text/csv; charset=utf-8", "index-of-material.csv");
    }
}
