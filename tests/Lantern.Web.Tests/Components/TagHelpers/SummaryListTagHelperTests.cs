using Lantern.Web.Components;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class SummaryListTagHelperTests
{
    private static Element Row(string key, string value, string? href = null, string? hidden = null, string? text = null) =>
        new(new GovUkSummaryListRowTagHelper { Key = key, ActionHref = href, ActionVisuallyHidden = hidden, ActionText = text }, "govuk-summary-list-row", value);

    [Fact]
    public async Task Process_RowsWithAndWithoutActions_MatchesRendererForEquivalentParams()
    {
        var list = new Element(
            new GovUkSummaryListTagHelper(),
            "govuk-summary-list",
            Row("Name", "Sam Smith", href: "/name", hidden: "name"),
            Row("Agency", "<a class=\"govuk-link\" href=\"/a\">Police</a>"));

        var html = await TagHelperHarness.RenderAsync(list);

        var expected = SummaryListRenderer.Render(new SummaryListOptions
        {
            Rows =
            [
                new SummaryListRowOptions
                {
                    Key = new() { Text = "Name" },
                    Value = new() { Text = "Sam Smith" },
                    Actions = new() { Items = [new() { Href = "/name", Text = "Change", VisuallyHiddenText = "name" }] },
                },
                new SummaryListRowOptions
                {
                    Key = new() { Text = "Agency" },
                    Value = new() { Html = "<a class=\"govuk-link\" href=\"/a\">Police</a>" },
                },
            ],
        });
        HtmlAssert.Equivalent(HtmlAssert.ToHtml(expected), html);
        Assert.Contains("govuk-summary-list__row--no-actions", ClassesOf(All(html, ".govuk-summary-list__row")[1]));
        Assert.Equal("Change name", Single(html, ".govuk-summary-list__actions a").TextContent.Trim());
    }

    [Fact]
    public async Task Process_NoRowHasActions_NoRowIsMarkedNoActions()
    {
        var list = new Element(new GovUkSummaryListTagHelper { NoBorder = true }, "govuk-summary-list", Row("Name", "Sam"), Row("Role", "Chair"));

        var html = await TagHelperHarness.RenderAsync(list);

        Assert.Empty(All(html, ".govuk-summary-list__row--no-actions"));
        Assert.Contains("govuk-summary-list--no-border", ClassesOf(Single(html, "dl")));
    }

    [Fact]
    public async Task Process_CardFixture_MatchesGovUkCardWithSingleAction()
    {
        var fixture = GovUkFixtures.Get("summary-list", "summary card with only 1 action");
        var card = new Element(
            new GovUkSummaryCardTagHelper { Title = "Undergraduate teaching assistant", ActionHref = "#", ActionText = "My lonely action" },
            "govuk-summary-card",
            new Element(new GovUkSummaryListTagHelper(), "govuk-summary-list", Row("Name", "Firstname Lastname"), Row("Date of birth", "13/08/1980")));

        var html = await TagHelperHarness.RenderAsync(card);

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task Process_RowActionInsideCard_NamesTheCardForScreenReaders()
    {
        var card = new Element(
            new GovUkSummaryCardTagHelper { Title = "Police" },
            "govuk-summary-card",
            new Element(new GovUkSummaryListTagHelper(), "govuk-summary-list", Row("Contact", "Sam", href: "/contact", hidden: "contact")));

        var html = await TagHelperHarness.RenderAsync(card);

        Assert.Equal("contact (Police)", Single(html, ".govuk-summary-list__actions .govuk-visually-hidden").TextContent.Trim());
        Assert.Single(All(html, ".govuk-summary-card dl.govuk-summary-list"));
    }
}
