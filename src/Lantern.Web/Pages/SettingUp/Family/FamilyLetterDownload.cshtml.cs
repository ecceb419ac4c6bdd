using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>One letter to one family member as a Word document. Only those who may act for the family get it,
/// and each download is recorded.</summary>
[ReviewPage(ReviewPermission.EditFamily, AuditActions.FamilyViewed)]
public sealed class FamilyLetterDownloadModel(FamilyLetterService letters) : ReviewPageModel
{
    public async Task<IActionResult> OnGetAsync(Guid memberId, Guid templateId)
    {
        var letter = await letters.ProduceLetterAsync(new ProduceLetterOptions(Review.Id, Review.PartnershipId, memberId, templateId, User.DisplayName()),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        return letter is null ? NotFound() : File(letter.Bytes, WordDocument.ContentType, letter.FileName);
    }
}
