using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-warning-text&gt;…&lt;/govuk-warning-text&gt;</c>; the hidden prefix defaults to "Warning".</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class GovUkWarningTextTagHelper : TagHelper
{
    [HtmlAttributeName("icon-fallback-text")]
    public string? IconFallbackText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, WarningTextRenderer.Render(new WarningTextOptions
        {
            Html = await TagHelperSupport.ChildHtmlAsync(output),
            IconFallbackText = IconFallbackText,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
