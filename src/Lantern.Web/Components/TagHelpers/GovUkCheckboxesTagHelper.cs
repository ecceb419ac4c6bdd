using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-checkboxes asp-for="Filter.Statuses" legend="Status" asp-items="Model.StatusOptions" /&gt;</c>: GOV.UK
/// checkboxes bound to a collection property; an item is checked when the collection holds its value.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovUkCheckboxesTagHelper : GovUkLegendFieldTagHelperBase
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<GovUkOption>? Items { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    protected override string ElementName => "govuk-checkboxes";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var comparer = ValuesIgnoreCase(Field.Metadata.ElementType) ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var values = CurrentValues().ToHashSet(comparer);
        var items = (Items ?? []).Select(item => new CheckboxItemOptions
        {
            Value = item.Value,
            Text = item.Text,
            Hint = HintOptionsFor(item.Hint),
            Disabled = item.Disabled,
            Checked = values.Contains(item.Value),
        }).ToList();

        var options = new CheckboxesOptions
        {
            IdPrefix = FieldId,
            Name = FieldName,
            Items = items,
            Fieldset = LegendFieldset(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = ErrorOptionsFor(FirstError(FieldName)),
            FormGroup = classes is null ? null : new FormGroupOptions { Classes = classes },
            Classes = Small ? "govuk-checkboxes--small" : null,
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, CheckboxesRenderer.Render(options));
    }
}
