namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>Codes an episode's contributory factors against a framework, level by level: Lantern's, or one the
/// partnership added (a choice shown only when there is more than one). Optional, and any number may apply.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class FactorsModel(EpisodeService episodes, CodingSchemes schemes, LanternDbContext db) : ReviewPageModel
{
    public KeyPracticeEpisode Episode { get; private set; } = null!;

    public IReadOnlyList<CodingScheme> Available { get; private set; } = [];

    public CodingScheme Scheme { get; private set; } = DefaultCodingSchemes.ContributoryFactors;

    public IReadOnlyList<GovUkOption> SchemeOptions => Available.Select(s => new GovUkOption(s.Key, $"{s.Name}, version {s.Version}")).ToList();

    /// <summary>Codes from an earlier version of the chosen framework that this version no longer has: they stay.</summary>
    public IReadOnlyList<CodeRow> Kept { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? SchemeKey { get; set; }

    [BindProperty(Name = "Factors")]
    public List<string> Factors { get; set; } = [];

    /// <summary>How each ticked factor applied in the episode, by code key.</summary>
    [BindProperty(Name = "Notes")]
    public Dictionary<string, string?> Notes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid episodeId)
    {
        if (!await FindAsync(episodeId))
        {
            return NotFound();
        }

        var codes = await db.AnalysisCodes.AsNoTracking().Where(c => c.ItemId == episodeId).ToListAsync(HttpContext.RequestAborted);
        if (SchemeKey is null && codes.Count > 0 && codes.All(c => c.SchemeKey != DefaultCodingSchemes.FactorsKey))
        {
            // Coded only with one of the partnership's frameworks: open that one.
            Scheme = Available.FirstOrDefault(s => codes.Any(c => c.SchemeKey == s.Key)) ?? Scheme;
        }

        SchemeKey = Scheme.Key;

        var mine = codes.Where(c => c.SchemeKey == Scheme.Key).ToList();
        Factors = mine.Where(c => Scheme.Find(c.CodeKey) is not null).Select(c => c.CodeKey).ToList();
        Notes = mine.Where(c => c.Note is not null).ToDictionary(c => c.CodeKey, c => c.Note);
        Kept = await schemes.DescribeAsync(Review.PartnershipId, mine.Where(c => Scheme.Find(c.CodeKey) is null), HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid episodeId)
    {
        if (!await FindAsync(episodeId))
        {
            return NotFound();
        }

        var result = await episodes.CodeFactorsAsync(new CodeEpisodeOptions(Review.Viewer, Review.PartnershipId, episodeId, Factors, SchemeKey ?? Scheme.Key) { Notes = Notes },
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Contributory factors saved";
            return Redirect(Link.Episode(Review.Id, episodeId));
        }

        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(field.StartsWith("note-", StringComparison.Ordinal) ? field : $"factor-{Scheme.Codes[0].Key}", message);
        }

        return Page();
    }

    private async Task<bool> FindAsync(Guid episodeId)
    {
        var episode = await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer).SingleOrDefaultAsync(e => e.Id == episodeId, HttpContext.RequestAborted);
        Episode = episode!;
        Available = await schemes.AvailableAsync(Review.PartnershipId, CodingSchemePurpose.ContributoryFactors, HttpContext.RequestAborted);
        Scheme = Available.FirstOrDefault(s => s.Key == SchemeKey) ?? Available[0];
        return episode is not null;
    }
}
