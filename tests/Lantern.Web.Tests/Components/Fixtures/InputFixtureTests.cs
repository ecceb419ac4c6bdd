using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class InputFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint text")]
    [InlineData("with error message")]
    [InlineData("with error and hint")]
    [InlineData("with width-2 class")]
    [InlineData("with width-3 class")]
    [InlineData("with width-4 class")]
    [InlineData("with width-5 class")]
    [InlineData("with width-10 class")]
    [InlineData("with width-20 class")]
    [InlineData("with width-30 class")]
    [InlineData("with label as page heading")]
    [InlineData("with prefix")]
    [InlineData("with suffix")]
    [InlineData("with prefix and suffix")]
    [InlineData("with prefix and suffix and error")]
    [InlineData("with prefix and suffix and width modifier")]
    [InlineData("with extra letter spacing")]
    [InlineData("classes")]
    [InlineData("id")]
    [InlineData("custom type")]
    [InlineData("value")]
    [InlineData("zero value")]
    [InlineData("with describedBy")]
    [InlineData("attributes")]
    [InlineData("hint with describedBy")]
    [InlineData("error with describedBy")]
    [InlineData("with error, hint and describedBy")]
    [InlineData("inputmode")]
    [InlineData("with prefix with html as text")]
    [InlineData("with prefix with html")]
    [InlineData("with prefix with classes")]
    [InlineData("with prefix with attributes")]
    [InlineData("with suffix with html as text")]
    [InlineData("with suffix with html")]
    [InlineData("with suffix with classes")]
    [InlineData("with suffix with attributes")]
    [InlineData("with customised input wrapper")]
    [InlineData("with optional form-group classes")]
    [InlineData("with autocomplete attribute")]
    [InlineData("with pattern attribute")]
    [InlineData("with spellcheck enabled")]
    [InlineData("with spellcheck disabled")]
    [InlineData("with autocapitalize turned off")]
    [InlineData("disabled")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("input", fixtureName);
        var options = GovUkFixtures.Options<InputOptions>(fixture);

        var html = InputRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
