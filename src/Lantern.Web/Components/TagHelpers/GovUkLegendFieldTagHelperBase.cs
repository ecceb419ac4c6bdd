using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// Base for the field tag helpers whose question is a fieldset legend rather than a label (checkboxes, radios,
/// date input): the <c>legend</c>, <c>legend-class</c> and <c>legend-is-page-heading</c> attributes.
/// </summary>
public abstract class GovUkLegendFieldTagHelperBase : GovUkFieldTagHelperBase
{
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    [HtmlAttributeName("legend-is-page-heading")]
    public bool LegendIsPageHeading { get; set; }

    /// <summary>A fieldset with the legend, or none when there is no legend (the question is asked elsewhere).</summary>
    protected FieldsetOptions? LegendFieldset() =>
        string.IsNullOrEmpty(Legend)
            ? null
            : new FieldsetOptions { Legend = new LegendOptions { Text = Legend, Classes = LegendClass, IsPageHeading = LegendIsPageHeading } };
}
