namespace Lantern.Web.Components;

/// <summary>Options for the <c>govuk-form-group</c> wrapper shared by the form components.</summary>
public sealed record FormGroupOptions
{
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Text or HTML content, as used by several Nunjucks params (for example a conditional reveal).</summary>
public sealed record ContentOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }

    internal bool HasContent => !string.IsNullOrEmpty(Html) || !string.IsNullOrEmpty(Text);
}

internal static class FormGroup
{
    /// <summary>Writes the hint and error message, returning the updated <c>aria-describedby</c> value.</summary>
    public static string? WriteHintAndError(HtmlWriter w, string idPrefix, HintOptions? hint, ErrorMessageOptions? error, string? describedBy)
    {
        if (hint is not null)
        {
            var hintId = idPrefix + "-hint";
            describedBy = Append(describedBy, hintId);
            HintRenderer.Write(w, hint with { Id = hintId });
        }

        if (error is not null)
        {
            var errorId = idPrefix + "-error";
            describedBy = Append(describedBy, errorId);
            ErrorMessageRenderer.Write(w, error with { Id = errorId });
        }

        return describedBy;
    }

    public static string Append(string? describedBy, string id) =>
        string.IsNullOrEmpty(describedBy) ? id : describedBy + " " + id;

    public static void OpenGroup(HtmlWriter w, bool hasError, FormGroupOptions? formGroup, params string?[] extraClasses) =>
        w.Open("div")
            .Class(["govuk-form-group", hasError ? "govuk-form-group--error" : null, .. extraClasses, formGroup?.Classes])
            .Attributes(formGroup?.Attributes).Close().Line();
}
