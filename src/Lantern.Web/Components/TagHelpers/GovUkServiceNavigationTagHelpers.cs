using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-service-navigation aria-label="Menu"&gt;</c> with <c>&lt;govuk-service-navigation-item&gt;</c> children and an
/// optional <c>&lt;govuk-service-navigation-end&gt;</c> whose list items go after the navigation items.
/// </summary>
[HtmlTargetElement("govuk-service-navigation")]
public sealed class GovUkServiceNavigationTagHelper : TagHelper
{
    /// <summary>Accessible name of the navigation landmark; defaults to the menu button text, "Menu".</summary>
    [HtmlAttributeName("aria-label")]
    public string? AriaLabel { get; set; }

    [HtmlAttributeName("service-name")]
    public string? ServiceName { get; set; }

    [HtmlAttributeName("service-url")]
    public string? ServiceUrl { get; set; }

    [HtmlAttributeName("menu-button-text")]
    public string? MenuButtonText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var navigation = new ServiceNavigationParts();
        context.Items[typeof(ServiceNavigationParts)] = navigation;
        await output.GetChildContentAsync();

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, ServiceNavigationRenderer.Render(new ServiceNavigationOptions
        {
            NavigationLabel = AriaLabel,
            ServiceName = ServiceName,
            ServiceUrl = ServiceUrl,
            MenuButtonText = MenuButtonText,
            Navigation = navigation.Items,
            Slots = navigation.End is null ? null : new ServiceNavigationSlotsOptions { NavigationEnd = navigation.End },
            Classes = classes,
            Attributes = attributes,
        }));
    }

    internal static ServiceNavigationParts PartsFrom(TagHelperContext context, string element) =>
        context.Items.TryGetValue(typeof(ServiceNavigationParts), out var parts) ? (ServiceNavigationParts)parts
        : throw new InvalidOperationException($"<{element}> must be inside <govuk-service-navigation>.");
}

/// <summary><c>&lt;govuk-service-navigation-item href="/reviews" current="true"&gt;Reviews&lt;/…&gt;</c>.</summary>
[HtmlTargetElement("govuk-service-navigation-item", ParentTag = "govuk-service-navigation")]
public sealed class GovUkServiceNavigationItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    /// <summary>This item is the current page.</summary>
    [HtmlAttributeName("current")]
    public bool Current { get; set; }

    /// <summary>The current page is within this item's section.</summary>
    [HtmlAttributeName("active")]
    public bool Active { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var parts = GovUkServiceNavigationTagHelper.PartsFrom(context, "govuk-service-navigation-item");
        var (_, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var (text, html) = TagHelperSupport.TextOrHtml(await TagHelperSupport.ChildHtmlAsync(output));
        parts.Items.Add(new ServiceNavigationItemOptions
        {
            Href = Href,
            Text = text,
            Html = html,
            Current = Current,
            Active = Active,
            Attributes = attributes,
        });
        output.SuppressOutput();
    }
}

/// <summary>
/// <c>&lt;govuk-service-navigation-end&gt;&lt;li class="govuk-service-navigation__item"&gt;…&lt;/li&gt;&lt;/…&gt;</c>: list
/// items placed after the navigation items (the component's navigationEnd slot), for example a sign-out link.
/// </summary>
[HtmlTargetElement("govuk-service-navigation-end", ParentTag = "govuk-service-navigation")]
public sealed class GovUkServiceNavigationEndTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var parts = GovUkServiceNavigationTagHelper.PartsFrom(context, "govuk-service-navigation-end");
        parts.End = await TagHelperSupport.ChildHtmlAsync(output);
        output.SuppressOutput();
    }
}

internal sealed class ServiceNavigationParts
{
    public List<ServiceNavigationItemOptions?> Items { get; } = [];
    public string? End { get; set; }
}
