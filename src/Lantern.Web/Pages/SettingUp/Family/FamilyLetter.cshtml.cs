using Lantern.Web.Infrastructure.Documents;
using Lantern.Web.Pages.Admin.Letters;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Family;

/// <summary>Choose a letter and a family member, read the letter as it will be, then download it. The choice
/// travels in the query string as ids only, so the preview can be bookmarked without naming anyone.</summary>
[ReviewPage(ReviewPermission.ViewFamily, AuditActions.FamilyViewed)]
public sealed class FamilyLetterModel(FamilyLetterService letters, LetterTemplateService templates, LanternDbContext db) : ReviewPageModel
{
    /// <summary>The chosen letter template's id.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Letter { get; set; }

    /// <summary>The chosen family member's id.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Member { get; set; }

    public IReadOnlyList<GovUkOption> Letters { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Members { get; private set; } = [];

    public bool HasMembers => Members.Count > 1;

    public LetterTemplate? Template { get; private set; }

    public LetterPreview? Preview { get; private set; }

    public string? DownloadUrl { get; private set; }

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var all = (await templates.ListAsync(Review.PartnershipId, HttpContext.AuditActor(), cancellationToken)).Where(t => t.IsActive).ToList();
        Letters = all.Select(t => new GovUkOption(t.Id.ToString(), t.Name, t.Purpose.Length > 0 ? t.Purpose : null)).ToList();
        var members = await db.FamilyMembers.AsNoTracking().VisibleTo(Review.Viewer)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Name).Select(m => new { m.Id, m.Name, m.Relationship }).ToListAsync(cancellationToken);
        Members = [new SelectListItem("Choose a family member", string.Empty), .. members.Select(m => new SelectListItem($"{m.Name} ({m.Relationship})", m.Id.ToString()))];

        // Only a submitted choice is checked, with our own messages: the first visit shows the form without errors.
        ModelState.Clear();
        if (!Request.Query.ContainsKey(nameof(Letter)) && !Request.Query.ContainsKey(nameof(Member)))
        {
            return;
        }

        Template = all.FirstOrDefault(t => t.Id == Letter);
        if (Template is null)
        {
            ModelState.AddModelError(nameof(Letter), "Select a letter");
        }

        if (Member is not { } memberId || members.All(m => m.Id != memberId))
        {
            ModelState.AddModelError(nameof(Member), "Select the family member the letter is for");
        }

        if (Template is null || !ModelState.IsValid)
        {
            return;
        }

        var values = await letters.ValuesAsync(Review.Id, Review.PartnershipId, Member!.Value, User.DisplayName(), cancellationToken);
        Preview = LetterRendering.Preview(Template.Body, values!, letters.Today);
        DownloadUrl = Link.FamilyLetterDownload(Review.Id, Member!.Value, Template.Id);
    }
}
