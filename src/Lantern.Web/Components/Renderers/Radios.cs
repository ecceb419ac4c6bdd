using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>One radio button, or a divider when <see cref="Divider"/> is set.</summary>
public sealed record RadioItemOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public string? Value { get; init; }
    public ItemLabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public string? Divider { get; init; }
    public bool? Checked { get; init; }
    public ConditionalOptions? Conditional { get; init; }
    public bool Disabled { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK radios component (Nunjucks <c>govukRadios</c> params).</summary>
public sealed record RadiosOptions
{
    public string? IdPrefix { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<RadioItemOptions?>? Items { get; init; }

    /// <summary>Checks the item with this value unless the item sets <see cref="RadioItemOptions.Checked"/>.</summary>
    public string? Value { get; init; }

    public FieldsetOptions? Fieldset { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class RadiosRenderer
{
    public static IHtmlContent Render(RadiosOptions options)
    {
        var items = (options.Items ?? []).Select(item => item is null ? null : new ChoiceItems.Item(
            item.Id,
            options.Name,
            item.Value,
            item.Text,
            item.Html,
            item.Divider,
            IsChecked(item, options.Value),
            item.Disabled,
            item.Hint,
            item.Label,
            item.Conditional,
            Behaviour: null,
            item.Attributes)).ToList();

        var w = new HtmlWriter();
        ChoiceItems.Write(
            w,
            "radios",
            string.IsNullOrEmpty(options.IdPrefix) ? options.Name : options.IdPrefix,
            items,
            options.Fieldset?.DescribedBy,
            options.Fieldset,
            options.Hint,
            options.ErrorMessage,
            options.FormGroup,
            options.Classes,
            options.Attributes,
            itemDescribedBy: false);
        return w.ToHtml();
    }

    private static bool IsChecked(RadioItemOptions item, string? value) =>
        item.Checked == true
        || (item.Checked != false && !string.IsNullOrEmpty(value) && item.Value == value);
}
