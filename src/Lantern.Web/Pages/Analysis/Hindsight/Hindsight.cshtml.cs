namespace Lantern.Web.Pages.Analysis.Hindsight;

/// <summary>The review-level record of how the team guarded against hindsight and outcome bias (quality marker
/// 13): a question per technique, answered by those who edit the analysis and read by everyone who sees it.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class HindsightModel(HindsightService hindsight, LanternDbContext db) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> UseOptions { get; } =
        new[] { TechniqueUse.Used, TechniqueUse.Planned, TechniqueUse.NotUsed }.Select(u => new GovUkOption(u.ToString(), u.DisplayName())).ToList();

    [BindProperty(Name = "Input")]
    public HindsightInput Input { get; set; } = new();

    public HindsightRecord? Record { get; private set; }

    public string? UpdatedBy { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = HindsightInput.From(Record);
    }

    [HandlerNeeds(ReviewPermission.EditAnalysis)]
    public async Task<IActionResult> OnPostAsync()
    {
        var answers = BiasTechniques.All.Select((t, i) => Input.Entries.ElementAtOrDefault(i) is { } e
            ? new TechniqueAnswer(e.Key ?? string.Empty, e.Use, e.Note)
            : new TechniqueAnswer(t.Key, null, null)).ToList();
        var result = await hindsight.RecordAsync(new HindsightOptions(Review.Id, Review.PartnershipId, answers, Input.Other, Input.Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Record saved";
            return Redirect(Link.Hindsight(Review.Id));
        }

        await LoadAsync();
        if (result.Conflict)
        {
            ModelState.Remove("Input.Version");
            Input.Version = Record?.Version;
            ModelState.AddModelError(string.Empty, $"{UpdatedBy ?? "Someone"} saved this record while you were editing it. What you typed is kept below: check their answers on this page after saving, or save again to replace them");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task LoadAsync()
    {
        Record = await db.HindsightRecords.AsNoTracking().SingleOrDefaultAsync(h => h.ReviewId == Review.Id, HttpContext.RequestAborted);
        if (Record is not null)
        {
            UpdatedBy = await db.Users.Where(u => u.Id == Record.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(HttpContext.RequestAborted);
        }
    }
}

public sealed class HindsightInput
{
    public List<TechniqueInput> Entries { get; set; } = [];

    [Display(Name = "Anything else the team did")]
    public string? Other { get; set; }

    public Guid? Version { get; set; }

    public static HindsightInput From(HindsightRecord? record) => new()
    {
        Entries = BiasTechniques.All.Select(t => record?.Entries.FirstOrDefault(e => e.Key == t.Key) is { } e
            ? new TechniqueInput { Key = t.Key, Use = e.Use == TechniqueUse.NotRecorded ? null : e.Use, Note = e.Note }
            : new TechniqueInput { Key = t.Key }).ToList(),
        Other = record?.Other,
        Version = record?.Version,
    };
}

public sealed class TechniqueInput
{
    public string? Key { get; set; }

    public TechniqueUse? Use { get; set; }

    public string? Note { get; set; }
}
