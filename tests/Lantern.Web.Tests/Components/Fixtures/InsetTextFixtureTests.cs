using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class InsetTextFixtureTests
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
        var fixture = GovUkFixtures.Get("inset-text", fixtureName);
        var options = GovUkFixtures.Options<InsetTextOptions>(fixture);

        var html = InsetTextRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
