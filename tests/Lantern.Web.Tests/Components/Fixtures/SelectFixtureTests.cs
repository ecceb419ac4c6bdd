using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class SelectFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint text and error message")]
    [InlineData("with label as page heading")]
    [InlineData("with full width override")]
    [InlineData("with describedBy")]
    [InlineData("attributes")]
    [InlineData("attributes on items")]
    [InlineData("hint")]
    [InlineData("hint and describedBy")]
    [InlineData("error")]
    [InlineData("error and describedBy")]
    [InlineData("without values")]
    [InlineData("without values with selected value")]
    [InlineData("with falsy values")]
    [InlineData("item selected overrides value")]
    [InlineData("id")]
    [InlineData("with selected value")]
    [InlineData("with optional form-group classes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("select", fixtureName);
        var options = GovUkFixtures.Options<SelectOptions>(fixture);

        var html = SelectRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
