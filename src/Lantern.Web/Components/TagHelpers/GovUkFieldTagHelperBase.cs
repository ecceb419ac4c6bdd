using System.Collections;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// Base for the form field tag helpers: works out the field's name, id, current value and error message from
/// <c>asp-for</c> and ModelState.
/// </summary>
public abstract class GovUkFieldTagHelperBase : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The element name, for error messages about missing attributes.</summary>
    protected abstract string ElementName { get; }

    protected ModelExpression Field =>
        For ?? throw new InvalidOperationException($"<{ElementName}> needs an asp-for attribute.");

    protected ModelStateDictionary ModelState => ViewContext.ViewData.ModelState;

    /// <summary>The name posted back, for example <c>Input.Email</c>.</summary>
    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(Field.Name);

    /// <summary>The id of the field's first focusable element, for example <c>Input_Email</c>; the error summary links here.</summary>
    protected string FieldId => TagBuilder.CreateSanitizedId(FieldName, "_");

    /// <summary>Whether values compare without regard to case (enums and booleans, whose names are written in any case).</summary>
    protected static bool ValuesIgnoreCase(Type? type)
    {
        var underlying = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return underlying is not null && (underlying.IsEnum || underlying == typeof(bool));
    }

    protected static string Require(string? value, string attribute, string element) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"<{element}> needs a {attribute} attribute.") : value;

    protected static HintOptions? HintOptionsFor(string? hint) => string.IsNullOrEmpty(hint) ? null : new HintOptions { Text = hint };

    /// <summary>The first error recorded against any of the keys, in the order given.</summary>
    protected string? FirstError(params string[] keys)
    {
        foreach (var key in keys)
        {
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                return MessageOf(entry.Errors[0]);
            }
        }

        return null;
    }

    protected static ErrorMessageOptions? ErrorOptionsFor(string? message) =>
        message is null ? null : new ErrorMessageOptions { Text = message };

    internal static string MessageOf(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "Enter a valid value" : error.ErrorMessage;

    /// <summary>What the user last submitted for this field if it was posted, otherwise the model's value.</summary>
    protected string? CurrentValue()
    {
        if (ModelState.TryGetValue(FieldName, out var entry) && entry.AttemptedValue is not null)
        {
            return entry.AttemptedValue;
        }

        return Format(Field.Model, Field.Metadata.EditFormatString);
    }

    /// <summary>The submitted values of a multi-valued field, or the items of the model's collection.</summary>
    protected IReadOnlyList<string> CurrentValues()
    {
        if (ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string single => [single],
                IEnumerable many => many.Cast<object?>().Select(v => Format(v, null)).OfType<string>().ToList(),
                var other => [Format(other, null)!],
            };
        }

        return Field.Model is IEnumerable items and not string
            ? items.Cast<object?>().Select(v => Format(v, null)).OfType<string>().ToList()
            : [];
    }

    private static string? Format(object? value, string? format) => value switch
    {
        null => null,
        _ when !string.IsNullOrEmpty(format) => string.Format(CultureInfo.CurrentCulture, format, value),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture),
    };
}
