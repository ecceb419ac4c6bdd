using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-tag colour="green"&gt;Open&lt;/govuk-tag&gt;</c>: a GOV.UK tag.</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    // GOV.UK Frontend 6 renamed turquoise to teal and pink to magenta, and has no light blue: blue is the plain tag.
    private static readonly Dictionary<string, string?> Colours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["grey"] = "govuk-tag--grey",
        ["green"] = "govuk-tag--green",
        ["turquoise"] = "govuk-tag--teal",
        ["teal"] = "govuk-tag--teal",
        ["blue"] = null,
        ["light-blue"] = null,
        ["purple"] = "govuk-tag--purple",
        ["pink"] = "govuk-tag--magenta",
        ["magenta"] = "govuk-tag--magenta",
        ["red"] = "govuk-tag--red",
        ["orange"] = "govuk-tag--orange",
        ["yellow"] = "govuk-tag--yellow",
    };

    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        string? colourClass = null;
        if (!string.IsNullOrEmpty(Colour) && !Colours.TryGetValue(Colour, out colourClass))
        {
            throw new InvalidOperationException($"<govuk-tag> colour must be one of {string.Join(", ", Colours.Keys)}, not '{Colour}'.");
        }

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
}
