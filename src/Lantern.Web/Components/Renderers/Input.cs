using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>A prefix or suffix shown beside a text input.</summary>
public sealed record InputAffixOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the wrapper placed around an input that has a prefix or suffix.</summary>
public sealed record InputWrapperOptions
{
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK text input component (Nunjucks <c>govukInput</c> params).</summary>
public sealed record InputOptions : LabelledFieldOptions
{
    public string? Type { get; init; }
    public string? Inputmode { get; init; }
    public InputAffixOptions? Prefix { get; init; }
    public InputAffixOptions? Suffix { get; init; }
    public string? Autocomplete { get; init; }
    public string? Pattern { get; init; }
    public bool? Spellcheck { get; init; }
    public string? Autocapitalize { get; init; }
    public InputWrapperOptions? InputWrapper { get; init; }
}

public static class InputRenderer
{
    public static IHtmlContent Render(InputOptions options)
    {
        var writer = new HtmlWriter();
        Write(writer, options, afterInputHtml: null);
        return writer.ToHtml();
    }

    /// <param name="w">The writer.</param>
    /// <param name="options">The input params.</param>
    /// <param name="afterInputHtml">Markup placed after the input inside its wrapper (the password input's toggle button).</param>
    internal static void Write(HtmlWriter w, InputOptions options, string? afterInputHtml, params string?[] formGroupClasses)
    {
        var id = options.ControlId;
        var hasError = options.HasError;
        var hasPrefix = HasContent(options.Prefix);
        var hasSuffix = HasContent(options.Suffix);

        var describedBy = FormGroup.OpenLabelled(w, options, formGroupClasses);

        if (hasPrefix || hasSuffix || !string.IsNullOrEmpty(afterInputHtml))
        {
            w.Open("div").Class("govuk-input__wrapper", options.InputWrapper?.Classes)
                .Attributes(options.InputWrapper?.Attributes).Close().Line();
            if (hasPrefix)
            {
                WriteAffix(w, options.Prefix!, "prefix");
            }

            WriteInput(w, options, id, hasError, describedBy);
            if (hasSuffix)
            {
                WriteAffix(w, options.Suffix!, "suffix");
            }

            w.Raw(afterInputHtml).End("div").Line();
        }
        else
        {
            WriteInput(w, options, id, hasError, describedBy);
        }

        w.End("div").Line();
    }

    private static bool HasContent(InputAffixOptions? affix) =>
        affix is not null && (!string.IsNullOrEmpty(affix.Text) || !string.IsNullOrEmpty(affix.Html));

    private static void WriteAffix(HtmlWriter w, InputAffixOptions affix, string type) =>
        w.Open("div").Class("govuk-input__" + type, affix.Classes).Attr("aria-hidden", "true")
            .Attributes(affix.Attributes).Close().Content(affix.Html, affix.Text).End("div").Line();

    private static void WriteInput(HtmlWriter w, InputOptions o, string id, bool hasError, string? describedBy) =>
        w.Open("input")
            .Class("govuk-input", o.Classes, hasError ? "govuk-input--error" : null)
            .Attr("id", id)
            .Attr("name", o.Name)
            .Attr("type", string.IsNullOrEmpty(o.Type) ? "text" : o.Type)
            .Attr("spellcheck", o.Spellcheck is { } spellcheck ? (spellcheck ? "true" : "false") : null)
            .Attr("value", o.Value)
            .Flag("disabled", o.Disabled)
            .Attr("aria-describedby", string.IsNullOrEmpty(describedBy) ? null : describedBy)
            .Attr("autocomplete", NullIfEmpty(o.Autocomplete))
            .Attr("autocapitalize", NullIfEmpty(o.Autocapitalize))
            .Attr("pattern", NullIfEmpty(o.Pattern))
            .Attr("inputmode", NullIfEmpty(o.Inputmode))
            .Attributes(o.Attributes)
            .Close().Line();

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
