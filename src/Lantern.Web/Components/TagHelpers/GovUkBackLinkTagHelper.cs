using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-back-link href="/reviews"&gt;Back&lt;/govuk-back-link&gt;</c>; the text defaults to "Back".</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovUkBackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var (text, html) = TagHelperSupport.TextOrHtml(await TagHelperSupport.ChildHtmlAsync(output));
        TagHelperSupport.Replace(output, BackLinkRenderer.Render(new BackLinkOptions
        {
            Href = Href,
            Text = text,
            Html = html,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
