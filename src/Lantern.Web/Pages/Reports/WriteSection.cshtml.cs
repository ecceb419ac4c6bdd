using Lantern.Core.Reports;
using Lantern.Web.Pages.Analysis;

namespace Lantern.Web.Pages.Reports;

/// <summary>Writes a section. Two people saving at once: the second sees both texts side by side and loses nothing.</summary>
[ReviewPage(ReviewPermission.WriteReport, AuditActions.ReportViewed)]
public sealed class WriteSectionModel(ReportQueries queries, ReportService reports, ReportDrafting drafting, LanternDbContext db) : ReviewPageModel
{
    public ReportVersion Version { get; private set; } = null!;

    public ReportSection Section { get; private set; } = null!;

    public SourceChanges? Changes { get; private set; }

    public Conflict? Conflict { get; private set; }

    [BindProperty(Name = "Input")]
    public SectionInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(int number, string sectionKey)
    {
        if (!await LoadAsync(number, sectionKey))
        {
            return NotFound();
        }

        if (!Version.IsOpenForWriting)
        {
            return Redirect(Link.ReportSection(Review.Id, number, sectionKey));
        }

        Input = new SectionInput { Text = Section.Text, Token = Section.Version, TakeInAnalysis = false };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int number, string sectionKey)
    {
        var result = await reports.WriteSectionAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()), number, sectionKey, Input.Token, Input.Text, Input.TakeInAnalysis, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Section saved";
            return Redirect(Link.ReportSection(Review.Id, number, sectionKey));
        }

        if (result.NotFound || !await LoadAsync(number, sectionKey))
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            Conflict = await ConflictResponse.ShowAsync(this, db, "section", Section.WrittenByUserId, Section.WrittenAt,
                [new ConflictRow("Text", Input.Text, Section.Text)], HttpContext.RequestAborted);
            Input.Token = Section.Version;
        }
        else
        {
            result.AddAsIs(ModelState);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(int number, string sectionKey)
    {
        var ct = HttpContext.RequestAborted;
        if (await queries.VersionAsync(Review.Id, number, ct) is not { } version || await queries.SectionAsync(version.Id, sectionKey, ct) is not { } section)
        {
            return false;
        }

        Version = version;
        Section = section;
        if (await drafting.SourceAsync(Review.Id, Review.PartnershipId, sectionKey, ct) is { } now && now.Fingerprint != section.SourceFingerprint)
        {
            Changes = drafting.Changes(section.SourceJson, now.Json);
        }

        return true;
    }

    public sealed class SectionInput
    {
        public string? Text { get; set; }

        public Guid Token { get; set; }

        public bool TakeInAnalysis { get; set; }
    }
}
