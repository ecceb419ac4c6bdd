using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class PaginationFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with custom link and item text")]
    [InlineData("with many pages")]
    [InlineData("first page")]
    [InlineData("last page")]
    [InlineData("with prev and next only")]
    [InlineData("with prev and next only and labels")]
    [InlineData("with prev and next only and very long labels")]
    [InlineData("with previous only")]
    [InlineData("with next only")]
    [InlineData("with custom classes")]
    [InlineData("with custom attributes")]
    [InlineData("with custom navigation landmark")]
    [InlineData("with custom accessible labels on item links")]
    [InlineData("with empty items")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("pagination", fixtureName);
        var options = GovUkFixtures.Options<PaginationOptions>(fixture);

        var html = PaginationRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
