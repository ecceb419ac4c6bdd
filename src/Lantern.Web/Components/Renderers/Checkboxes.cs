using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>One checkbox, or a divider when <see cref="Divider"/> is set.</summary>
public sealed record CheckboxItemOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Value { get; init; }
    public ItemLabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public string? Divider { get; init; }
    public bool? Checked { get; init; }
    public ConditionalOptions? Conditional { get; init; }

    /// <summary>"exclusive" makes this a "none of these" option that clears the others.</summary>
    public string? Behaviour { get; init; }

    public bool Disabled { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK checkboxes component (Nunjucks <c>govukCheckboxes</c> params).</summary>
public sealed record CheckboxesOptions
{
    public string? DescribedBy { get; init; }
    public string? IdPrefix { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<CheckboxItemOptions?>? Items { get; init; }

    /// <summary>Checks the items whose values are listed unless an item sets <see cref="CheckboxItemOptions.Checked"/>.</summary>
    public IReadOnlyList<string?>? Values { get; init; }

    public FieldsetOptions? Fieldset { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class CheckboxesRenderer
{
    public static IHtmlContent Render(CheckboxesOptions options)
    {
        var items = (options.Items ?? []).Select(item => item is null ? null : new ChoiceItems.Item(
            item.Id,
            string.IsNullOrEmpty(item.Name) ? options.Name : item.Name,
            item.Value,
            item.Text,
            item.Html,
            item.Divider,
            IsChecked(item, options.Values),
            item.Disabled,
            item.Hint,
            item.Label,
            item.Conditional,
            item.Behaviour,
            item.Attributes)).ToList();

        var describedBy = !string.IsNullOrEmpty(options.Fieldset?.DescribedBy) ? options.Fieldset.DescribedBy : options.DescribedBy;
        var w = new HtmlWriter();
        ChoiceItems.Write(
            w,
            "checkboxes",
            string.IsNullOrEmpty(options.IdPrefix) ? options.Name : options.IdPrefix,
            items,
            describedBy,
            options.Fieldset,
            options.Hint,
            options.ErrorMessage,
            options.FormGroup,
            options.Classes,
            options.Attributes,
            itemDescribedBy: true);
        return w.ToHtml();
    }

    private static bool IsChecked(CheckboxItemOptions item, IReadOnlyList<string?>? values) =>
        item.Checked == true
        || (item.Checked != false && values is not null && values.Contains(item.Value));
}
