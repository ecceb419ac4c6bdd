using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-password-input asp-for="Input.Password" label="Password" autocomplete="new-password" /&gt;</c>: the GOV.UK
/// password input with its show/hide button. The value is never written back into the page.
/// </summary>
[HtmlTargetElement("govuk-password-input")]
public sealed class GovUkPasswordInputTagHelper : GovUkFieldTagHelperBase
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

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
            Label = new LabelOptions { Text = Require(Label, "label", ElementName), Classes = LabelClass, IsPageHeading = LabelIsPageHeading },
            Hint = HintOptionsFor(Hint),
            ErrorMessage = ErrorOptionsFor(FirstError(FieldName)),
            FormGroup = classes is null ? null : new FormGroupOptions { Classes = classes },
            Classes = InputClass,
            Autocomplete = Autocomplete,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, PasswordInputRenderer.Render(options));
    }
}
