using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>One item of the service navigation; without <see cref="Href"/> it is shown as plain text.</summary>
public sealed record ServiceNavigationItemOptions
{
    /// <summary>The item is the current page (<c>aria-current="page"</c>).</summary>
    public bool Current { get; init; }

    /// <summary>The user is within this section but not on its page (<c>aria-current="true"</c>).</summary>
    public bool Active { get; init; }

    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Href { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>The end slot; <see cref="Align"/> "inline" keeps it on the same line as the navigation.</summary>
public sealed record ServiceNavigationEndSlotOptions
{
    public string? Html { get; init; }
    public string? Align { get; init; }
}

/// <summary>Raw HTML injected at fixed points of the service navigation.</summary>
public sealed record ServiceNavigationSlotsOptions
{
    public string? Start { get; init; }
    public ServiceNavigationEndSlotOptions? End { get; init; }

    /// <summary>List items placed before the navigation items.</summary>
    public string? NavigationStart { get; init; }

    /// <summary>List items placed after the navigation items.</summary>
    public string? NavigationEnd { get; init; }
}

/// <summary>Options for the GOV.UK service navigation component (Nunjucks <c>govukServiceNavigation</c> params).</summary>
public sealed record ServiceNavigationOptions
{
    public string? AriaLabel { get; init; }
    public string? MenuButtonText { get; init; }
    public string? MenuButtonLabel { get; init; }
    public string? NavigationLabel { get; init; }
    public string? NavigationId { get; init; }
    public string? NavigationClasses { get; init; }
    public string? ServiceName { get; init; }
    public string? ServiceUrl { get; init; }
    public IReadOnlyList<ServiceNavigationItemOptions?>? Navigation { get; init; }
    public bool? CollapseNavigationOnMobile { get; init; }
    public ServiceNavigationSlotsOptions? Slots { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class ServiceNavigationRenderer
{
    public static IHtmlContent Render(ServiceNavigationOptions options)
    {
        var menuButtonText = string.IsNullOrEmpty(options.MenuButtonText) ? "Menu" : options.MenuButtonText;
        var navigationId = string.IsNullOrEmpty(options.NavigationId) ? "navigation" : options.NavigationId;
        var slots = options.Slots;
        var endSlotHtml = slots?.End?.Html;
        var endSlotInline = slots?.End?.Align == "inline";
        var items = (options.Navigation ?? []).Where(item => item is not null).Select(item => item!).ToList();
        var collapse = options.CollapseNavigationOnMobile ?? items.Count > 1;

        var inner = new HtmlWriter();
        inner.Open("div").Class("govuk-width-container", endSlotInline ? "govuk-service-navigation__inlining-container" : null).Close().Line()
            .Raw(slots?.Start)
            .Open("div").Class("govuk-service-navigation__container").Close().Line();
        if (!string.IsNullOrEmpty(options.ServiceName))
        {
            inner.Open("span").Class("govuk-service-navigation__service-name").Close().Line();
            if (!string.IsNullOrEmpty(options.ServiceUrl))
            {
                inner.Open("a").Attr("href", options.ServiceUrl).Class("govuk-service-navigation__link").Close().Text(options.ServiceName).End("a");
            }
            else
            {
                inner.Open("span").Class("govuk-service-navigation__text").Close().Text(options.ServiceName).End("span");
            }

            inner.Line().End("span").Line();
        }

        if (items.Count > 0 || !string.IsNullOrEmpty(slots?.NavigationStart) || !string.IsNullOrEmpty(slots?.NavigationEnd))
        {
            WriteNavigation(inner, options, items, menuButtonText, navigationId, collapse);
        }

        inner.End("div").Line().Raw(endSlotHtml).End("div").Line();

        // With a service name or slotted content the component is a labelled region; otherwise its <nav> is enough.
        var w = new HtmlWriter();
        var isSection = !string.IsNullOrEmpty(options.ServiceName) || !string.IsNullOrEmpty(slots?.Start) || !string.IsNullOrEmpty(endSlotHtml);
        var tag = isSection ? "section" : "div";
        w.Open(tag);
        if (isSection)
        {
            w.Attr("aria-label", options.AriaLabel ?? "Service information");
        }

        w.Class("govuk-service-navigation", options.Classes).Attr("data-module", "govuk-service-navigation")
            .Attributes(options.Attributes).Close().Line().Raw(inner.ToString()).End(tag);
        return w.ToHtml();
    }

    private static void WriteNavigation(
        HtmlWriter w,
        ServiceNavigationOptions options,
        List<ServiceNavigationItemOptions> items,
        string menuButtonText,
        string navigationId,
        bool collapse)
    {
        w.Open("nav").Attr("aria-label", string.IsNullOrEmpty(options.NavigationLabel) ? menuButtonText : options.NavigationLabel)
            .Class("govuk-service-navigation__wrapper", options.NavigationClasses).Close().Line();
        if (collapse)
        {
            w.Open("button").Attr("type", "button").Class("govuk-service-navigation__toggle govuk-js-service-navigation-toggle")
                .Attr("aria-controls", navigationId)
                .Attr("aria-label", !string.IsNullOrEmpty(options.MenuButtonLabel) && options.MenuButtonLabel != menuButtonText ? options.MenuButtonLabel : null)
                .Flag("hidden").Attr("aria-hidden", "true").Close().Text(menuButtonText).End("button").Line();
        }

        w.Open("ul").Class("govuk-service-navigation__list").Attr("id", navigationId).Close().Line().Raw(options.Slots?.NavigationStart);
        foreach (var item in items)
        {
            var highlighted = item.Active || item.Current;
            var ariaCurrent = highlighted ? (item.Current ? "page" : "true") : null;
            w.Open("li").Class("govuk-service-navigation__item", highlighted ? "govuk-service-navigation__item--active" : null).Close().Line();
            if (!string.IsNullOrEmpty(item.Href))
            {
                w.Open("a").Class("govuk-service-navigation__link").Attr("href", item.Href).Attr("aria-current", ariaCurrent)
                    .Attributes(item.Attributes).Close();
                WriteItemContent(w, item, highlighted);
                w.End("a").Line();
            }
            else if (!string.IsNullOrEmpty(item.Html) || !string.IsNullOrEmpty(item.Text))
            {
                w.Open("span").Class("govuk-service-navigation__text").Attr("aria-current", ariaCurrent).Close();
                WriteItemContent(w, item, highlighted);
                w.End("span").Line();
            }

            w.End("li").Line();
        }

        w.Raw(options.Slots?.NavigationEnd).End("ul").Line().End("nav").Line();
    }

    private static void WriteItemContent(HtmlWriter w, ServiceNavigationItemOptions item, bool highlighted)
    {
        // Bold text keeps the current item identifiable when users override the page's colours.
        if (highlighted)
        {
            w.Open("strong").Class("govuk-service-navigation__active-fallback").Close().Content(item.Html, item.Text).End("strong");
        }
        else
        {
            w.Content(item.Html, item.Text);
        }
    }
}
