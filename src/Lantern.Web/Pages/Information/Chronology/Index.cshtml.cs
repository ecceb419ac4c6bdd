namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The merged chronology as a table: one row per merged event or entry standing alone, in date order,
/// with filters and pages of 50.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyViewed)]
public sealed class IndexModel(ChronologyQueries queries) : ReviewPageModel
{
    public ChronologyFilter Filter { get; private set; } = ChronologyFilter.None;

    public FilterOptions Options { get; private set; } = null!;

    public PagedResult<MergedChronologyRow> Rows { get; private set; } = null!;

    public ChronologyCounts Counts { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public Components.DateInputModel From => Filter.FromInput;

    public Components.DateInputModel To => Filter.ToInput;

    public string Root => Link.Chronology(Review.Id);

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Filter = ChronologyFilter.Read(Request.Query);
        foreach (var (key, message) in Filter.Problems())
        {
            ModelState.AddModelError(key, message);
        }

        var filter = ModelState.IsValid ? Filter : Filter with { FromInput = new(), ToInput = new() };
        var page = Request.RequestedPage();
        Options = await queries.OptionsAsync(Review.Viewer, ct);
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            await queries.UsePseudonymsAsync(Review.Id, ct);
        }

        (Rows, Counts) = await queries.PageAsync(Review.Viewer, filter, page, ct);
        return Page();
    }

    public string PageUrl(int page) => Root + Filter.ToQueryString(page);

    public string SortUrl => Root + Filter.ToQueryString(newestFirst: !Filter.NewestFirst);

    public string ExportUrl(string format) => (format switch { "csv" => Link.ChronologyCsv(Review.Id), "docx" => Link.ChronologyWord(Review.Id), _ => throw new ArgumentOutOfRangeException(nameof(format)) }) + Filter.ToQueryString();
}
