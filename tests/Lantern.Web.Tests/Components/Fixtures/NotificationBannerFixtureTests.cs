using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class NotificationBannerFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with text as html")]
    [InlineData("with type as success")]
    [InlineData("with long heading")]
    [InlineData("with lots of content")]
    [InlineData("custom title")]
    [InlineData("title as html")]
    [InlineData("title html as text")]
    [InlineData("custom title heading level")]
    [InlineData("custom title id")]
    [InlineData("custom title id with type as success")]
    [InlineData("custom text")]
    [InlineData("html as text")]
    [InlineData("custom role")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("with invalid type")]
    [InlineData("auto-focus disabled, with type as success")]
    [InlineData("auto-focus explicitly enabled, with type as success")]
    [InlineData("role=alert overridden to role=region, with type as success")]
    [InlineData("custom tabindex")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("notification-banner", fixtureName);
        var options = GovUkFixtures.Options<NotificationBannerOptions>(fixture);

        var html = NotificationBannerRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
