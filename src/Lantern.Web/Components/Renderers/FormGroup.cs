namespace Lantern.Web.Components;

/// <summary>Options for the <c>govuk-form-group</c> wrapper shared by the form components.</summary>
public sealed record FormGroupOptions
{
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>
/// The params every labelled GOV.UK field shares (input, textarea, select, password input): its name and id,
/// label, hint, error message, form group and the attributes put on the control.
/// </summary>
public abstract record LabelledFieldOptions
{
    public string? Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The value shown in the field (for a select, the item with this value, or text, is selected).</summary>
    public string? Value { get; init; }

    public bool Disabled { get; init; }
    public string? DescribedBy { get; init; }
    public LabelOptions? Label { get; init; }
    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }

    /// <summary>The control's id: <see cref="Id"/>, or the name when there is none.</summary>
    internal string ControlId => string.IsNullOrEmpty(Id) ? Name : Id;

    internal bool HasError => ErrorMessage is not null;
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

    /// <summary>
    /// Opens a labelled field's form group and writes its label, hint and error message, returning the
    /// control's <c>aria-describedby</c> value.
    /// </summary>
    public static string? OpenLabelled(HtmlWriter w, LabelledFieldOptions options, params string?[] extraClasses)
    {
        var id = options.ControlId;
        OpenGroup(w, options.HasError, options.FormGroup, extraClasses);
        LabelRenderer.Write(w, options.Label is null ? null : options.Label with { For = id });
        return WriteHintAndError(w, id, options.Hint, options.ErrorMessage, options.DescribedBy);
    }

    public static string Append(string? describedBy, string id) =>
        string.IsNullOrEmpty(describedBy) ? id : describedBy + " " + id;

    public static void OpenGroup(HtmlWriter w, bool hasError, FormGroupOptions? formGroup, params string?[] extraClasses) =>
        w.Open("div")
            .Class(["govuk-form-group", hasError ? "govuk-form-group--error" : null, .. extraClasses, formGroup?.Classes])
            .Attributes(formGroup?.Attributes).Close().Line();
}
