using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The chronology with the page's filters as a Word document (audited as chronology.exported).</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyExported)]
public sealed class ExportWordModel(ChronologyExports exports) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var filter = ChronologyFilter.Read(Request.Query);
        if (filter.Problems().Any())
        {
            filter = filter with { FromInput = new(), ToInput = new() };
        }

        var bytes = await exports.WordAsync(Review.Viewer, Review.WorkingTitle, filter, HttpContext.RequestAborted);
        return File(bytes, WordDocument.ContentType, "chronology.docx");
    }
}
