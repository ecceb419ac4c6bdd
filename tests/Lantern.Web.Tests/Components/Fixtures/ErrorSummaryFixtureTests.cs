using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class ErrorSummaryFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("without links")]
    [InlineData("mixed with and without links")]
    [InlineData("with description only")]
    [InlineData("with everything")]
    [InlineData("html as titleText")]
    [InlineData("title html")]
    [InlineData("description")]
    [InlineData("html as descriptionText")]
    [InlineData("description html")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("error list with attributes")]
    [InlineData("error list with html as text")]
    [InlineData("error list with html")]
    [InlineData("error list with html link")]
    [InlineData("error list with html as text link")]
    [InlineData("autofocus disabled")]
    [InlineData("autofocus explicitly enabled")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("error-summary", fixtureName);
        var options = GovUkFixtures.Options<ErrorSummaryOptions>(fixture);

        var html = ErrorSummaryRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
