namespace Lantern.Web.Pages.Analysis.Narrative.Discrepancies;

/// <summary>Records how far exploring a discrepancy has got and what it found.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ExploreModel(NarrativeService narrative, NarrativeQueries queries, LanternDbContext db) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> StatusOptions { get; } =
        DiscrepancyStatusNames.All.Select(s => new GovUkOption(s.ToString(), s.DisplayName())).ToList();

    public NarrativeSection Section { get; private set; } = null!;

    public DiscrepancyView Discrepancy { get; private set; } = null!;

    [BindProperty(Name = "Input")]
    public ExploreInput Input { get; set; } = new();

    public string SectionPath => Link.NarrativeSection(Review.Id, Section.Id);

    public async Task<IActionResult> OnGetAsync(Guid sectionId, Guid discrepancyId)
    {
        if (!await LoadAsync(sectionId, discrepancyId))
        {
            return NotFound();
        }

        Input = new ExploreInput { Status = Discrepancy.Status, WhatWeFound = Discrepancy.WhatWeFound, Version = Discrepancy.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sectionId, Guid discrepancyId)
    {
        if (!await LoadAsync(sectionId, discrepancyId))
        {
            return NotFound();
        }

        var result = await narrative.ExploreDiscrepancyAsync(new ExploreDiscrepancyOptions(Review.Viewer, Review.PartnershipId, discrepancyId, Input.Status, Input.WhatWeFound, Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = $"Discrepancy {Discrepancy.Number} saved";
            return Redirect(Link.NarrativeSection(Review.Id, Section.Id) + "#discrepancies");
        }

        if (result.Conflict)
        {
            var savedBy = await db.Discrepancies.VisibleTo(Review.Viewer).Where(d => d.Id == discrepancyId).Join(db.Users, d => d.UpdatedByUserId, u => u.Id, (d, u) => u.DisplayName).FirstOrDefaultAsync(HttpContext.RequestAborted) ?? "Someone";
            ModelState.Remove("Input.Version");
            Input.Version = Discrepancy.Version;
            ModelState.AddModelError(string.Empty,
                $"{savedBy} saved this discrepancy while you were editing it: it is now {Discrepancy.Status.DisplayName().ToLowerInvariant()}. What you typed is kept below; check it and save again");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid sectionId, Guid discrepancyId)
    {
        var ct = HttpContext.RequestAborted;
        var section = await queries.SectionAsync(Review.Viewer, sectionId, ct);
        if (section is null)
        {
            return false;
        }

        Section = section;
        var perspectives = await queries.PerspectivesAsync(Review.Viewer, [sectionId], withSources: false, ct);
        var discrepancy = (await queries.DiscrepanciesAsync(Review.Viewer, [sectionId], perspectives, ct)).FirstOrDefault(d => d.Id == discrepancyId);
        Discrepancy = discrepancy!;
        return discrepancy is not null;
    }
}

public sealed class ExploreInput
{
    [System.ComponentModel.DataAnnotations.Display(Order = 1)]
    public DiscrepancyStatus? Status { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "What exploring it found", Order = 2)]
    public string? WhatWeFound { get; set; }

    public Guid Version { get; set; }
}
