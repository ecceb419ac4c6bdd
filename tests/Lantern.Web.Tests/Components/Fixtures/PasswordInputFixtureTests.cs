using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class PasswordInputFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint text")]
    [InlineData("with error message")]
    [InlineData("with label as page heading")]
    [InlineData("with input width class")]
    [InlineData("classes")]
    [InlineData("id")]
    [InlineData("value")]
    [InlineData("attributes")]
    [InlineData("with describedBy")]
    [InlineData("with new-password autocomplete")]
    [InlineData("with translations")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("password-input", fixtureName);
        var options = GovUkFixtures.Options<PasswordInputOptions>(fixture);

        var html = PasswordInputRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
