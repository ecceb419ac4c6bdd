using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-panel title="Review submitted"&gt;Your reference is …&lt;/govuk-panel&gt;</c>: a confirmation panel.</summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovUkPanelTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, PanelRenderer.Render(new PanelOptions
        {
            TitleText = Title,
            HeadingLevel = HeadingLevel,
            Html = await TagHelperSupport.ChildHtmlAsync(output),
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
