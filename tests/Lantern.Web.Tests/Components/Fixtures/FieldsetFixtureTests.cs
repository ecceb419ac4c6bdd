using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class FieldsetFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("styled as xl text")]
    [InlineData("styled as large text")]
    [InlineData("styled as medium text")]
    [InlineData("styled as small text")]
    [InlineData("as page heading xl")]
    [InlineData("as page heading l")]
    [InlineData("as page heading m")]
    [InlineData("as page heading s")]
    [InlineData("as page heading without class")]
    [InlineData("html fieldset content")]
    [InlineData("with describedBy")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("legend classes")]
    [InlineData("classes")]
    [InlineData("role")]
    [InlineData("attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("fieldset", fixtureName);
        var options = GovUkFixtures.Options<FieldsetOptions>(fixture);

        var html = FieldsetRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
