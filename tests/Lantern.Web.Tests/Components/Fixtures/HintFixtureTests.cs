using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class HintFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with html")]
    [InlineData("classes")]
    [InlineData("id")]
    [InlineData("html as text")]
    [InlineData("attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("hint", fixtureName);
        var options = GovUkFixtures.Options<HintOptions>(fixture);

        var html = HintRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
