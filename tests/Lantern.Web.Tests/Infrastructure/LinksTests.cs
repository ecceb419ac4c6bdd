using Lantern.Testing.Web;
using Lantern.Web.Infrastructure.Access;
using Lantern.Web.Infrastructure.Links;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Infrastructure;

/// <summary>
/// Routes and links come from one place: each page in <see cref="PageRouteTable"/> answers on its template and
/// nowhere else, <see cref="Link"/> fills the same templates, and nothing else in the source writes a review URL.
/// </summary>
public sealed class LinksTests(World world) : IClassFixture<World>
{
    private static readonly Guid ReviewId = Guid.Parse("0b5c6a2e-3f1d-4c8e-9a77-2d4e5f6a7b8c");
    private static readonly Guid ItemId = Guid.Parse("c3d2e1f0-aaaa-4bbb-8ccc-ddddeeeeffff");

    private IReadOnlyList<(string Page, string Route)> PageEndpoints() =>
        world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath, Route: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')))
            .Where(e => e.Page is not null)
            .Select(e => (e.Page!, e.Route))
            .ToList();

    [Fact]
    public void EveryListedPage_AnswersOnlyOnItsTemplate()
    {
        var endpoints = PageEndpoints();

        foreach (var (page, template) in PageRouteTable.Templates)
        {
            var routes = endpoints.Where(e => e.Page == page).Select(e => e.Route).Distinct().ToList();
            Assert.True(routes.SequenceEqual([template]), $"{page} answers on {string.Join(", ", routes)}, not only on {template}");
        }
    }

    [Fact]
    public void EveryReviewRoute_BelongsToAListedPage()
    {
        var unlisted = PageEndpoints()
            .Where(e => e.Route.StartsWith("/reviews/", StringComparison.Ordinal) && !PageRouteTable.Templates.ContainsKey(e.Page))
            .Select(e => $"{e.Page} ({e.Route})")
            .ToList();

        Assert.True(unlisted.Count == 0, "Review pages routed outside the table: " + string.Join(", ", unlisted));
    }

    [Fact]
    public void Check_TheApplicationsPagesAndTable_Agree()
    {
        var pages = PageRouteCheck.CompiledPages(world.Factory.Services.GetRequiredService<ApplicationPartManager>());

        Assert.Contains(pages, p => p.Path == "/Analysis/Findings/Finding" && p.ModelType == typeof(Lantern.Web.Pages.Analysis.Findings.FindingModel));
        Assert.Empty(PageRouteCheck.Problems(PageRouteTable.Templates, pages));
    }

    [Fact]
    public void Check_TableEntryForAPageThatDoesNotExist_NamesIt()
    {
        var table = new Dictionary<string, string> { ["/Analysis/Findings/Finding"] = RouteTemplates.Finding, ["/Analysis/Moved/Finding"] = RouteTemplates.Finding };
        var pages = new[] { new CompiledPage("/Analysis/Findings/Finding", typeof(ReviewPage), null) };

        var problem = Assert.Single(PageRouteCheck.Problems(table, pages));

        Assert.Contains("/Analysis/Moved/Finding", problem, StringComparison.Ordinal);
        Assert.Contains("does not exist", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReviewPageWithNoTemplate_NamesIt()
    {
        var table = new Dictionary<string, string> { ["/Analysis/Findings/Finding"] = RouteTemplates.Finding };
        var pages = new[]
        {
            new CompiledPage("/Analysis/Findings/Finding", typeof(ReviewPage), null),
            new CompiledPage("/Analysis/Findings/Forgotten", typeof(ReviewPage), null),
            new CompiledPage("/Admin/Index", typeof(PageModel), "/admin"),
            new CompiledPage("/Shared/_Layout", null, null),
        };

        var problem = Assert.Single(PageRouteCheck.Problems(table, pages));

        Assert.Contains("/Analysis/Findings/Forgotten", problem, StringComparison.Ordinal);
        Assert.Contains("no route template", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ListedPageWithItsOwnRoute_NamesIt()
    {
        var table = new Dictionary<string, string> { ["/Analysis/Findings/Finding"] = RouteTemplates.Finding };
        var pages = new[] { new CompiledPage("/Analysis/Findings/Finding", typeof(ReviewPage), "/reviews/{reviewId:guid}/findings/{findingId:guid}") };

        var problem = Assert.Single(PageRouteCheck.Problems(table, pages));

        Assert.Contains("/Analysis/Findings/Finding", problem, StringComparison.Ordinal);
        Assert.Contains("bare @page", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_FillGuidsIntsAndStrings()
    {
        Assert.Equal($"/reviews/{ReviewId}", Link.Review(ReviewId));
        Assert.Equal($"/reviews/{ReviewId}/analysis/findings/{ItemId}", Link.Finding(ReviewId, ItemId));
        Assert.Equal($"/reviews/{ReviewId}/information/chronology/submissions/agencies/{ItemId}/versions/12", Link.SubmissionVersion(ReviewId, ItemId, 12));
        Assert.Equal($"/reviews/{ReviewId}/information/chronology/submissions/template/xlsx", Link.SubmissionTemplate(ReviewId, "xlsx"));
        Assert.Equal($"/reviews/{ReviewId}/analysis/withdraw/narrative-sections/{ItemId}", Link.WithdrawItem(ReviewId, "narrative-sections", ItemId));
        Assert.Equal("/reviews/new", Link.NewReview());
    }

    [Fact]
    public void Links_OptionalSegment_IsLeftOutWhenNull()
    {
        Assert.Equal($"/reviews/{ReviewId}/information-requests", Link.AgencyRequests(ReviewId));
        Assert.Equal($"/reviews/{ReviewId}/information-requests/{ItemId}", Link.AgencyRequests(ReviewId, ItemId));
    }

    [Fact]
    public void Fill_EscapesValuesAndRefusesTheWrongNumberOfThem()
    {
        Assert.Equal("/a/b%2Fc%3Fd/e", Link.Fill("/a/{x}/e", "b/c?d"));
        Assert.Throws<ArgumentException>(() => Link.Fill("/a/{x:guid}/{y:guid}", ReviewId));
        Assert.Throws<ArgumentException>(() => Link.Fill("/a/{x:guid}", ReviewId, ItemId));
        Assert.Throws<ArgumentNullException>(() => Link.Fill("/a/{x:guid}", [null]));
    }

    [Fact]
    public void Source_WritesNoReviewUrlOutsideTheLinkHelper()
    {
        var source = Path.Combine(Repository(), "src");
        var helper = Path.Combine(source, "Lantern.Web", "Infrastructure", "Links");
        var offending = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.StartsWith(helper, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("\"/reviews/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(source, f))
            .ToList();

        Assert.True(offending.Count == 0, "Review URLs written by hand (use Link): " + string.Join(", ", offending));
    }

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lantern.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    private sealed class ReviewPage : ReviewPageModel;
}
