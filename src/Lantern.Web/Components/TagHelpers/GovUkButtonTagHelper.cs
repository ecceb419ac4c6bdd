using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-button variant="Secondary"&gt;Save&lt;/govuk-button&gt;</c>: a GOV.UK button, or a link styled as one when
/// <c>href</c> is set.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    /// <summary>"submit" (the default), "button" or "reset".</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>Secondary, Warning or Inverse; omit (or null) for the primary (green) button.</summary>
    [HtmlAttributeName("variant")]
    public ButtonVariant? Variant { get; set; }

    [HtmlAttributeName("prevent-double-click")]
    public bool? PreventDoubleClick { get; set; }

    [HtmlAttributeName("name")]
    public string? Name { get; set; }

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("start")]
    public bool Start { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var (text, html) = TagHelperSupport.TextOrHtml(await TagHelperSupport.ChildHtmlAsync(output));
        var options = new ButtonOptions
        {
            Text = text,
            Html = html,
            Type = Type,
            Name = Name,
            Value = Value,
            Href = Href,
            Disabled = Disabled,
            PreventDoubleClick = PreventDoubleClick,
            IsStartButton = Start,
            Classes = HtmlWriter.JoinClasses(VariantClass(Variant), classes),
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, ButtonRenderer.Render(options));
    }

    private static string? VariantClass(ButtonVariant? variant) => variant switch
    {
        null => null,
        ButtonVariant.Secondary => "govuk-button--secondary",
        ButtonVariant.Warning => "govuk-button--warning",
        ButtonVariant.Inverse => "govuk-button--inverse",
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Not a GOV.UK button variant."),
    };
}
