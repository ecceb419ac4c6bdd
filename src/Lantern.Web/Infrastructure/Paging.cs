using Microsoft.AspNetCore.Http;

namespace Lantern.Web.Infrastructure;

/// <summary>One page of a longer list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));
    public int FirstItem => TotalCount == 0 ? 0 : ((Page - 1) * PageSize) + 1;
    public int LastItem => Math.Min(Page * PageSize, TotalCount);
}

public static class Paging
{
    /// <summary>
    /// The page asked for in <c>?page=</c>, or 1. Never bind a handler parameter or property called "page": Razor
    /// Pages keeps a route value of that name for the page's own path, so it binds that instead, page 2 shows page 1
    /// and the model state gains an error that makes the title start with "Error:".
    /// </summary>
    public static int RequestedPage(this HttpRequest request) =>
        int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>
    /// <paramref name="path"/> with its query (values left out when null) and <c>page</c> when past the first. Written
    /// out because <c>Url.Page</c> drops a "page" value, taking it for the page's own name.
    /// </summary>
    public static string PageLink(string path, int page, params (string Key, string? Value)[] query) =>
        path + QueryString.Create(query
            .Append(("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null))
            .Where(q => q.Item2 is not null)
            .Select(q => new KeyValuePair<string, string?>(q.Item1, q.Item2))).ToUriComponent();

    /// <summary>Reads the requested page, clamped to the pages that exist.</summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        var current = Math.Clamp(page, 1, pageCount);
        var items = await ordered.Skip((current - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, current, pageSize, total);
    }
}
