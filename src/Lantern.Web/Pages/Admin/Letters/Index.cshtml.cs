namespace Lantern.Web.Pages.Admin.Letters;

/// <summary>The partnership's letters to families. The first visit gives a partnership with none its own
/// copies of Lantern's default letters (see <see cref="LetterTemplateService.EnsureDefaultsAsync"/>).</summary>
[PartnershipPage(PartnershipPermission.ManageLetterTemplates)]
public sealed class IndexModel(LetterTemplateService letters) : PageModel
{
    public IReadOnlyList<LetterTemplate> Templates { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() =>
        Templates = await letters.ListAsync(User.RequireActor().PartnershipId, HttpContext.AuditActor(), HttpContext.RequestAborted);
}
