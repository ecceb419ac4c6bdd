namespace Lantern.Web.Pages.Information.Documents;

public sealed record DocumentRow(Guid Id, string Title, string Owner, DocumentKind Kind, long SizeBytes, Sensitivity Sensitivity, Disclosability Disclosable, DateTime UploadedAt, string UploadedBy);

/// <summary>The review's evidence documents, newest first unless sorted otherwise, a page at a time.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.DocumentsViewed)]
public sealed class IndexModel(LanternDbContext db) : ReviewPageModel
{
    public const int PageSize = 25;

    public static IReadOnlyList<(string Key, string Name)> Columns { get; } =
        [("title", "Title"), ("owner", "Owner"), ("size", "Size"), ("uploaded", "Uploaded")];

    public PagedResult<DocumentRow> Documents { get; private set; } = null!;

    public string Sort { get; private set; } = "uploaded";

    public bool Descending { get; private set; } = true;

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string? sort, string? dir)
    {
        Sort = Columns.Any(c => c.Key == sort) ? sort! : "uploaded";
        Descending = dir is null ? Sort is "uploaded" or "size" : dir == "desc";
        var rows = from d in db.Documents.AsNoTracking()
                   where d.ReviewId == Review.Id
                   join a in db.Agencies on d.OwnerAgencyId equals a.Id
                   join u in db.Users on d.UploadedByUserId equals u.Id into users
                   from u in users.DefaultIfEmpty()
                   select new { d.Id, d.Title, Owner = a.Name, d.Kind, d.SizeBytes, d.Sensitivity, d.Disclosable, d.UploadedAt, UploadedBy = u == null ? "Unknown" : u.DisplayName };
        rows = (Sort, Descending) switch
        {
            ("title", false) => rows.OrderBy(r => r.Title).ThenBy(r => r.Id),
            ("title", true) => rows.OrderByDescending(r => r.Title).ThenBy(r => r.Id),
            ("owner", false) => rows.OrderBy(r => r.Owner).ThenBy(r => r.Title),
            ("owner", true) => rows.OrderByDescending(r => r.Owner).ThenBy(r => r.Title),
            ("size", false) => rows.OrderBy(r => r.SizeBytes).ThenBy(r => r.Id),
            ("size", true) => rows.OrderByDescending(r => r.SizeBytes).ThenBy(r => r.Id),
            (_, false) => rows.OrderBy(r => r.UploadedAt).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.UploadedAt).ThenBy(r => r.Id),
        };
        var found = await rows.ToPageAsync(Request.RequestedPage(), PageSize, HttpContext.RequestAborted);
        Documents = new PagedResult<DocumentRow>(
            found.Items.Select(r => new DocumentRow(r.Id, r.Title, r.Owner, r.Kind, r.SizeBytes, r.Sensitivity, r.Disclosable, r.UploadedAt, r.UploadedBy)).ToList(),
            found.Page, found.PageSize, found.TotalCount);
        return Page();
    }

    public string SortUrl(string column) =>
        $"?sort={column}&dir={(Sort == column && !Descending ? "desc" : Sort == column ? "asc" : column is "uploaded" or "size" ? "desc" : "asc")}";

    public string AriaSort(string column) => Sort != column ? "none" : Descending ? "descending" : "ascending";

    public string PageUrl(int page) => $"?sort={Sort}&dir={(Descending ? "desc" : "asc")}&page={page}";
}
