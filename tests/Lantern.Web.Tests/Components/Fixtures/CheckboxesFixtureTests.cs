using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class CheckboxesFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with hint")]
    [InlineData("with pre-checked values")]
    [InlineData("with divider and None")]
    [InlineData("with divider, None and conditional items")]
    [InlineData("with hints on items")]
    [InlineData("with legend as a page heading")]
    [InlineData("with error message")]
    [InlineData("with very long option text")]
    [InlineData("with conditional items")]
    [InlineData("with optional form-group classes showing group error")]
    [InlineData("small")]
    [InlineData("small with long text")]
    [InlineData("small with error")]
    [InlineData("small with hint")]
    [InlineData("small with conditional reveal")]
    [InlineData("small with divider and None")]
    [InlineData("with id and name")]
    [InlineData("with disabled item")]
    [InlineData("with idPrefix")]
    [InlineData("classes")]
    [InlineData("with fieldset describedBy")]
    [InlineData("attributes")]
    [InlineData("with checked item")]
    [InlineData("items with attributes")]
    [InlineData("with label classes")]
    [InlineData("multiple hints")]
    [InlineData("with conditional items with special characters")]
    [InlineData("with error message and hint")]
    [InlineData("with error, hint and fieldset describedBy")]
    [InlineData("label with attributes")]
    [InlineData("fieldset params")]
    [InlineData("fieldset html params")]
    [InlineData("with single option set 'aria-describedby' on input, and describedBy")]
    [InlineData("with single option (and hint) set 'aria-describedby' on input, and describedBy")]
    [InlineData("with error and idPrefix")]
    [InlineData("with error message and fieldset describedBy")]
    [InlineData("with conditional item checked")]
    [InlineData("item checked overrides values")]
    [InlineData("textarea in conditional")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("checkboxes", fixtureName);
        var options = GovUkFixtures.Options<CheckboxesOptions>(fixture);

        var html = CheckboxesRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
