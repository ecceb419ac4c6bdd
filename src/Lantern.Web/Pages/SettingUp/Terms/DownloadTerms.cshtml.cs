namespace Lantern.Web.Pages.SettingUp.Terms;

/// <summary>One version of the terms of reference as a Word document. The file name holds no personal data.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class DownloadTermsModel(TermsService terms) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync(int versionNumber)
    {
        var bytes = await terms.ExportAsync(Review.Id, Review.PartnershipId, Review.WorkingTitle, versionNumber, HttpContext.AuditActor(), HttpContext.RequestAborted);
        return bytes is null
            ? NotFound()
            : File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"terms-of-reference-v{versionNumber}.docx");
    }
}
