using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-password-input asp-for="Input.Password" label="Password" autocomplete="new-password" /&gt;</c>: the GOV.UK
/// password input with its show/hide button. The value is never written back into the page.
/// </summary>
[HtmlTargetElement("govuk-password-input")]
public sealed class GovUkPasswordInputTagHelper : GovUkLabelledFieldTagHelperBase
{
    /// <summary>"current-password" (the default) or "new-password".</summary>
    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    protected override string ElementName => "govuk-password-input";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var options = new PasswordInputOptions
        {
            Id = FieldId,
            Name = FieldName,
            Label = LabelFor(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = FieldError(),
            FormGroup = FormGroupFor(classes),
            Classes = InputClass,
            Autocomplete = Autocomplete,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, PasswordInputRenderer.Render(options));
    }
}
