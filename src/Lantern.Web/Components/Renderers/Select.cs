using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>One option of a select.</summary>
public sealed record SelectItemOptions
{
    public string? Value { get; init; }
    public string? Text { get; init; }

    /// <summary>True selects the item, false prevents it being selected by <see cref="SelectOptions.Value"/>.</summary>
    public bool? Selected { get; init; }

    public bool Disabled { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK select component (Nunjucks <c>govukSelect</c> params).</summary>
public sealed record SelectOptions : LabelledFieldOptions
{
    public IReadOnlyList<SelectItemOptions?>? Items { get; init; }
}

public static class SelectRenderer
{
    public static IHtmlContent Render(SelectOptions options)
    {
        var w = new HtmlWriter();
        var id = options.ControlId;
        var hasError = options.HasError;

        var describedBy = FormGroup.OpenLabelled(w, options);

        w.Open("select")
            .Class("govuk-select", options.Classes, hasError ? "govuk-select--error" : null)
            .Attr("id", id)
            .Attr("name", options.Name)
            .Flag("disabled", options.Disabled)
            .Attr("aria-describedby", string.IsNullOrEmpty(describedBy) ? null : describedBy)
            .Attributes(options.Attributes)
            .Close().Line();

        foreach (var item in options.Items ?? [])
        {
            if (item is null)
            {
                continue;
            }

            var effectiveValue = item.Value ?? item.Text;
            var selected = item.Selected == true
                || (item.Selected != false && !string.IsNullOrEmpty(options.Value) && effectiveValue == options.Value);
            w.Open("option").Attr("value", item.Value).Flag("selected", selected).Flag("disabled", item.Disabled)
                .Attributes(item.Attributes).Close().Text(item.Text).End("option").Line();
        }

        w.End("select").Line().End("div").Line();
        return w.ToHtml();
    }
}
