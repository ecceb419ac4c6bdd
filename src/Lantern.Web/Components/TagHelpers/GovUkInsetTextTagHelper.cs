using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-inset-text&gt;…&lt;/govuk-inset-text&gt;</c>: GOV.UK inset text around the child content.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class GovUkInsetTextTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, InsetTextRenderer.Render(new InsetTextOptions
        {
            Html = await TagHelperSupport.ChildHtmlAsync(output),
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
