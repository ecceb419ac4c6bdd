namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The chronology with the page's filters as a CSV file (audited as chronology.exported).</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyExported)]
public sealed class ExportCsvModel(ChronologyExports exports) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var filter = ChronologyFilter.Read(Request.Query);
        if (filter.Problems().Any())
        {
            filter = filter with { FromInput = new(), ToInput = new() };
        }

        var bytes = await exports.CsvAsync(Review.Viewer, filter, HttpContext.RequestAborted);
        return File(bytes, "text/csv; charset=utf-8", "chronology.csv");
    }
}
