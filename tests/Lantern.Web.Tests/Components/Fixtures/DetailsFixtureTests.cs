using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class DetailsFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("expanded")]
    [InlineData("id")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("summary html as text")]
    [InlineData("summary html")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("with html")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("details", fixtureName);
        var options = GovUkFixtures.Options<DetailsOptions>(fixture);

        var html = DetailsRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
