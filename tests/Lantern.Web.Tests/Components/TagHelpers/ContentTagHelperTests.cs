using Lantern.Web.Components;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

/// <summary>Where a tag helper can express a GOV.UK fixture's params, its output must match that fixture.</summary>
public class ContentTagHelperTests
{
    private static void AssertMatchesFixture(string component, string fixtureName, TagHelper helper, string tagName, string childHtml = "")
    {
        var fixture = GovUkFixtures.Get(component, fixtureName);

        var html = TagHelperHarness.Render(helper, tagName, childHtml: childHtml);

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public void Button_Secondary_MatchesFixture() =>
        AssertMatchesFixture("button", "secondary", new GovUkButtonTagHelper { Variant = ButtonVariant.Secondary, Name = "secondary" }, "govuk-button", "Secondary button");

    [Fact]
    public void Button_Href_MatchesLinkFixture() =>
        AssertMatchesFixture("button", "link", new GovUkButtonTagHelper { Href = "/" }, "govuk-button", "Link button");

    [Fact]
    public void Button_Start_MatchesStartFixture() =>
        AssertMatchesFixture("button", "start", new GovUkButtonTagHelper { Start = true }, "govuk-button", "Start now button");

    [Fact]
    public void Button_PreventDoubleClick_MatchesFixture() =>
        AssertMatchesFixture("button", "prevent double click", new GovUkButtonTagHelper { PreventDoubleClick = true }, "govuk-button", "Submit");

    [Theory]
    [InlineData(ButtonVariant.Warning, "warning", "Warning")]
    [InlineData(ButtonVariant.Inverse, "inverse", "Inverse")]
    public void Button_Variant_MatchesFixture(ButtonVariant variant, string fixtureName, string name) =>
        AssertMatchesFixture("button", fixtureName, new GovUkButtonTagHelper { Variant = variant, Name = name }, "govuk-button", name + " button");

    [Fact]
    public void Button_NoVariant_IsThePrimaryButton()
    {
        var html = TagHelperHarness.Render(new GovUkButtonTagHelper { Variant = null }, "govuk-button", childHtml: "Save");

        Assert.Equal(["govuk-button"], ClassesOf(Single(html, "button")));
    }

    [Fact]
    public void Button_UndefinedVariant_Throws()
    {
        var helper = new GovUkButtonTagHelper { Variant = (ButtonVariant)99 };

        Assert.Throws<ArgumentOutOfRangeException>(() => TagHelperHarness.Render(helper, "govuk-button", childHtml: "Save"));
    }

    [Fact]
    public void Button_ExtraAttributes_PassedToButton()
    {
        var html = TagHelperHarness.Render(
            new GovUkButtonTagHelper { Type = "button" },
            "govuk-button",
            Attributes(("formaction", "/reviews/delete"), ("class", "app-wide")),
            "Delete");

        var button = Single(html, "button");
        Assert.Equal("/reviews/delete", button.GetAttribute("formaction"));
        Assert.Equal("button", button.GetAttribute("type"));
        Assert.Equal(["govuk-button", "app-wide"], ClassesOf(button));
    }

    [Fact]
    public void BackLink_NoContentOrHref_MatchesDefaultFixture() =>
        AssertMatchesFixture("back-link", "default", new GovUkBackLinkTagHelper(), "govuk-back-link");

    [Theory]
    [InlineData(TagColour.Teal, "govuk-tag--teal")]
    [InlineData(TagColour.Magenta, "govuk-tag--magenta")]
    [InlineData(TagColour.Red, "govuk-tag--red")]
    [InlineData(TagColour.Grey, "govuk-tag--grey")]
    public void Tag_Colour_UsesGovUkFrontend6ModifierClass(TagColour colour, string expectedClass)
    {
        var html = TagHelperHarness.Render(new GovUkTagTagHelper { Colour = colour }, "govuk-tag", childHtml: "Open");

        Assert.Equal(["govuk-tag", expectedClass], ClassesOf(Single(html, "strong")));
    }

    [Theory]
    [InlineData(TagColour.Blue)]
    [InlineData(null)]
    public void Tag_BlueOrNoColour_RendersThePlainTag(TagColour? colour)
    {
        var html = TagHelperHarness.Render(new GovUkTagTagHelper { Colour = colour }, "govuk-tag", childHtml: "Open");

        Assert.Equal(["govuk-tag"], ClassesOf(Single(html, "strong")));
    }

    [Fact]
    public void Tag_TurquoiseText_MatchesFixture() =>
        AssertMatchesFixture("tag", "turquoise", new GovUkTagTagHelper { Colour = TagColour.Teal }, "govuk-tag", "Teal");

    [Fact]
    public void Tag_UndefinedColour_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TagHelperHarness.Render(new GovUkTagTagHelper { Colour = (TagColour)99 }, "govuk-tag", childHtml: "x"));
    }

    [Fact]
    public void NotificationBanner_HeadingAndContent_MatchesHtmlFixture()
    {
        var fixture = GovUkFixtures.Get("notification-banner", "with text as html");
        var options = GovUkFixtures.Options<NotificationBannerOptions>(fixture);
        var headingEnd = options.Html!.IndexOf("</h3>", StringComparison.Ordinal) + "</h3>".Length;
        var helper = new GovUkNotificationBannerTagHelper { Heading = "This publication was withdrawn on 7 March 2014" };

        var html = TagHelperHarness.Render(helper, "govuk-notification-banner", childHtml: options.Html[headingEnd..]);

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public void NotificationBanner_Success_DefaultsTitleAndAlertRole()
    {
        var helper = new GovUkNotificationBannerTagHelper { Type = "success", Heading = "Review created" };

        var html = TagHelperHarness.Render(helper, "govuk-notification-banner", childHtml: "<p class=\"govuk-body\">Reference 123</p>");

        var banner = Single(html, ".govuk-notification-banner");
        Assert.Equal("alert", banner.GetAttribute("role"));
        Assert.Contains("govuk-notification-banner--success", ClassesOf(banner));
        Assert.Equal("Success", Single(html, ".govuk-notification-banner__title").TextContent.Trim());
        Assert.Equal("Review created", Single(html, "h3.govuk-notification-banner__heading").TextContent.Trim());
        Assert.Equal("Reference 123", Single(html, ".govuk-notification-banner__content p.govuk-body").TextContent.Trim());
    }

    [Fact]
    public void Panel_TitleAndContent_MatchesDefaultFixture() =>
        AssertMatchesFixture("panel", "default", new GovUkPanelTagHelper { Title = "Application complete" }, "govuk-panel", "Your reference number<br><strong>HDJ2123F</strong>");

    [Fact]
    public void InsetText_Content_MatchesDefaultFixture() =>
        AssertMatchesFixture("inset-text", "default", new GovUkInsetTextTagHelper(), "govuk-inset-text",
            "It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application.");

    [Fact]
    public void WarningText_Content_MatchesDefaultFixture() =>
        AssertMatchesFixture("warning-text", "default", new GovUkWarningTextTagHelper { IconFallbackText = "Warning" }, "govuk-warning-text",
            "You can be fined up to £5,000 if you don’t register.");

    [Fact]
    public void Details_SummaryAndContent_MatchesDefaultFixture()
    {
        var fixture = GovUkFixtures.Get("details", "default");
        var text = GovUkFixtures.Options<DetailsOptions>(fixture).Text!;

        var html = TagHelperHarness.Render(new GovUkDetailsTagHelper { Summary = "Help with nationality" }, "govuk-details", childHtml: text);

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public void Fieldset_PageHeadingLegend_MatchesFixture() =>
        AssertMatchesFixture("fieldset", "as page heading l",
            new GovUkFieldsetTagHelper { Legend = "What is your address?", LegendClass = "govuk-fieldset__legend--l", LegendIsPageHeading = true },
            "govuk-fieldset");
}
