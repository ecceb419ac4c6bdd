using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class RadiosFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("inline")]
    [InlineData("with legend as page heading")]
    [InlineData("with a divider")]
    [InlineData("with hints on items")]
    [InlineData("without fieldset")]
    [InlineData("with fieldset and error message")]
    [InlineData("with very long option text")]
    [InlineData("with conditional items")]
    [InlineData("with conditional item checked")]
    [InlineData("with optional form-group classes showing group error")]
    [InlineData("small")]
    [InlineData("small with long text")]
    [InlineData("small with error")]
    [InlineData("small with hint")]
    [InlineData("small with conditional reveal")]
    [InlineData("small inline")]
    [InlineData("small with a divider")]
    [InlineData("with idPrefix")]
    [InlineData("minimal items and name")]
    [InlineData("fieldset with describedBy")]
    [InlineData("attributes")]
    [InlineData("items with attributes")]
    [InlineData("label with classes")]
    [InlineData("with hints on parent and items")]
    [InlineData("with describedBy and hint")]
    [InlineData("with error message")]
    [InlineData("with error message and idPrefix")]
    [InlineData("with hint and error message")]
    [InlineData("with hint, error message and describedBy")]
    [InlineData("label with attributes")]
    [InlineData("fieldset params")]
    [InlineData("fieldset with html")]
    [InlineData("with fieldset, error message and describedBy")]
    [InlineData("item checked overrides value")]
    [InlineData("textarea in conditional")]
    [InlineData("with disabled")]
    [InlineData("prechecked using value")]
    [InlineData("with conditional items with special characters")]
    [InlineData("with conditional items and pre-checked value")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("radios", fixtureName);
        var options = GovUkFixtures.Options<RadiosOptions>(fixture);

        var html = RadiosRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
