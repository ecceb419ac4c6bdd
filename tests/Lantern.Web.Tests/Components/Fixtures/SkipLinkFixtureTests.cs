using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class SkipLinkFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with focus")]
    [InlineData("no href")]
    [InlineData("custom href")]
    [InlineData("custom text")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("classes")]
    [InlineData("attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("skip-link", fixtureName);
        var options = GovUkFixtures.Options<SkipLinkOptions>(fixture);

        var html = SkipLinkRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
