namespace Lantern.Web.Pages.Information.Submissions;

public sealed class EventWordsInput
{
    public Guid AgencyId { get; set; }

    public string? Words { get; set; }

    public string? TypeName { get; set; }

    public bool WholePartnership { get; set; }
}

/// <summary>One agency's words for events that match none of Lantern's types.</summary>
public sealed record AgencyWords(Guid AgencyId, string AgencyName, IReadOnlyList<UnmappedWords> Words);

/// <summary>
/// Event words to map: per agency, the words of its current entries that match no Lantern event type, most used
/// first, each with a choice of type. Open to those who may submit the agency's chronology (an agency contact
/// sees only their own agency); only those who choose the agency (business unit, lead reviewer) may map words
/// for the whole partnership.
/// </summary>
[ReviewPage(ReviewPermission.SubmitChronology, AuditActions.ChronologySubmissionsViewed)]
public sealed class EventWordsModel(LanternDbContext db, EventWordsService service) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public EventWordsInput Input { get; set; } = new();

    [BindProperty]
    public Guid MappingId { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<AgencyWords> Agencies { get; private set; } = [];

    public IReadOnlyList<MadeMapping> Mappings { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();

    public bool MayMapForPartnership => SubmissionScope.ChoosesAgency(Review);

    /// <summary>The agencies the person may map words for, as the record rules' query gives them (read once a request).</summary>
    private HashSet<Guid> submitsFor = [];

    /// <summary>Whether the posted form was for these words of this agency (to show its error beside it).</summary>
    public bool IsPosted(UnmappedWords words) =>
        !ModelState.IsValid && Input.AgencyId == words.AgencyId && EventTypeVocabulary.Key(Input.Words) == words.Key;

    [TempData]
    public string? Notice { get; set; }

    public string Root => Link.Submissions(Review.Id);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        submitsFor = await SubmissionScope.SubmitsForAsync(db, Review, HttpContext.RequestAborted);
        if (!submitsFor.Contains(Input.AgencyId) || Input.WholePartnership && !MayMapForPartnership)
        {
            return NotFound();
        }

        var result = await service.MapAsync(new MapEventWordsOptions(Review.Id, Review.PartnershipId, Input.AgencyId, Input.Words, Input.TypeName, Input.WholePartnership),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"\u201c{Input.Words?.Trim()}\u201d now means {EventTypes.Find(Input.TypeName)!.Name}" +
                (Input.WholePartnership ? " for every agency in the partnership" : " for this agency");
            return Redirect(Link.EventWords(Review.Id));
        }

        result.AddTo(ModelState, "Input");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        submitsFor = await SubmissionScope.SubmitsForAsync(db, Review, HttpContext.RequestAborted);
        var result = await service.RemoveAsync(new RemoveEventWordsMappingOptions(Review.Id, Review.PartnershipId, MappingId, Version),
            MayMapFor,
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "The mapping was removed. Entries with those words show the agency's words only, unless the built-in list knows them";
            return Redirect(Link.EventWords(Review.Id));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, "Someone else changed or removed this mapping since you opened the page. Check the list below and try again");
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        submitsFor = await SubmissionScope.SubmitsForAsync(db, Review, ct);
        var agencies = (await SubmissionScope.AgenciesAsync(db, Review, ct)).Where(a => submitsFor.Contains(a.Id)).ToList();
        var ordered = await Information.AgencyOrder.SortAsync(db, Review.Id, agencies.Select(a => (a.Id, a.Name)), ct);
        AgencyNames = agencies.ToDictionary(a => a.Id, a => a.Name);
        var words = await service.UnmappedAsync(Review.Id, agencies.Select(a => a.Id).ToList(), ct);
        Agencies = ordered
            .Select(a => new AgencyWords(a.Id, a.Name, words.Where(w => w.AgencyId == a.Id).ToList()))
            .Where(a => a.Words.Count > 0)
            .ToList();
        Mappings = (await service.MappingsAsync(Review.PartnershipId, ct))
            .Where(m => m.AgencyId is null || AgencyNames.ContainsKey(m.AgencyId.Value))
            .ToList();
    }

    public bool MayRemove(MadeMapping mapping) => MayMapFor(mapping.AgencyId);

    private bool MayMapFor(Guid? agencyId) => agencyId is { } id ? submitsFor.Contains(id) : MayMapForPartnership;
}
