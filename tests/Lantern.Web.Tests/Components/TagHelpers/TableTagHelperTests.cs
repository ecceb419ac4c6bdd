using Lantern.Web.Components;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class TableTagHelperTests
{
    private static Element Header(string text, string? format = null) => new(new GovUkTableHeaderTagHelper { Format = format }, "govuk-table-header", text);

    private static Element Cell(string html, string? format = null) => new(new GovUkTableCellTagHelper { Format = format }, "govuk-table-cell", html);

    private static Element Row(params Element[] cells) => new(new GovUkTableRowTagHelper(), "govuk-table-row", cells);

    [Fact]
    public async Task Process_HeadCaptionAndFirstCellHeader_MatchesFixture()
    {
        var fixture = GovUkFixtures.Get("table", "with head and caption");
        var table = new Element(
            new GovUkTableTagHelper { Caption = "Caption 1: Months and rates", CaptionClass = "govuk-table__caption--m", FirstCellIsHeader = true },
            "govuk-table",
            new Element(
                new GovUkTableHeadTagHelper(),
                "govuk-table-head",
                Row(Header("Month you apply"), Header("Rate for bicycles", "numeric"), Header("Rate for vehicles", "numeric"))),
            new Element(
                new GovUkTableBodyTagHelper(),
                "govuk-table-body",
                Row(Cell("January"), Cell("£85", "numeric"), Cell("£95", "numeric")),
                Row(Cell("February"), Cell("£75", "numeric"), Cell("£55", "numeric")),
                Row(Cell("March"), Cell("£165", "numeric"), Cell("£125", "numeric"))));

        var html = await TagHelperHarness.RenderAsync(table);

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task Process_HeadersWithoutRowAndBodyRowHeader_RenderScopesAndAriaSort()
    {
        var table = new Element(
            new GovUkTableTagHelper(),
            "govuk-table",
            new Element(
                new GovUkTableHeadTagHelper(),
                "govuk-table-head",
                new Element(new GovUkTableHeaderTagHelper { AriaSort = "ascending" }, "govuk-table-header", "Review"),
                Header("Status")),
            new Element(
                new GovUkTableBodyTagHelper(),
                "govuk-table-body",
                Row(Header("<a class=\"govuk-link\" href=\"/r/1\">Review 1</a>"), Cell("<strong class=\"govuk-tag\">Open</strong>"))));

        var html = await TagHelperHarness.RenderAsync(table);

        var headHeaders = All(html, "thead th");
        Assert.Equal(["col", "col"], headHeaders.Select(th => th.GetAttribute("scope")));
        Assert.Equal("ascending", headHeaders[0].GetAttribute("aria-sort"));
        var rowHeader = Single(html, "tbody th");
        Assert.Equal("row", rowHeader.GetAttribute("scope"));
        Assert.Equal("/r/1", rowHeader.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Open", Single(html, "tbody td.govuk-table__cell strong.govuk-tag").TextContent);
    }

    [Fact]
    public async Task Process_CellOutsideRow_Throws()
    {
        var table = new Element(new GovUkTableTagHelper(), "govuk-table", new Element(new GovUkTableBodyTagHelper(), "govuk-table-body", Cell("x")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => TagHelperHarness.RenderAsync(table));
    }
}
