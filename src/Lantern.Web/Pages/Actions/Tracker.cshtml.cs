using Lantern.Core.Actions;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Actions;

/// <summary>The partnership's action tracker: every improvement action across its reviews, by review, agency, owner,
/// status and lateness, sorted and paged, with CSV and XLSX downloads. Reviews are named by working title only.</summary>
[PartnershipPage(PartnershipPermission.ViewActionTracker)]
public sealed class TrackerModel(ActionTracker tracker) : PageModel
{
    public TrackerQuery Query { get; private set; } = TrackerQuery.From(new QueryCollection());

    public PagedResult<TrackerRow> Actions { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public IReadOnlyList<SelectListItem> Reviews { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Statuses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var actor = User.RequireActor();
        var ct = HttpContext.RequestAborted;
        Query = TrackerQuery.From(Request.Query);
        Today = tracker.Today;
        Actions = await tracker.PageAsync(actor.PartnershipId, Query, Request.RequestedPage(), ct);
        var (reviews, agencies) = await tracker.FiltersAsync(actor.PartnershipId, ct);
        Reviews = [new SelectListItem("All reviews", string.Empty), .. reviews.Select(r => new SelectListItem(r.Title, r.Id.ToString(), r.Id == Query.ReviewId))];
        Agencies = [new SelectListItem("All agencies", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString(), a.Id == Query.AgencyId))];
        Statuses = [new SelectListItem("Any status", string.Empty), .. ActionNames.Statuses.Select(s => new SelectListItem(s.DisplayName(), s.ToString(), s == Query.Status))];
        await tracker.RecordViewAsync(HttpContext.AuditActor(), actor.PartnershipId, ct);
        return Page();
    }

    public string PageUrl(int page) => Paging.PageLink(Link.ActionTracker, page, Query.Values());

    public string ExportUrl(string format) => Paging.PageLink(Link.ActionTrackerExport(format), 1, Query.Values());

    /// <summary>The link on a column heading: sorts by that column, or turns the order round if it already does.</summary>
    public string SortUrl(TrackerSort sort) =>
        Paging.PageLink(Link.ActionTracker, 1, (Query with { Sort = sort, Descending = Query.Sort == sort && !Query.Descending }).Values());

    public string AriaSort(TrackerSort sort) => Query.Sort != sort ? "none" : Query.Descending ? "descending" : "ascending";
}
