namespace Lantern.Web.Pages.Analysis.Narrative;

/// <summary>Changes a narrative section's title, period or summary; a stale save shows both versions.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ChangeModel(NarrativeService narrative, NarrativeQueries queries, LanternDbContext db) : SectionFormModel
{
    public NarrativeSection Section { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid sectionId)
    {
        if (!await FindAsync(sectionId))
        {
            return NotFound();
        }

        Input = SectionInput.From(Section);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid sectionId)
    {
        if (!await FindAsync(sectionId))
        {
            return NotFound();
        }

        if (ReadInput() is not { } details)
        {
            return Page();
        }

        var result = await narrative.ChangeSectionAsync(new ChangeSectionOptions(Review.Viewer, sectionId, Input.Version, details), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Section saved";
            return Redirect(Link.NarrativeSection(Review.Id, sectionId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            var saved = Section;
            Conflict = await ConflictResponse.ShowAsync(this, db, "section", saved.UpdatedByUserId, saved.UpdatedAt,
            [
                new("Title", Input.Title, saved.Title),
                new("Period", PeriodText.Of(Input.PeriodFrom.TryGetDate(), Input.PeriodTo.TryGetDate()), PeriodText.Of(saved.PeriodFrom, saved.PeriodTo)),
                new("Summary", Input.Summary, saved.Summary),
            ], HttpContext.RequestAborted);
            Input.Version = saved.Version;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> FindAsync(Guid sectionId)
    {
        var section = await queries.SectionAsync(Review.Viewer, sectionId, HttpContext.RequestAborted);
        Section = section!;
        return section is not null;
    }
}
