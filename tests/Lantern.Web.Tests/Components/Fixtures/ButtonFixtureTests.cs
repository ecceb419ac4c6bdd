using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class ButtonFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("default hover state")]
    [InlineData("default active state")]
    [InlineData("default focus state")]
    [InlineData("disabled")]
    [InlineData("link")]
    [InlineData("start")]
    [InlineData("secondary")]
    [InlineData("secondary hover state")]
    [InlineData("secondary active state")]
    [InlineData("secondary focus state")]
    [InlineData("secondary disabled")]
    [InlineData("warning")]
    [InlineData("warning hover state")]
    [InlineData("warning active state")]
    [InlineData("warning focus state")]
    [InlineData("warning disabled")]
    [InlineData("inverse")]
    [InlineData("inverse hover state")]
    [InlineData("inverse active state")]
    [InlineData("inverse focus state")]
    [InlineData("inverse disabled")]
    [InlineData("attributes")]
    [InlineData("link attributes")]
    [InlineData("classes")]
    [InlineData("link classes")]
    [InlineData("name")]
    [InlineData("type")]
    [InlineData("explicit link")]
    [InlineData("value")]
    [InlineData("html")]
    [InlineData("no type")]
    [InlineData("no data-prevent-double-click")]
    [InlineData("don't prevent double click")]
    [InlineData("id")]
    [InlineData("start link")]
    [InlineData("start link with html")]
    [InlineData("prevent double click")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("button", fixtureName);
        var options = GovUkFixtures.Options<ButtonOptions>(fixture);

        var html = ButtonRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
