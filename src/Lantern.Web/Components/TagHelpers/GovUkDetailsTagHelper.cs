using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-details summary="Help with …"&gt;…&lt;/govuk-details&gt;</c>: an expandable GOV.UK details section.</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovUkDetailsTagHelper : TagHelper
{
    [HtmlAttributeName("summary")]
    public string? Summary { get; set; }

    [HtmlAttributeName("open")]
    public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, DetailsRenderer.Render(new DetailsOptions
        {
            SummaryText = Summary,
            Html = await TagHelperSupport.ChildHtmlAsync(output),
            Open = Open,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}
