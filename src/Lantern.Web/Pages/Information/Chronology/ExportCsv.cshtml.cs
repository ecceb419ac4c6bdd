namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The chronology with the page's filters as a CSV file (audited as chronology.exported), refused when the
/// disclosure-risk check finds high-risk identifiers in it (<see cref="ExportPageModel"/>).</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyExported)]
public sealed class ExportCsvModel(ChronologyExports exports, AuditRecorder recorder, LanternDbContext db) : ExportPageModel(recorder, db)
{
    public async Task<IActionResult> OnGetAsync()
    {
        var filter = ReadFilter();
        var download = await exports.CsvAsync(Review.Viewer, filter, HttpContext.RequestAborted);
        return await GiveAsync(download, "text/csv; charset=utf-8", "chronology.csv", filter);
    }
}
