using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class BackLinkFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("inverse")]
    [InlineData("classes")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("with custom text and link")]
    [InlineData("attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("back-link", fixtureName);
        var options = GovUkFixtures.Options<BackLinkOptions>(fixture);

        var html = BackLinkRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
