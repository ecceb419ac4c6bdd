using AngleSharp.Dom;
using Lantern.Web.Components;
using static Lantern.Web.Tests.Components.TagHelpers.TestHtml;

namespace Lantern.Web.Tests.Components.TagHelpers;

public class LayoutTagHelperTests
{
    [Fact]
    public void GenericHeader_LogoText_MatchesDefaultFixture()
    {
        var fixture = GovUkFixtures.Get("generic-header", "default");

        var html = TagHelperHarness.Render(new GovUkGenericHeaderTagHelper { LogoText = "My cool service" }, "govuk-generic-header");

        HtmlAssert.Equivalent(fixture.Html, html);
        Assert.DoesNotContain("crown", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void GenericHeader_Href_LinksLogoThere()
    {
        var html = TagHelperHarness.Render(new GovUkGenericHeaderTagHelper { LogoText = "Lantern", Href = "/home" }, "govuk-generic-header");

        Assert.Equal("/home", Single(html, "a.govuk-generic-header__homepage-link").GetAttribute("href"));
    }

    [Fact]
    public void SkipLink_Href_MatchesDefaultFixture()
    {
        var fixture = GovUkFixtures.Get("skip-link", "default");

        var html = TagHelperHarness.Render(new GovUkSkipLinkTagHelper { Href = "#test-target-element" }, "govuk-skip-link", childHtml: "Skip to main content");

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public void SkipLink_NoAttributes_TargetsMainContent()
    {
        var html = TagHelperHarness.Render(new GovUkSkipLinkTagHelper(), "govuk-skip-link");

        var link = Single(html, "a.govuk-skip-link");
        Assert.Equal("#main-content", link.GetAttribute("href"));
        Assert.Equal("Skip to main content", link.TextContent);
    }

    [Fact]
    public void PhaseBanner_TagAndContent_MatchesDefaultFixture()
    {
        var fixture = GovUkFixtures.Get("phase-banner", "default");

        var html = TagHelperHarness.Render(
            new GovUkPhaseBannerTagHelper { Tag = "Alpha" },
            "govuk-phase-banner",
            childHtml: "This is a new service - your <a href=\"#\" class=\"govuk-link\">feedback</a> will help us to improve it.");

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task ServiceNavigation_ItemsWithCurrent_MatchesFixture()
    {
        var fixture = GovUkFixtures.Get("service-navigation", "with navigation with a current item");
        var navigation = new Element(
            new GovUkServiceNavigationTagHelper(),
            "govuk-service-navigation",
            Item("#/1", "Navigation item 1"),
            Item("#/2", "Navigation item 2", current: true),
            Item("#/3", "Navigation item 3"),
            Item("#/4", "Navigation item 4"));

        var html = await TagHelperHarness.RenderAsync(navigation);

        HtmlAssert.Equivalent(fixture.Html, html);
    }

    [Fact]
    public async Task ServiceNavigation_EndSlotAndAriaLabel_RendersEndItemsAfterNavigation()
    {
        var navigation = new Element(
            new GovUkServiceNavigationTagHelper { AriaLabel = "Main menu" },
            "govuk-service-navigation",
            Item("/reviews", "Reviews", current: true),
            new Element(
                new GovUkServiceNavigationEndTagHelper(),
                "govuk-service-navigation-end",
                "<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\"/sign-out\">Sign out</a></li>"));

        var html = await TagHelperHarness.RenderAsync(navigation);

        Assert.Equal("Main menu", Single(html, "nav").GetAttribute("aria-label"));
        Assert.Equal(["/reviews", "/sign-out"], All(html, "ul.govuk-service-navigation__list > li a").Select(a => a.GetAttribute("href")));
        Assert.Equal("page", Single(html, "a[href='/reviews']").GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Footer_MetaItems_MatchesNoLicenceFixtureWithoutCrownOrCopyright()
    {
        // GOV.UK Frontend always renders the crown and the Crown copyright link; Lantern leaves out exactly those two.
        var fixture = GovUkFixtures.Get("footer", "with no content licence");
        var expected = HtmlAssert.Parse(fixture.Html);
        expected.QuerySelector("svg.govuk-footer__crown")!.Remove();
        expected.QuerySelector(".govuk-footer__copyright-logo")!.ParentElement!.Remove();

        var html = await TagHelperHarness.RenderAsync(new Element(new GovUkFooterTagHelper(), "govuk-footer"));

        HtmlAssert.Equivalent(expected.InnerHtml, html);
    }

    [Fact]
    public async Task Footer_MetaItems_RendersSupportLinksAndNoCrownContent()
    {
        var footer = new Element(
            new GovUkFooterTagHelper(),
            "govuk-footer",
            new Element(new GovUkFooterMetaItemTagHelper { Href = "/privacy" }, "govuk-footer-meta-item", "Privacy"),
            new Element(new GovUkFooterMetaItemTagHelper { Href = "/accessibility" }, "govuk-footer-meta-item", "Accessibility &amp; help"));

        var html = await TagHelperHarness.RenderAsync(footer);

        Assert.Equal(["/privacy", "/accessibility"], All(html, ".govuk-footer__inline-list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Accessibility & help", All(html, ".govuk-footer__inline-list a")[1].TextContent.Trim());
        Assert.Equal("Support links", Single(html, "h2.govuk-visually-hidden").TextContent);
        Assert.Empty(All(html, "svg"));
        Assert.DoesNotContain("Crown", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nationalarchives", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Licence", html, StringComparison.OrdinalIgnoreCase);
    }

    private static Element Item(string href, string text, bool current = false) =>
        new(new GovUkServiceNavigationItemTagHelper { Href = href, Current = current }, "govuk-service-navigation-item", text);
}
