using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-textarea asp-for="Input.Summary" label="Summary" rows="8" /&gt;</c>: a GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea")]
public sealed class GovUkTextareaTagHelper : GovUkLabelledFieldTagHelperBase
{
    [HtmlAttributeName("rows")]
    public int? Rows { get; set; }

    [HtmlAttributeName("textarea-class")]
    public string? TextareaClass { get; set; }

    protected override string ElementName => "govuk-textarea";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var options = new TextareaOptions
        {
            Id = FieldId,
            Name = FieldName,
            Rows = Rows,
            Value = CurrentValue(),
            Label = LabelFor(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = FieldError(),
            FormGroup = FormGroupFor(classes),
            Classes = TextareaClass,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, TextareaRenderer.Render(options));
    }
}
