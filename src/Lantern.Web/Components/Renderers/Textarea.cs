using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK textarea component (Nunjucks <c>govukTextarea</c> params).</summary>
public sealed record TextareaOptions
{
    public string? Id { get; init; }
    public required string Name { get; init; }
    public int? Rows { get; init; }
    public string? Value { get; init; }
    public bool Disabled { get; init; }
    public string? DescribedBy { get; init; }
    public LabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public string? Classes { get; init; }
    public string? Autocomplete { get; init; }
    public bool? Spellcheck { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class TextareaRenderer
{
    public static IHtmlContent Render(TextareaOptions options)
    {
        var w = new HtmlWriter();
        var id = string.IsNullOrEmpty(options.Id) ? options.Name : options.Id;
        var hasError = options.ErrorMessage is not null;

        FormGroup.OpenGroup(w, hasError, options.FormGroup);
        LabelRenderer.Write(w, options.Label is null ? null : options.Label with { For = id });
        var describedBy = FormGroup.WriteHintAndError(w, id, options.Hint, options.ErrorMessage, options.DescribedBy);

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
