using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Information.Material;

/// <summary>The index of material (quality marker 9): everything the review gathered or produced, with its owner
/// and any disclosure requests, filtered by type and owner, sorted and a page at a time.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.MaterialViewed)]
public sealed class IndexModel(MaterialQueries queries, LanternDbContext db) : ReviewPageModel
{
    public const int PageSize = 25;

    public MaterialQuery Query { get; private set; } = new(null, null, "date", true);

    public PagedResult<MaterialRow> Items { get; private set; } = null!;

    public int TotalItems { get; private set; }

    public IReadOnlyList<SelectListItem> Types { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Query = MaterialQuery.From(Request.Query);
        var all = await queries.AllAsync(Review.Viewer, ct);
        TotalItems = all.Count;
        var rows = MaterialQueries.Apply(all, Query);
        var pageCount = Math.Max(1, (int)Math.Ceiling(rows.Count / (double)PageSize));
        var current = Math.Clamp(Request.RequestedPage(), 1, pageCount);
        Items = new PagedResult<MaterialRow>(rows.Skip((current - 1) * PageSize).Take(PageSize).ToList(), current, PageSize, rows.Count);
        Types = [new SelectListItem("All types", string.Empty), .. Enum.GetValues<MaterialKind>().Select(k => new SelectListItem(k.DisplayName(), k.ToString(), Query.Kind == k))];
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == Review.PartnershipId).OrderBy(a => a.Name).ToListAsync(ct);
        Owners = [new SelectListItem("Any owner", string.Empty), .. agencies.Select(a => new SelectListItem(a.Name, a.Id.ToString(), Query.Owner == a.Id))];
        return Page();
    }

    public string Link(MaterialQuery query, int? page = null, string path = "")
    {
        var values = new Dictionary<string, string?>
        {
            ["type"] = query.Kind?.ToString(),
            ["owner"] = query.Owner?.ToString(),
            ["sort"] = query.Sort,
            ["dir"] = query.Descending ? "desc" : "asc",
            ["page"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Infrastructure.Links.Link.Material(Review.Id) + path + QueryString.Create(values.Where(v => v.Value is not null)).ToUriComponent();
    }

    public string SortUrl(string sort) => Link(Query with { Sort = sort, Descending = Query.Sort == sort ? !Query.Descending : sort == "date" });

    public string AriaSort(string sort) => Query.Sort != sort ? "none" : Query.Descending ? "descending" : "ascending";

    public string PageUrl(int page) => Link(Query, page);
}
