using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class ErrorMessageFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("translated")]
    [InlineData("id")]
    [InlineData("classes")]
    [InlineData("html as text")]
    [InlineData("html")]
    [InlineData("attributes")]
    [InlineData("with visually hidden text")]
    [InlineData("visually hidden text removed")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("error-message", fixtureName);
        var options = GovUkFixtures.Options<ErrorMessageOptions>(fixture);

        var html = ErrorMessageRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
