namespace Lantern.Web.Pages.Analysis.Findings;

/// <summary>What the pages that add and change a finding share: the anatomy's fields, the issues for the Board
/// (one per line), the pattern categories and the episodes to choose from.</summary>
public abstract class FindingFormModel(LanternDbContext db, CodingSchemes schemes) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> PatternOptions { get; } =
        DefaultCodingSchemes.UnderlyingPatterns.Codes.Select(c => new GovUkOption(c.Key, c.Name, c.Prompt)).ToList();

    public static IReadOnlyList<GovUkOption> StillHappensOptions { get; } =
    [
        new(nameof(StillHappens.Unknown), "Not known yet"),
        new(nameof(StillHappens.Yes), "Yes, it still happens"),
        new(nameof(StillHappens.No), "No, it has changed"),
    ];

    [BindProperty(Name = "Input")]
    public FindingInput Input { get; set; } = new();

    public IReadOnlyList<GovUkOption> EpisodeOptions { get; private set; } = [];

    /// <summary>The pattern schemes offered: Lantern's first, then the partnership's own (shown only when there are any).</summary>
    public IReadOnlyList<CodingScheme> PatternSchemes { get; private set; } = [DefaultCodingSchemes.UnderlyingPatterns];

    protected FindingDetails? ReadInput()
    {
        var checkedOn = ModelState.Read("Input.StillHappensCheckedOn", Input.StillHappensCheckedOn, "The date it was checked", required: false);
        return ModelState.IsValid
            ? new FindingDetails(Review.Id, Review.PartnershipId, Input.Title, Input.InThisCase, Input.NotPeculiar, Input.HowWidespread, Input.WhyItMatters,
                Input.Statement, Input.IsGoodPractice, (Input.Issues ?? string.Empty).Split('\n'), Input.PatternKeys, Input.EpisodeIds, Input.PriorityRank,
                Input.StillHappens ?? StillHappens.Unknown, Input.StillHappensEvidence, checkedOn)
            { MainPatternKeys = Input.MainPatternKeys }
            : null;
    }

    protected async Task LoadChoicesAsync()
    {
        PatternSchemes = await schemes.AvailableAsync(Review.PartnershipId, CodingSchemePurpose.Patterns, HttpContext.RequestAborted);

        // Ids are formatted here, not in SQL: SQLite holds them in upper case, and the form posts them back in lower case.
        var episodes = await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer).OrderBy(e => e.Number)
            .Select(e => new { e.Id, e.Number, e.Title }).ToListAsync(HttpContext.RequestAborted);
        EpisodeOptions = episodes.Select(e => new GovUkOption(e.Id.ToString(), $"Episode {e.Number}: {e.Title}")).ToList();
    }
}

public sealed class FindingInput
{
    [Display(Name = "Finding", Order = 1)]
    public string? Title { get; set; }

    [Display(Order = 2)]
    public bool IsGoodPractice { get; set; }

    [Display(Name = "How it showed in this case", Order = 3)]
    public string? InThisCase { get; set; }

    [Display(Name = "Why it is not peculiar to this case", Order = 4)]
    public string? NotPeculiar { get; set; }

    [Display(Name = "How widespread it is", Order = 5)]
    public string? HowWidespread { get; set; }

    [Display(Name = "Why it matters", Order = 6)]
    public string? WhyItMatters { get; set; }

    [Display(Name = "Summary", Order = 7)]
    public string? Statement { get; set; }

    [Display(Name = "Issues for the Board", Order = 8)]
    public string? Issues { get; set; }

    [Display(Order = 9)]
    public List<string> PatternKeys { get; set; } = [];

    /// <summary>The main pattern category among those chosen (one radio button, so one value unless the form is tampered with).</summary>
    [Display(Order = 9)]
    public List<string> MainPatternKeys { get; set; } = [];

    [Display(Order = 10)]
    public List<Guid> EpisodeIds { get; set; } = [];

    [Display(Name = "Priority", Order = 11)]
    [Range(FindingPriority.Min, FindingPriority.Max, ErrorMessage = FindingPriority.OutOfRangeFormat)]
    public int? PriorityRank { get; set; }

    [Display(Order = 12)]
    public StillHappens? StillHappens { get; set; }

    [Display(Name = "How you know", Order = 13)]
    public string? StillHappensEvidence { get; set; }

    [Display(Order = 14)]
    public DateInputModel StillHappensCheckedOn { get; set; } = new();

    public Guid Version { get; set; }

    public static FindingInput From(Finding f, IEnumerable<string> issues, IEnumerable<string> patterns, IEnumerable<Guid> episodes, string? mainPattern = null) => new()
    {
        Title = f.Title,
        IsGoodPractice = f.IsGoodPractice,
        InThisCase = f.InThisCase,
        NotPeculiar = f.NotPeculiar,
        HowWidespread = f.HowWidespread,
        WhyItMatters = f.WhyItMatters,
        Statement = f.Statement,
        Issues = string.Join("\n", issues),
        PatternKeys = [.. patterns],
        MainPatternKeys = mainPattern is null ? [] : [mainPattern],
        EpisodeIds = [.. episodes],
        PriorityRank = f.PriorityRank,
        StillHappens = f.StillHappens,
        StillHappensEvidence = f.StillHappensEvidence,
        StillHappensCheckedOn = DateInputModel.From(f.StillHappensCheckedOn),
        Version = f.Version,
    };
}
