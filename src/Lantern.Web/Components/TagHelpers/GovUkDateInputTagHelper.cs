using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-date-input asp-for="Filter.From" legend="From" /&gt;</c>: a GOV.UK date input bound to a
/// <see cref="DateInputModel"/>. Inputs are named <c>{name}.Day</c>, <c>.Month</c> and <c>.Year</c>; the day input has the
/// field id and the others <c>{id}-month</c> and <c>{id}-year</c>.
/// </summary>
[HtmlTargetElement("govuk-date-input")]
public sealed class GovUkDateInputTagHelper : GovUkLegendFieldTagHelperBase
{
    private static readonly (string Part, DateInputParts Flag, string Label, int Width)[] Parts =
    [
        ("Day", DateInputParts.Day, "Day", 2),
        ("Month", DateInputParts.Month, "Month", 2),
        ("Year", DateInputParts.Year, "Year", 4),
    ];

    protected override string ElementName => "govuk-date-input";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var name = FieldName;
        var id = FieldId;
        var model = Field.Model as DateInputModel;

        // An error on the date as a whole highlights every input; errors on parts highlight just those parts.
        var wholeError = FirstError(name);
        var partErrors = Parts.Where(p => FirstError(name + "." + p.Part) is not null).Aggregate(DateInputParts.None, (all, p) => all | p.Flag);
        var message = wholeError ?? FirstError(name + ".Day", name + ".Month", name + ".Year");

        var items = Parts.Select((p, index) => new DateInputItemOptions
        {
            Id = index == 0 ? id : id + "-" + p.Part.ToLowerInvariant(),
            Name = name + "." + p.Part,
            Label = p.Label,
            Value = PartValue(name + "." + p.Part, p.Flag, model),
            Classes = "govuk-input--width-" + p.Width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Error = wholeError is null && partErrors.HasFlag(p.Flag) ? true : null,
        }).ToList();

        var options = new DateInputOptions
        {
            // The container needs its own id because the day input already uses the field id.
            Id = id + "-date-input",
            Items = items,
            Fieldset = LegendFieldset(),
            Hint = HintOptionsFor(Hint),
            ErrorMessage = ErrorOptionsFor(message),
            FormGroup = classes is null ? null : new FormGroupOptions { Classes = classes },
            Attributes = attributes,
        };
        TagHelperSupport.Replace(output, DateInputRenderer.Render(options));
    }

    private string? PartValue(string key, DateInputParts part, DateInputModel? model)
    {
        if (ModelState.TryGetValue(key, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return part switch
        {
            DateInputParts.Day => model?.Day,
            DateInputParts.Month => model?.Month,
            _ => model?.Year,
        };
    }
}
