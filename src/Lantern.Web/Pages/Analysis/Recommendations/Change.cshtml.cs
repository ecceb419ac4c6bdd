namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>Changes a recommendation; a stale form keeps what was typed and shows the saved text beside it.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ChangeModel(RecommendationService recommendations, LanternDbContext db) : RecommendationFormModel(db)
{
    private readonly LanternDbContext db = db;

    public Recommendation Recommendation { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid recommendationId)
    {
        if (!await FindAsync(recommendationId))
        {
            return NotFound();
        }

        Input = RecommendationInput.From(Recommendation);
        (Input.FindingIds, Input.IssueIds) = await SourcesAsync(recommendationId);
        await LoadFindingsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid recommendationId)
    {
        if (!await FindAsync(recommendationId))
        {
            return NotFound();
        }

        if (ReadInput() is { } details)
        {
            var result = await recommendations.ChangeAsync(new ChangeRecommendationOptions(Review.Viewer, recommendationId, Input.Version, details), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Recommendation saved";
                return Redirect(Link.Recommendations(Review.Id));
            }

            if (result.Conflict)
            {
                var saved = Recommendation;
                await LoadFindingsAsync();
                var (findingIds, issueIds) = await SourcesAsync(recommendationId);
                Conflict = await ConflictResponse.ShowAsync(this, db, "recommendation", saved.UpdatedByUserId, saved.UpdatedAt,
                [
                    new("Recommendation", Input.Text, saved.Text),
                    new("Kind", Input.Kind?.ShortName(), saved.Kind.ShortName()),
                    new("Level", Input.Level?.ToString(), saved.Level.ToString()),
                    new("Draws on", DrawsOn(Input.FindingIds, Input.IssueIds), DrawsOn(findingIds, issueIds)),
                    new("Suggested owner", Input.SuggestedOwner, saved.SuggestedOwner),
                ], HttpContext.RequestAborted);
                Input.Version = saved.Version;
            }
            else
            {
                result.AddTo(ModelState, "Input");
            }
        }

        await LoadFindingsAsync();
        return Page();
    }

    /// <summary>The findings and issues a saved recommendation draws on.</summary>
    private async Task<(List<Guid> Findings, List<Guid> Issues)> SourcesAsync(Guid recommendationId)
    {
        var ct = HttpContext.RequestAborted;
        var findings = await db.RecommendationFindings.AsNoTracking().Where(l => l.RecommendationId == recommendationId).Select(l => l.FindingId).ToListAsync(ct);
        var issues = await db.RecommendationIssues.AsNoTracking().Where(l => l.RecommendationId == recommendationId).Select(l => l.BoardIssueId).ToListAsync(ct);
        return (findings, issues);
    }

    /// <summary>"Finding 1 (issues 1, 2); finding 3" for the conflict page.</summary>
    private string DrawsOn(IReadOnlyCollection<Guid> findingIds, IReadOnlyCollection<Guid> issueIds) =>
        string.Join("; ", FindingChoices.Where(f => findingIds.Contains(f.Id) || f.Issues.Any(i => issueIds.Contains(i.Id))).Select(f =>
        {
            var issues = f.Issues.Select((issue, n) => (issue.Id, Number: n + 1)).Where(i => issueIds.Contains(i.Id)).Select(i => i.Number).ToList();
            return issues.Count == 0 ? $"Finding {f.Number}" : $"Finding {f.Number} (issues {string.Join(", ", issues)})";
        }));

    private async Task<bool> FindAsync(Guid recommendationId)
    {
        var recommendation = await db.Recommendations.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(r => r.Id == recommendationId, HttpContext.RequestAborted);
        Recommendation = recommendation!;
        return recommendation is not null;
    }
}
