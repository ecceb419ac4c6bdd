namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>Changes a finding, with both versions side by side when someone else saved it first.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ChangeModel(FindingService findings, LanternDbContext db, CodingSchemes schemes) : FindingFormModel(db, schemes)
{
    private readonly LanternDbContext db = db;

    public Finding Finding { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid findingId)
    {
        if (await FindAsync(findingId) is not { } finding)
        {
            return NotFound();
        }

        var (issues, patterns, episodes) = await PartsAsync(findingId);
        var main = await db.AnalysisCodes.AsNoTracking().Where(c => c.ItemId == findingId && c.IsMain).Select(c => new { c.SchemeKey, c.CodeKey }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        Input = FindingInput.From(finding, issues, patterns, episodes, main is null ? null : PatternKeys.FormKey(main.SchemeKey, main.CodeKey));
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid findingId)
    {
        if (await FindAsync(findingId) is null)
        {
            return NotFound();
        }

        if (ReadInput() is { } details)
        {
            var result = await findings.ChangeFindingAsync(new ChangeFindingOptions(Review.Viewer, findingId, Input.Version, details), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Finding saved";
                return Redirect(Link.Finding(Review.Id, findingId));
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                await ShowConflictAsync(findingId);
            }
            else
            {
                result.AddTo(ModelState, "Input");
            }
        }

        await LoadChoicesAsync();
        return Page();
    }

    private async Task ShowConflictAsync(Guid findingId)
    {
        await LoadChoicesAsync();
        var saved = (await FindAsync(findingId))!;
        var (issues, patterns, episodes) = await PartsAsync(findingId);
        var numbers = await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer).ToDictionaryAsync(e => e.Id, e => e.Number, HttpContext.RequestAborted);
        string Episodes(IEnumerable<Guid> ids) => string.Join(", ", ids.Where(numbers.ContainsKey).Select(id => numbers[id]).Order().Select(n => $"episode {n}"));
        string Patterns(IEnumerable<string> keys) => string.Join(", ", keys.Select(k => PatternKeys.Resolve(PatternSchemes, k)?.Code.Name ?? k));
        Conflict = await ConflictResponse.ShowAsync(this, db, "finding", saved.UpdatedByUserId, saved.UpdatedAt,
        [
            new("The finding", Input.Title, saved.Title),
            new("Good practice", Input.IsGoodPractice ? "Yes" : "No", saved.IsGoodPractice ? "Yes" : "No"),
            new("How it showed in this case", Input.InThisCase, saved.InThisCase),
            new("Why it is not peculiar to this case", Input.NotPeculiar, saved.NotPeculiar),
            new("How widespread it is", Input.HowWidespread, saved.HowWidespread),
            new("Why it matters", Input.WhyItMatters, saved.WhyItMatters),
            new("Summary", Input.Statement, saved.Statement),
            new("Issues for the Board", string.Join("\n", FindingAnatomy.TidyIssues((Input.Issues ?? string.Empty).Split('\n'))), string.Join("\n", issues)),
            new("Pattern categories", Patterns(Input.PatternKeys), Patterns(patterns)),
            new("Episodes behind it", Episodes(Input.EpisodeIds), Episodes(episodes)),
            new("Priority", Input.PriorityRank?.ToString(), saved.PriorityRank?.ToString()),
            new("Still happens", Input.StillHappens?.ToString(), saved.StillHappens.ToString()),
            new("How you know", Input.StillHappensEvidence, saved.StillHappensEvidence),
        ], HttpContext.RequestAborted);
        Input.Version = saved.Version;
    }

    private async Task<(List<string> Issues, List<string> Patterns, List<Guid> Episodes)> PartsAsync(Guid findingId)
    {
        var ct = HttpContext.RequestAborted;
        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.FindingId == findingId).OrderBy(i => i.Position).Select(i => i.Text).ToListAsync(ct)).ConvertAll(FindingAnatomy.TidyIssue);
        var patterns = (await db.AnalysisCodes.AsNoTracking().Where(c => c.ItemId == findingId).Select(c => new { c.SchemeKey, c.CodeKey }).ToListAsync(ct))
            .Select(c => PatternKeys.FormKey(c.SchemeKey, c.CodeKey)).ToList();
        var episodes = await db.AnalysisLinks.AsNoTracking().Where(l => l.FromId == findingId && l.ToKind == EvidenceKind.Episode).Join(db.Episodes.VisibleTo(Review.Viewer), l => l.ToId, e => e.Id, (l, e) => e.Id).ToListAsync(ct);
        return (issues, patterns, episodes);
    }

    private async Task<Finding?> FindAsync(Guid findingId)
    {
        var finding = await db.Findings.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(f => f.Id == findingId, HttpContext.RequestAborted);
        if (finding is not null)
        {
            Finding = finding;
        }

        return finding;
    }
}
