using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-fieldset legend="Your address"&gt;…&lt;/govuk-fieldset&gt;</c>: groups related fields under a legend.</summary>
[HtmlTargetElement("govuk-fieldset")]
public sealed class GovUkFieldsetTagHelper : TagHelper
{
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    [HtmlAttributeName("described-by")]
    public string? DescribedBy { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var content = await TagHelperSupport.ChildHtmlAsync(output);
        var options = new FieldsetOptions
        {
            Legend = string.IsNullOrEmpty(Legend) ? null : new LegendOptions { Text = Legend, Classes = LegendClass, IsPageHeading = LegendIsPageHeading },
            DescribedBy = DescribedBy,
            Classes = classes,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, FieldsetRenderer.Render(options, content ?? string.Empty));
    }
}
