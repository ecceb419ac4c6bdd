using AngleSharp.Html.Parser;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.ReportFiles;

namespace Lantern.Web.Tests.ReportFiles;

public sealed class ReportHtmlTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Write_Text_HasEveryParagraphOfTheDisclosureCheckInOrder()
    {
        var report = ReportFixtures.Restricted();

        var text = ReportText.FromHtml(ReportHtml.Write(report));

        // The page adds one line of its own, the version, after the subtitle; the marking banner comes first.
        var expected = ReportDocuments.Paragraphs(report).ToList();
        Assert.Equal(
            [expected[2], expected[0], expected[1], "From version 0.7 (draft for the Board, 3 December 2026)", .. expected.Skip(3)],
            text);
    }

    [Fact]
    public void Write_HostileText_IsEncodedEverywhere()
    {
        const string Script = "<script>alert('x')</script>";
        const string Attribute = "\" onmouseover=\"alert(1)\" data-x='";
        var report = new ReportDocument(
            "Review " + Script,
            "Sub " + Attribute,
            EditionKind.Restricted,
            "2 " + Script,
            "Restricted <img src=x onerror=alert(1)>",
            [
                new ReportHeading(1, "</h2><iframe src=\"https://example.org\"></iframe>"),
                new ReportParagraph("Tom & Jerry's \"house\" </p><script src=//evil.example></script>"),
                new ReportList([Script, "<a href=\"javascript:alert(1)\">click</a>"], Numbered: true),
                new ReportTable("<b>caption</b>", ["<th>", Attribute], [[Script, "</td></tr></table><style>body{display:none}</style>"]]),
            ]);

        var html = ReportHtml.Write(report);
        using var page = Parser.ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("script, iframe, img, a[href^=javascript], b, [onmouseover], [onerror], [data-x]"));
        // The page's style sheet, and the print rule that carries the marking, escaped as a CSS string.
        Assert.Equal(2, page.QuerySelectorAll("style").Length);
        Assert.Contains("\\3C img src=x onerror=alert(1)>", page.QuerySelectorAll("style")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Review " + Script, page.Title);
        var text = ReportText.FromHtml(html);
        Assert.All(ReportDocuments.Paragraphs(report), paragraph => Assert.Contains(paragraph, text));
        Assert.Contains("From version 2 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Page_HasLanguageTitleSkipLinkAndMainLandmark()
    {
        using var page = Parser.ParseDocument(ReportHtml.Write(ReportFixtures.Restricted("cy-GB")));

        Assert.Equal("cy-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Safeguarding practice review: Kacper (aged 6)", page.Title);
        var skip = page.Body!.FirstElementChild!;
        Assert.Equal(("A", "#main-content", "Skip to main content"), (skip.TagName, skip.GetAttribute("href"), skip.TextContent));
        var main = Assert.Single(page.QuerySelectorAll("main"));
        Assert.Equal("main-content", main.Id);
        Assert.Equal("Safeguarding practice review: Kacper (aged 6)", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Same(main, page.QuerySelector("h1")!.ParentElement);
    }

    [Fact]
    public void Write_Headings_AreOneLevelBelowTheTitleWithGovukSizes()
    {
        using var page = Parser.ParseDocument(ReportHtml.Write(ReportFixtures.Restricted()));

        var headings = page.QuerySelectorAll("main h2, main h3, main h4").Select(h => $"{h.TagName} {h.ClassName}").Distinct();
        Assert.Equal(["H2 govuk-heading-l", "H3 govuk-heading-m", "H4 govuk-heading-s"], headings);
    }

    [Fact]
    public void Write_Tables_HaveCaptionsAndColumnHeaders()
    {
        using var page = Parser.ParseDocument(ReportHtml.Write(ReportFixtures.Restricted()));

        var tables = page.QuerySelectorAll("table.govuk-table");
        Assert.Equal(2, tables.Length);
        Assert.Equal("Table 1: contacts with Kacper's family, September 2024 to March 2025", tables[0].QuerySelector("caption")!.TextContent);
        Assert.All(tables, table => Assert.All(table.QuerySelectorAll("th"), th => Assert.Equal("col", th.GetAttribute("scope"))));
        Assert.Equal(4, tables[0].QuerySelectorAll("thead th").Length);
        Assert.Equal("Fractured wrist, <unexplained>; child protection medical", tables[0].QuerySelectorAll("tbody tr")[3].Children[2].TextContent);
    }

    [Fact]
    public void Write_Lists_AreGovukBulletedAndNumberedLists()
    {
        using var page = Parser.ParseDocument(ReportHtml.Write(ReportFixtures.Restricted()));

        Assert.Equal(
            ["UL govuk-list govuk-list--bullet", "OL govuk-list govuk-list--number", "OL govuk-list govuk-list--number"],
            page.QuerySelectorAll("main ul, main ol").Select(l => $"{l.TagName} {l.ClassName}"));
    }

    [Fact]
    public void Write_Page_HasNoScriptsAndMakesNoRequests()
    {
        var html = ReportHtml.Write(ReportFixtures.Restricted());
        using var page = Parser.ParseDocument(html);

        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed, base"));
        Assert.Equal(["#main-content"], page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")));
        var css = page.QuerySelector("style")!.TextContent;
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
    }

    [Fact]
    public void Write_Marking_IsABannerAtTheTopThatRepeatsOnPrintedPages()
    {
        var html = ReportHtml.Write(ReportFixtures.Restricted());
        using var page = Parser.ParseDocument(html);

        var banner = page.QuerySelector("body > header.lantern-marking")!;
        Assert.Equal(ReportFixtures.Marking, banner.TextContent.Trim());
        Assert.True(banner.CompareDocumentPosition(page.QuerySelector("main")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var print = page.QuerySelector("style")!.TextContent.Split("@media print", 2)[1];
        Assert.Contains(".lantern-marking{display:none}", print, StringComparison.Ordinal);

        // On paper the marking is written in every page's top margin, so it never sits over the text.
        var margin = page.QuerySelectorAll("style")[1].TextContent;
        Assert.StartsWith("@media print{@page{margin-top:", margin, StringComparison.Ordinal);
        Assert.Contains($"@top-center{{content:\"{ReportFixtures.Marking}\"", margin, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_PublishedEdition_HasNoBanner()
    {
        using var page = Parser.ParseDocument(ReportHtml.Write(ReportFixtures.Published()));

        Assert.Null(page.QuerySelector(".lantern-marking"));
        Assert.DoesNotContain("Restricted", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
