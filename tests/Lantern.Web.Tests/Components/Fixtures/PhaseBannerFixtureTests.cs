using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class PhaseBannerFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("classes")]
    [InlineData("text")]
    [InlineData("html as text")]
    [InlineData("attributes")]
    [InlineData("tag html")]
    [InlineData("tag classes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("phase-banner", fixtureName);
        var options = GovUkFixtures.Options<PhaseBannerOptions>(fixture);

        var html = PhaseBannerRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
