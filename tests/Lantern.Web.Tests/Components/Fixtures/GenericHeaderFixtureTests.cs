using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class GenericHeaderFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with image logo")]
    [InlineData("with text and image logo")]
    [InlineData("full width")]
    [InlineData("attributes")]
    [InlineData("classes")]
    [InlineData("custom url")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("generic-header", fixtureName);
        var options = GovUkFixtures.Options<GenericHeaderOptions>(fixture);

        var html = GenericHeaderRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
