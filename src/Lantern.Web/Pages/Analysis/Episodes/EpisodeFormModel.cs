namespace Lantern.Web.Pages.Analysis.Episodes;

/// <summary>What the pages that add and change a key practice episode share: the form, the agencies to choose
/// from and reading the answers into the service's details.</summary>
public abstract class EpisodeFormModel(LanternDbContext db) : ReviewPageModel
{
    public static IReadOnlyList<GovUkOption> AppraisalOptions { get; } =
        EpisodeNames.Appraisals.Select(a => new GovUkOption(a.ToString(), a.DisplayName(), a.Hint())).ToList();

    public static IReadOnlyList<GovUkOption> SourceOptions { get; } =
        EpisodeNames.Sources.Select(s => new GovUkOption(s.ToString(), s.DisplayName())).ToList();

    [BindProperty(Name = "Input")]
    public EpisodeInput Input { get; set; } = new();

    public IReadOnlyList<GovUkOption> AgencyOptions { get; private set; } = [];

    protected EpisodeDetails? ReadInput()
    {
        var from = ModelState.Read("Input.PeriodFrom", Input.PeriodFrom, "The start of the period", required: false);
        var to = ModelState.Read("Input.PeriodTo", Input.PeriodTo, "The end of the period", required: false);
        return ModelState.IsValid
            ? new EpisodeDetails(Review.Id, Review.PartnershipId, Input.Title, from, to, Input.AgencyIds, Input.WhatHappened, Input.KnownThen,
                Input.Appraisal, Input.AppraisalReasons, Input.Explanation, Input.RaisedBy!.Value)
            : null;
    }

    protected async Task LoadAgenciesAsync()
    {
        // Ids are formatted here, not in SQL: SQLite holds them in upper case, and the form posts them back in lower case.
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId && (a.IsActive || Input.AgencyIds.Contains(a.Id)))
            .OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(HttpContext.RequestAborted);
        AgencyOptions = agencies.Select(a => new GovUkOption(a.Id.ToString(), a.Name)).ToList();
    }
}

public sealed class EpisodeInput
{
    [Display(Name = "Title", Order = 1)]
    public string? Title { get; set; }

    [Display(Order = 2)]
    public DateInputModel PeriodFrom { get; set; } = new();

    [Display(Order = 3)]
    public DateInputModel PeriodTo { get; set; } = new();

    [Display(Order = 4)]
    public List<Guid> AgencyIds { get; set; } = [];

    [Display(Name = "What happened", Order = 5)]
    public string? WhatHappened { get; set; }

    [Display(Name = "What was known then", Order = 6)]
    public string? KnownThen { get; set; }

    [Display(Order = 7)]
    public PracticeAppraisal? Appraisal { get; set; }

    [Display(Name = "Reasons for the appraisal", Order = 8)]
    public string? AppraisalReasons { get; set; }

    [Display(Name = "Why it made sense at the time", Order = 9)]
    public string? Explanation { get; set; }

    [Display(Order = 10)]
    [Required(ErrorMessage = "Select who raised the episode")]
    public EpisodeSource? RaisedBy { get; set; }

    public Guid Version { get; set; }

    public static EpisodeInput From(KeyPracticeEpisode e) => new()
    {
        Title = e.Title,
        PeriodFrom = DateInputModel.From(e.PeriodFrom),
        PeriodTo = DateInputModel.From(e.PeriodTo),
        AgencyIds = [.. e.AgencyIds],
        WhatHappened = e.WhatHappened,
        KnownThen = e.KnownThen,
        Appraisal = e.Appraisal,
        AppraisalReasons = e.AppraisalReasons,
        Explanation = e.Explanation,
        RaisedBy = e.RaisedBy,
        Version = e.Version,
    };
}
