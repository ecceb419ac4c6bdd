using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class TagFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("grey")]
    [InlineData("turquoise")]
    [InlineData("green")]
    [InlineData("purple")]
    [InlineData("pink")]
    [InlineData("red")]
    [InlineData("orange")]
    [InlineData("yellow")]
    [InlineData("attributes")]
    [InlineData("html as text")]
    [InlineData("html")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("tag", fixtureName);
        var options = GovUkFixtures.Options<TagOptions>(fixture);

        var html = TagRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
