using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class WarningTextFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("multiple lines")]
    [InlineData("attributes")]
    [InlineData("classes")]
    [InlineData("html")]
    [InlineData("html as text")]
    [InlineData("icon fallback text only")]
    [InlineData("no icon fallback text")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("warning-text", fixtureName);
        var options = GovUkFixtures.Options<WarningTextOptions>(fixture);

        var html = WarningTextRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
