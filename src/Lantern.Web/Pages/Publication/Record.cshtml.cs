using Lantern.Core.Board;

namespace Lantern.Web.Pages.Publication;

/// <summary>Records the publication: the date, where, and what was published, with the reason and the date the
/// Board was told when it was late. Moves the presented version to "published" through the disclosure gate,
/// works out when the report comes down and gives the business unit a task before then.</summary>
[ReviewPage(ReviewPermission.PlanPublication, AuditActions.PublicationPlanViewed)]
public sealed class RecordModel(PublicationQueries queries, PublicationService service) : PublicationFormModel(queries)
{
    public static IReadOnlyList<GovUkOption> EditionOptions { get; } =
        [.. PublicationNames.EachEdition.Select(e => new GovUkOption(e.ToString(), e.DisplayName()))];

    [BindProperty(Name = "Input")]
    public RecordForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        if (State.Published)
        {
            return Redirect(Link.Publication(Review.Id));
        }

        Input.Version = State.Plan?.Version;
        Input.Editions = [nameof(PublishedEditions.Report)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var on = ModelState.Read("Input.PublishedOn", Input.PublishedOn, "Date it was published", required: false);
        var told = ModelState.Read("Input.BoardToldOfLatenessOn", Input.BoardToldOfLatenessOn, "Date the Board was told", required: false);
        var editions = PublishedEditions.None;
        foreach (var edition in Input.Editions)
        {
            if (Enum.TryParse<PublishedEditions>(edition, out var parsed) && PublicationNames.EachEdition.Contains(parsed))
            {
                editions |= parsed;
            }
            else
            {
                ModelState.AddModelError("Input.Editions", "Select what was published from the list");
            }
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var result = await service.RecordPublicationAsync(Scope, new PublicationInput(on, Input.Where, editions, Input.LateReason, told), Input.Version, HttpContext.RequestAborted);
        return await AfterSaveAsync(result, "Publication recorded", v => Input.Version = v);
    }

    public sealed class RecordForm
    {
        [Display(Order = 1)]
        public DateInputModel PublishedOn { get; set; } = new();

        [Display(Order = 2)]
        public string? Where { get; set; }

        [Display(Order = 3)]
        public List<string> Editions { get; set; } = [];

        [Display(Order = 4)]
        public string? LateReason { get; set; }

        [Display(Order = 5)]
        public DateInputModel BoardToldOfLatenessOn { get; set; } = new();

        public Guid? Version { get; set; }
    }
}
