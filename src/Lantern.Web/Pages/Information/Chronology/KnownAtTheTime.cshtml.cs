using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>What one agency had recorded, or been told at events it took part in, by a chosen date: the guard
/// against judging with hindsight.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyKnownAtTimeViewed)]
public sealed class KnownAtTheTimeModel(ChronologyQueries queries) : ReviewPageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<(Guid Id, string Name)> Agencies { get; private set; } = [];

    public Guid? AgencyId { get; private set; }

    public string? AgencyName { get; private set; }

    public DateInputModel On { get; private set; } = new();

    public DateOnly? Date { get; private set; }

    public PagedResult<EntryAccount>? Known { get; private set; }

    public int ToldCount { get; private set; }

    public string Root => Link.Chronology(Review.Id);

    public async Task<IActionResult> OnGetAsync(string? agency)
    {
        var ct = HttpContext.RequestAborted;
        var options = await queries.OptionsAsync(Review.Viewer, ct);
        Agencies = options.Agencies.Select(a => (a.Id, a.Name)).ToList();
        On = new DateInputModel { Day = Request.Query["On.Day"], Month = Request.Query["On.Month"], Year = Request.Query["On.Year"] };
        var asked = agency is not null || !On.IsEmpty;
        if (!asked)
        {
            return Page();
        }

        AgencyId = Guid.TryParse(agency, out var id) && Agencies.Any(a => a.Id == id) ? id : null;
        if (AgencyId is null)
        {
            ModelState.AddModelError("agency", "Select the agency");
        }

        Date = ModelState.Read("On", On, "The date", required: true);
        if (!ModelState.IsValid || AgencyId is not { } chosen || Date is not { } by)
        {
            return Page();
        }

        AgencyName = Agencies.First(a => a.Id == chosen).Name;
        var entries = await queries.Current(Review.Viewer).Select(e => new DatedEntry(e.Id, e.AgencyId, e.Date, e.MergedEventId)).ToListAsync(ct);
        var known = KnownAtTheTime.Select(entries, chosen, by);
        ToldCount = known.Count(e => KnownAtTheTime.WasTold(e, chosen));
        var pageCount = Math.Max(1, (int)Math.Ceiling(known.Count / (double)PageSize));
        var page = Math.Clamp(Request.RequestedPage(), 1, pageCount);
        var ids = known.Skip((page - 1) * PageSize).Take(PageSize).Select(e => e.Id).ToList();
        if (!Review.Can(ReviewPermission.ViewRealIdentities))
        {
            await queries.UsePseudonymsAsync(Review.Id, ct);
        }

        var accounts = (await queries.AccountsAsync(Review.Id, Review.PartnershipId, queries.Current(Review.Viewer).Where(e => ids.Contains(e.Id)), ct)).ToDictionary(a => a.EntryId);
        Known = new PagedResult<EntryAccount>(ids.Select(i => accounts[i]).ToList(), page, PageSize, known.Count);
        return Page();
    }

    public string PageUrl(int page) =>
        Link.KnownAtTheTime(Review.Id) + $"?agency={AgencyId}&On.Day={On.Day}&On.Month={On.Month}&On.Year={On.Year}" +
        (page > 1 ? "&page=" + page.ToString(CultureInfo.InvariantCulture) : string.Empty);
}
