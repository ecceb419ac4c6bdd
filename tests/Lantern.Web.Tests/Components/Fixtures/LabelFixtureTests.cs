using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class LabelFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with bold text")]
    [InlineData("styled as xl text")]
    [InlineData("styled as large text")]
    [InlineData("styled as medium text")]
    [InlineData("styled as small text")]
    [InlineData("as page heading xl")]
    [InlineData("as page heading l")]
    [InlineData("as page heading m")]
    [InlineData("as page heading s")]
    [InlineData("as page heading without class")]
    [InlineData("empty")]
    [InlineData("classes")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("for")]
    [InlineData("attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("label", fixtureName);
        var options = GovUkFixtures.Options<LabelOptions>(fixture);

        var html = LabelRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
