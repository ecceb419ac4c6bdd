using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class TextareaFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("with error message")]
    [InlineData("with default value")]
    [InlineData("with custom rows")]
    [InlineData("with label as page heading")]
    [InlineData("id")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("with describedBy")]
    [InlineData("with hint and described by")]
    [InlineData("with error message and described by")]
    [InlineData("with hint and error message")]
    [InlineData("with hint, error message and described by")]
    [InlineData("with optional form-group classes")]
    [InlineData("with autocomplete attribute")]
    [InlineData("with spellcheck enabled")]
    [InlineData("with spellcheck disabled")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("textarea", fixtureName);
        var options = GovUkFixtures.Options<TextareaOptions>(fixture);

        var html = TextareaRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
