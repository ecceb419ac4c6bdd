using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;

namespace Lantern.Web.Infrastructure.Links;

/// <summary>A compiled page as the route check sees it.</summary>
/// <param name="Path">Its path under Pages/ without .cshtml, as the table keys it ("/Analysis/Findings/Finding").</param>
/// <param name="ModelType">Its page model's type, if it has one.</param>
/// <param name="OwnRoute">The route written on its <c>@page</c> directive, if any.</param>
public sealed record CompiledPage(string Path, Type? ModelType, string? OwnRoute);

/// <summary>
/// Refuses to start Lantern when <see cref="PageRouteTable"/> and the pages disagree: an entry for a page that does
/// not exist (moved or renamed), a review page with no template (it would answer on its file path, with no review),
/// or a listed page that also writes its own <c>@page</c> route (the table would silently win).
/// </summary>
public static class PageRouteCheck
{
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string> table, IEnumerable<CompiledPage> pages)
    {
        var all = pages.ToList();
        var paths = all.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(table.Keys.Where(k => !paths.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => $"The route table names a page that does not exist: {k} (was it moved or renamed?)"));
        foreach (var page in all.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            var listed = table.ContainsKey(page.Path);
            if (!listed && page.ModelType is not null && typeof(ReviewPageModel).IsAssignableFrom(page.ModelType))
            {
                problems.Add($"The review page {page.Path} has no route template: add it to PageRouteTable with a template from RouteTemplates");
            }
            else if (listed && !string.IsNullOrEmpty(page.OwnRoute))
            {
                problems.Add($"The page {page.Path} is in the route table but also has its own route \"{page.OwnRoute}\" on its @page directive: make it a bare @page");
            }
        }

        return problems;
    }

    /// <summary>The Razor pages compiled into the application.</summary>
    public static IReadOnlyList<CompiledPage> CompiledPages(ApplicationPartManager parts)
    {
        var views = new ViewsFeature();
        parts.PopulateFeature(views);
        return views.ViewDescriptors
            .Where(v => v.Item?.Kind == "mvc.1.0.razor-page" && v.RelativePath.StartsWith("/Pages/", StringComparison.Ordinal))
            .Select(v => new CompiledPage(
                v.RelativePath["/Pages".Length..^".cshtml".Length],
                v.Type?.GetProperty("Model")?.PropertyType,
                v.Item!.Metadata.OfType<Microsoft.AspNetCore.Razor.Hosting.RazorCompiledItemMetadataAttribute>()
                    .FirstOrDefault(m => m.Key == "RouteTemplate")?.Value))
            .ToList();
    }

    /// <summary>Throws, naming every offending path, when the table and the pages disagree.</summary>
    public static void ThrowIfInconsistent(ApplicationPartManager parts)
    {
        var problems = Problems(PageRouteTable.Templates, CompiledPages(parts));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Page routes do not match the pages:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
        }
    }
}
