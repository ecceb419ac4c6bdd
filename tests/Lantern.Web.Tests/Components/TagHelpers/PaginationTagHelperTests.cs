using Lantern.Web.Components;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class PaginationTagHelperTests
{
    [Theory]
    [InlineData(1, 2, "1 2")]
    [InlineData(2, 3, "1 2 3")]
    [InlineData(1, 10, "1 2 … 10")]
    [InlineData(3, 10, "1 2 3 4 … 10")]
    [InlineData(4, 10, "1 2 3 4 5 … 10")]
    [InlineData(5, 10, "1 … 4 5 6 … 10")]
    [InlineData(7, 10, "1 … 6 7 8 9 10")]
    [InlineData(10, 10, "1 … 9 10")]
    public void PageNumbers_PageOfCount_ShowsEndsCurrentAndNeighboursWithEllipses(int page, int pageCount, string expected)
    {
        var numbers = GovUkPaginationTagHelper.PageNumbers(page, pageCount);

        Assert.Equal(expected, string.Join(' ', numbers.Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Process_SinglePage_RendersNothing(int pageCount)
    {
        var helper = new GovUkPaginationTagHelper { Page = 1, PageCount = pageCount, PageUrl = p => "/reviews?page=" + p };

        var html = TagHelperHarness.Render(helper, "govuk-pagination");

        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public void Process_MiddlePage_RendersLinksEllipsesAndCurrentPage()
    {
        var helper = new GovUkPaginationTagHelper { Page = 5, PageCount = 10, PageUrl = p => "/reviews?page=" + p };

        var html = TagHelperHarness.Render(helper, "govuk-pagination");

        Assert.Equal("/reviews?page=4", Single(html, ".govuk-pagination__prev a").GetAttribute("href"));
        Assert.Equal("/reviews?page=6", Single(html, ".govuk-pagination__next a").GetAttribute("href"));
        Assert.Equal(2, All(html, "li.govuk-pagination__item--ellipsis").Count);
        var current = Single(html, "a[aria-current=page]");
        Assert.Equal("5", current.TextContent.Trim());
        Assert.Equal("/reviews?page=5", current.GetAttribute("href"));
        Assert.Contains("govuk-pagination__item--current", ClassesOf(current.ParentElement!));
        Assert.Equal(["1", "4", "5", "6", "10"], All(html, "li a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void Process_FirstPage_HasNoPreviousLink()
    {
        var helper = new GovUkPaginationTagHelper { Page = 1, PageCount = 3, PageUrl = p => "?page=" + p };

        var html = TagHelperHarness.Render(helper, "govuk-pagination");

        Assert.Empty(All(html, ".govuk-pagination__prev"));
        Assert.Equal("?page=2", Single(html, ".govuk-pagination__next a").GetAttribute("href"));
    }
}
