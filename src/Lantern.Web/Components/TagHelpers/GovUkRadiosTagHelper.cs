using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-radios asp-for="Input.Role" legend="Role" asp-items="Model.RoleOptions" /&gt;</c>: GOV.UK radios. The
/// first radio's id is the field id and the others are suffixed <c>-2</c>, <c>-3</c>…
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovUkRadiosTagHelper : GovUkLegendFieldTagHelperBase
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<GovUkOption>? Items { get; set; }

    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    protected override string ElementName => "govuk-radios";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var value = CurrentValue();
        var comparison = ValuesIgnoreCase(Field.Metadata.ModelType) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var items = (Items ?? []).Select(item => new RadioItemOptions
        {
            Value = item.Value,
            Text = item.Text,
            Hint = HintOptionsFor(item.Hint),
            Disabled = item.Disabled,
            Checked = value is not null && string.Equals(item.Value, value, comparison),
        }).ToList();

        var options = new RadiosOptions
        {
            IdPrefix = FieldId,
            Name = FieldName,
            Items = items,
            Fieldset = LegendFieldset(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = ErrorOptionsFor(FirstError(FieldName)),
            FormGroup = classes is null ? null : new FormGroupOptions { Classes = classes },
            Classes = HtmlWriter.JoinClasses(Inline ? "govuk-radios--inline" : null, Small ? "govuk-radios--small" : null),
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, RadiosRenderer.Render(options));
    }
}
