using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class ServiceNavigationFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with navigation with a current item")]
    [InlineData("with large navigation")]
    [InlineData("with HTML navigation items")]
    [InlineData("with non-link navigation items")]
    [InlineData("with service name")]
    [InlineData("with service link")]
    [InlineData("with long service name")]
    [InlineData("with service name and navigation")]
    [InlineData("inverse")]
    [InlineData("with collapseNavigationOnMobile set to false")]
    [InlineData("with a single navigation item")]
    [InlineData("with a single navigation item and collapseNavigationOnMobile set to true")]
    [InlineData("with no options set")]
    [InlineData("attributes")]
    [InlineData("classes")]
    [InlineData("with custom aria-label")]
    [InlineData("with custom navigation toggle text")]
    [InlineData("with custom navigation toggle label")]
    [InlineData("with identical navigation toggle text and label")]
    [InlineData("with custom navigation label")]
    [InlineData("with custom navigation toggle text and navigation label")]
    [InlineData("with custom navigation classes")]
    [InlineData("with custom navigation ID")]
    [InlineData("with navigation being an empty array")]
    [InlineData("with navigation with an active item")]
    [InlineData("with language navigation")]
    [InlineData("with right-aligned language navigation")]
    [InlineData("inverse with language navigation")]
    [InlineData("with slotted content")]
    [InlineData("with `inline` end slot")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("service-navigation", fixtureName);
        var options = GovUkFixtures.Options<ServiceNavigationOptions>(fixture);

        var html = ServiceNavigationRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
