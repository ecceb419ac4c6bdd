using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class PanelFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("title html as text")]
    [InlineData("title html")]
    [InlineData("body html as text")]
    [InlineData("body html")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("title with no body text")]
    [InlineData("custom heading level")]
    [InlineData("interruption with custom classes")]
    [InlineData("interruption, no actions")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("panel", fixtureName);
        var options = GovUkFixtures.Options<PanelOptions>(fixture);

        var html = PanelRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
