using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-tag colour="Green"&gt;Open&lt;/govuk-tag&gt;</c>: a GOV.UK tag.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    /// <summary>Leave out (or null) for the plain blue tag.</summary>
    [HtmlAttributeName("colour")]
    public TagColour? Colour { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var colourClass = ColourClass(Colour);
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var (text, html) = TagHelperSupport.TextOrHtml(await TagHelperSupport.ChildHtmlAsync(output));
        TagHelperSupport.Replace(output, TagRenderer.Render(new TagOptions
        {
            Text = text,
            Html = html,
            Classes = HtmlWriter.JoinClasses(colourClass, classes),
            Attributes = attributes,
        }));
    }

    // GOV.UK Frontend 6 renamed turquoise to teal and pink to magenta, and has no light blue: blue is the plain tag.
    private static string? ColourClass(TagColour? colour) => colour switch
    {
        null or TagColour.Blue => null,
        TagColour.Grey => "govuk-tag--grey",
        TagColour.Green => "govuk-tag--green",
        TagColour.Teal => "govuk-tag--teal",
        TagColour.Purple => "govuk-tag--purple",
        TagColour.Magenta => "govuk-tag--magenta",
        TagColour.Red => "govuk-tag--red",
        TagColour.Orange => "govuk-tag--orange",
        TagColour.Yellow => "govuk-tag--yellow",
        _ => throw new ArgumentOutOfRangeException(nameof(colour), colour, "Not a GOV.UK tag colour."),
    };
}
