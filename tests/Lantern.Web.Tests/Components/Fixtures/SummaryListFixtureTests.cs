using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class SummaryListFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with actions")]
    [InlineData("no-border")]
    [InlineData("no-border on last row")]
    [InlineData("extreme")]
    [InlineData("as a summary card with a text header")]
    [InlineData("as a summary card with a html header")]
    [InlineData("as a summary card with actions")]
    [InlineData("as a summary card with actions plus summary list actions")]
    [InlineData("as a summary card extreme")]
    [InlineData("attributes")]
    [InlineData("key with html")]
    [InlineData("key with classes")]
    [InlineData("value with html")]
    [InlineData("actions href")]
    [InlineData("actions with html")]
    [InlineData("actions with classes")]
    [InlineData("actions with attributes")]
    [InlineData("single action with anchor")]
    [InlineData("classes on items")]
    [InlineData("empty items array")]
    [InlineData("rows with classes")]
    [InlineData("summary card with custom classes")]
    [InlineData("summary card with custom attributes")]
    [InlineData("summary card with only 1 action")]
    [InlineData("translated")]
    [InlineData("with some actions")]
    [InlineData("overridden-widths")]
    [InlineData("as a summary card with a custom header level")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("summary-list", fixtureName);
        var options = GovUkFixtures.Options<SummaryListOptions>(fixture);

        var html = SummaryListRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
