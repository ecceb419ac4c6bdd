using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-footer&gt;&lt;govuk-footer-meta-item href="/privacy"&gt;Privacy&lt;/govuk-footer-meta-item&gt;&lt;/govuk-footer&gt;</c>.
/// Lantern is not Crown copyright, so the footer has no crown, licence or copyright notice; any other child content is
/// shown in the meta section below the links.
/// </summary>
[HtmlTargetElement("govuk-footer")]
public sealed class GovUkFooterTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var items = new FooterMetaItems();
        context.Items[typeof(FooterMetaItems)] = items;
        var otherContent = await TagHelperSupport.ChildHtmlAsync(output);

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, FooterRenderer.Render(new FooterOptions
        {
            Meta = items.Items.Count == 0 && otherContent is null ? null : new FooterMetaOptions
            {
                Items = items.Items.Count == 0 ? null : items.Items,
                Html = otherContent,
            },
            ContentLicence = null,
            HideCrownLogo = true,
            HideCopyright = true,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}

/// <summary><c>&lt;govuk-footer-meta-item href="/accessibility"&gt;Accessibility&lt;/govuk-footer-meta-item&gt;</c>.</summary>
[HtmlTargetElement("govuk-footer-meta-item", ParentTag = "govuk-footer")]
public sealed class GovUkFooterMetaItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var items = context.Items.TryGetValue(typeof(FooterMetaItems), out var found) ? (FooterMetaItems)found
            : throw new InvalidOperationException("<govuk-footer-meta-item> must be inside <govuk-footer>.");
        var (_, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var content = await output.GetChildContentAsync();
        items.Items.Add(new FooterLinkOptions
        {
            Href = Href,
            Text = System.Net.WebUtility.HtmlDecode(content.GetContent().Trim()),
            Attributes = attributes,
        });
        output.SuppressOutput();
    }
}

internal sealed class FooterMetaItems
{
    public List<FooterLinkOptions> Items { get; } = [];
}
