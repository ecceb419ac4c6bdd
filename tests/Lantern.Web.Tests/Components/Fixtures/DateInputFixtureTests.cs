using Lantern.Web.Components;

namespace Lantern.Web.Tests.Components.Fixtures;

public class DateInputFixtureTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("with translations")]
    [InlineData("with values")]
    [InlineData("with values and name prefix")]
    [InlineData("with values, name prefix and custom names")]
    [InlineData("day and month (using items)")]
    [InlineData("month and year (using items)")]
    [InlineData("with errors only")]
    [InlineData("with errors only (using classes)")]
    [InlineData("with errors only (using items)")]
    [InlineData("with errors only (using items and classes)")]
    [InlineData("with error message and hint")]
    [InlineData("with error message and hint (using items)")]
    [InlineData("with error on day input")]
    [InlineData("with error on day input (using items)")]
    [InlineData("with error on month input")]
    [InlineData("with error on month input (using items)")]
    [InlineData("with error on year input")]
    [InlineData("with error on year input (using items)")]
    [InlineData("classes")]
    [InlineData("attributes")]
    [InlineData("with items")]
    [InlineData("with empty items")]
    [InlineData("custom pattern")]
    [InlineData("custom inputmode")]
    [InlineData("with nested name")]
    [InlineData("with id on items")]
    [InlineData("suffixed id")]
    [InlineData("with item value")]
    [InlineData("with field value")]
    [InlineData("with field value and items")]
    [InlineData("with field value and item value")]
    [InlineData("with field value, item value and values")]
    [InlineData("with field value overriding values")]
    [InlineData("with hint and described by")]
    [InlineData("with error message and described by")]
    [InlineData("with error on single field")]
    [InlineData("with error on single field by omission")]
    [InlineData("with error on single field using classes")]
    [InlineData("with error on single item")]
    [InlineData("with error on single item by omission")]
    [InlineData("with error on single item using classes")]
    [InlineData("fieldset html")]
    [InlineData("items with classes")]
    [InlineData("items without classes")]
    [InlineData("with optional form-group classes")]
    [InlineData("with autocomplete values")]
    [InlineData("with input attributes")]
    public void Render_GovUkFixture_MatchesReferenceHtml(string fixtureName)
    {
        var fixture = GovUkFixtures.Get("date-input", fixtureName);
        var options = GovUkFixtures.Options<DateInputOptions>(fixture);

        var html = DateInputRenderer.Render(options);

        HtmlAssert.Equivalent(fixture.Html, html);
    }
}
