using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-input asp-for="Input.Email" label="Email address" /&gt;</c>: a GOV.UK text input bound to a model property.
/// Unbound attributes go on the input; <c>class</c> goes on the form group.
/// </summary>
[HtmlTargetElement("govuk-input")]
public sealed class GovUkInputTagHelper : GovUkLabelledFieldTagHelperBase
{
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

    [HtmlAttributeName("inputmode")]
    public string? Inputmode { get; set; }

    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    [HtmlAttributeName("suffix")]
    public string? Suffix { get; set; }

    protected override string ElementName => "govuk-input";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var options = new InputOptions
        {
            Id = FieldId,
            Name = FieldName,
            Type = Type,
            Value = CurrentValue(),
            Label = LabelFor(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = FieldError(),
            Prefix = string.IsNullOrEmpty(Prefix) ? null : new InputAffixOptions { Text = Prefix },
            Suffix = string.IsNullOrEmpty(Suffix) ? null : new InputAffixOptions { Text = Suffix },
            FormGroup = FormGroupFor(classes),
            Classes = InputClass,
            Autocomplete = Autocomplete,
            Spellcheck = Spellcheck,
            Inputmode = Inputmode,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, InputRenderer.Render(options));
    }
}
