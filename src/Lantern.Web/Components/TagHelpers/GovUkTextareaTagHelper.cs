using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary><c>&lt;govuk-textarea asp-for="Input.Summary" label="Summary" rows="8" /&gt;</c>: a GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea")]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelperBase
{
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    [HtmlAttributeName("label-is-page-heading")]
    public bool LabelIsPageHeading { get; set; }

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
            Label = new LabelOptions { Text = Require(Label, "label", ElementName), Classes = LabelClass, IsPageHeading = LabelIsPageHeading },
            Hint = HintOptionsFor(Hint),
            ErrorMessage = ErrorOptionsFor(FirstError(FieldName)),
            FormGroup = classes is null ? null : new FormGroupOptions { Classes = classes },
            Classes = TextareaClass,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, TextareaRenderer.Render(options));
    }
}
