using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The chronology with the page's filters as a Word document (audited as chronology.exported), refused when
/// the disclosure-risk check finds high-risk identifiers in it (<see cref="ExportPageModel"/>).</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyExported)]
public sealed class ExportWordModel(ChronologyExports exports, AuditRecorder recorder, LanternDbContext db) : ExportPageModel(recorder, db)
{
    public async Task<IActionResult> OnGetAsync()
    {
        var filter = ReadFilter();
        var download = await exports.WordAsync(Review.Viewer, Review.WorkingTitle, filter, HttpContext.RequestAborted);
        return await GiveAsync(download, WordDocument.ContentType, "chronology.docx", filter);
    }
}
