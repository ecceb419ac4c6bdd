using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-select asp-for="Filter.Status" label="Status" asp-items="Model.Statuses" /&gt;</c>: a GOV.UK select. The
/// selected option follows the model value; <see cref="SelectListItem.Selected"/> only applies when the value is null.
/// </summary>
[HtmlTargetElement("govuk-select")]
public sealed class GovUkSelectTagHelper : GovUkLabelledFieldTagHelperBase
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    [HtmlAttributeName("select-class")]
    public string? SelectClass { get; set; }

    protected override string ElementName => "govuk-select";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var value = CurrentValue();
        var comparison = ValuesIgnoreCase(Field.Metadata.ModelType) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var items = (Items ?? []).Select(item => new SelectItemOptions
        {
            Value = item.Value,
            Text = item.Text,
            Selected = value is null ? item.Selected : string.Equals(item.Value ?? item.Text, value, comparison),
            Disabled = item.Disabled,
        }).ToList();

        var options = new SelectOptions
        {
            Id = FieldId,
            Name = FieldName,
            Items = items,
            Label = LabelFor(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = FieldError(),
            FormGroup = FormGroupFor(classes),
            Classes = SelectClass,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, SelectRenderer.Render(options));
    }
}
