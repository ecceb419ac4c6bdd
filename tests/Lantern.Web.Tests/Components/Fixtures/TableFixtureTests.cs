using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class TableFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with head")]
    [InlineData("with head and caption")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("head with classes")]
    [InlineData("head with rowspan and colspan")]
    [InlineData("head with attributes")]
    [InlineData("with firstCellIsHeader true")]
    [InlineData("firstCellIsHeader with classes")]
    [InlineData("firstCellIsHeader with html")]
    [InlineData("firstCellIsHeader with html as text")]
    [InlineData("firstCellIsHeader with rowspan and colspan")]
    [InlineData("firstCellIsHeader with attributes")]
    [InlineData("rows with classes")]
    [InlineData("rows with rowspan and colspan")]
    [InlineData("rows with attributes")]
    [InlineData("with small text modifier for tables with a lot of data")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("table", fixtureName);
        var options = GovUkFixtures.Options<TableOptions>(fixture);

        var html = TableRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
