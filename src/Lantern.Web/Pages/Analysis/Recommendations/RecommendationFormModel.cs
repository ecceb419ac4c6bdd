namespace Lantern.Web.Pages.Analysis.Recommendations;

/// <summary>The form shared by adding and changing a recommendation.</summary>
public abstract class RecommendationFormModel(LanternDbContext db) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> KindOptions { get; } =
        RecommendationNames.Kinds.Select(k => new GovUkOption(k.ToString(), k.DisplayName())).ToList();

    public static IReadOnlyList<GovUkOption> LevelOptions { get; } =
        RecommendationNames.Levels.Select(l => new GovUkOption(l.ToString(), l.ToString())).ToList();

    [BindProperty(Name = "Input")]
    public RecommendationInput Input { get; set; } = new();

    /// <summary>The review's findings, each with its issues for the Board, to choose what the recommendation draws on.</summary>
    public IReadOnlyList<FindingChoice> FindingChoices { get; private set; } = [];

    protected RecommendationDetails? ReadInput() => ModelState.IsValid
        ? new RecommendationDetails(Review.Id, Review.PartnershipId, Input.Text, Input.Kind, Input.Level, Input.FindingIds, Input.IssueIds, Input.SuggestedOwner)
        : null;

    protected async Task LoadFindingsAsync()
    {
        var ct = HttpContext.RequestAborted;
        var findings = await db.Findings.AsNoTracking().VisibleTo(Review.Viewer).OrderBy(f => f.Number)
            .Select(f => new { f.Id, f.Number, f.Title }).ToListAsync(ct);
        var issues = (await db.BoardIssues.AsNoTracking().Where(i => i.ReviewId == Review.Id).OrderBy(i => i.Position)
            .Select(i => new { i.Id, i.FindingId, i.Text }).ToListAsync(ct)).ToLookup(i => i.FindingId);
        FindingChoices = findings.Select(f => new FindingChoice(f.Id, f.Number, f.Title, issues[f.Id].Select(i => (i.Id, i.Text)).ToList())).ToList();
    }
}

/// <summary>A finding a recommendation may draw on, with the issues for the Board it may answer.</summary>
public sealed record FindingChoice(Guid Id, int Number, string Title, IReadOnlyList<(Guid Id, string Text)> Issues);

public sealed class RecommendationInput
{
    [Display(Name = "Recommendation", Order = 1)]
    public string? Text { get; set; }

    [Display(Order = 2)]
    public RecommendationKind? Kind { get; set; }

    [Display(Order = 3)]
    public RecommendationLevel? Level { get; set; }

    [Display(Order = 4)]
    public List<Guid> FindingIds { get; set; } = [];

    [Display(Order = 5)]
    public List<Guid> IssueIds { get; set; } = [];

    [Display(Name = "Suggested owner", Order = 6)]
    public string? SuggestedOwner { get; set; }

    public Guid Version { get; set; }

    public static RecommendationInput From(Recommendation r) => new()
    {
        Text = r.Text,
        Kind = r.Kind,
        Level = r.Level,
        SuggestedOwner = r.SuggestedOwner,
        Version = r.Version,
    };
}
