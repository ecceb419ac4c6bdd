using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class FooterFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with custom HTML content licence and copyright notice")]
    [InlineData("with custom text content licence and copyright notice")]
    [InlineData("with no content licence")]
    [InlineData("with custom meta")]
    [InlineData("with only custom meta")]
    [InlineData("with meta links and meta content")]
    [InlineData("with only meta links")]
    [InlineData("with default width navigation (one column)")]
    [InlineData("with default width navigation (two columns)")]
    [InlineData("with navigation")]
    [InlineData("Full GDS example")]
    [InlineData("Three equal columns")]
    [InlineData("attributes")]
    [InlineData("classes")]
    [InlineData("with container classes")]
    [InlineData("with HTML passed as text content")]
    [InlineData("with empty meta")]
    [InlineData("with empty meta items")]
    [InlineData("with meta")]
    [InlineData("meta html as text")]
    [InlineData("with meta html")]
    [InlineData("with meta item attributes")]
    [InlineData("with empty navigation")]
    [InlineData("with navigation item attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("footer", fixtureName);
        var options = GovUkFixtures.Options<FooterOptions>(fixture);

        var html = FooterRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
