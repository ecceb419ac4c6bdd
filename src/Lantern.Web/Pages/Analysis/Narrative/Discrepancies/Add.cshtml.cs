namespace Lantern.Web.Pages.Analysis.Narrative.Discrepancies;

/// <summary>Records that accounts in a section do not agree, as an item to explore.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class AddModel(NarrativeService narrative, NarrativeQueries queries) : ReviewPageModel
{
    public NarrativeSection Section { get; private set; } = null!;

    public IReadOnlyList<GovUkOption> Accounts { get; private set; } = [];

    [BindProperty(Name = "Input")]
    public DiscrepancyInput Input { get; set; } = new();

    public string SectionPath => Link.NarrativeSection(Review.Id, Section.Id);

    public async Task<IActionResult> OnGetAsync(Guid sectionId) => await LoadAsync(sectionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid sectionId)
    {
        if (!await LoadAsync(sectionId))
        {
            return NotFound();
        }

        var (result, _) = await narrative.RecordDiscrepancyAsync(new DiscrepancyDetails(Review.Id, Review.PartnershipId, sectionId, Input.Description, Input.PerspectiveIds),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Discrepancy recorded";
            return Redirect(Link.NarrativeSection(Review.Id, Section.Id) + "#discrepancies");
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid sectionId)
    {
        var ct = HttpContext.RequestAborted;
        var section = await queries.SectionAsync(Review.Viewer, sectionId, ct);
        if (section is null)
        {
            return false;
        }

        Section = section;
        Accounts = (await queries.PerspectivesAsync(Review.Viewer, [sectionId], withSources: false, ct))
            .Select(p => new GovUkOption(p.Id.ToString(), p.Name, p.Account.Length > 120 ? p.Account[..120] + "…" : p.Account)).ToList();
        return true;
    }
}

public sealed class DiscrepancyInput
{
    [System.ComponentModel.DataAnnotations.Display(Name = "How the accounts differ", Order = 1)]
    public string? Description { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Order = 2)]
    public List<Guid> PerspectiveIds { get; set; } = [];
}
