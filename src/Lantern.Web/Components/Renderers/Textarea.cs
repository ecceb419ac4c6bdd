using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK textarea component (Nunjucks <c>govukTextarea</c> params).</summary>
public sealed record TextareaOptions : LabelledFieldOptions
{
    public int? Rows { get; init; }
    public string? Autocomplete { get; init; }
    public bool? Spellcheck { get; init; }
}

public static class TextareaRenderer
{
    public static IHtmlContent Render(TextareaOptions options)
    {
        var w = new HtmlWriter();
        var id = options.ControlId;
        var hasError = options.HasError;

        var describedBy = FormGroup.OpenLabelled(w, options);

        w.Open("textarea")
            .Class("govuk-textarea", hasError ? "govuk-textarea--error" : null, options.Classes)
            .Attr("id", id)
            .Attr("name", options.Name)
            .Attr("rows", (options.Rows is > 0 ? options.Rows.Value : 5).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Attr("spellcheck", options.Spellcheck is { } spellcheck ? (spellcheck ? "true" : "false") : null)
            .Flag("disabled", options.Disabled)
            .Attr("aria-describedby", string.IsNullOrEmpty(describedBy) ? null : describedBy)
            .Attr("autocomplete", string.IsNullOrEmpty(options.Autocomplete) ? null : options.Autocomplete)
            .Attributes(options.Attributes)
            .Close()
            // HTML parsers drop one newline straight after <textarea>, so a leading newline keeps a value's own first line break.
            .Line()
            .Text(options.Value)
            .End("textarea").Line()
            .End("div").Line();
        return w.ToHtml();
    }
}
