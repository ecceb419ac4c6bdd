using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>One of the day, month and year inputs of a date input.</summary>
public sealed record DateInputItemOptions
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? Autocomplete { get; init; }
    public string? Pattern { get; init; }
    public string? Inputmode { get; init; }
    public string? Classes { get; init; }

    /// <summary>True highlights this input; false keeps it plain even when the whole date has an error.</summary>
    public bool? Error { get; init; }

    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK date input component (Nunjucks <c>govukDateInput</c> params).</summary>
public sealed record DateInputOptions
{
    public required string Id { get; init; }
    public string? NamePrefix { get; init; }
    public IReadOnlyList<DateInputItemOptions?>? Items { get; init; }
    public DateInputItemOptions? Day { get; init; }
    public DateInputItemOptions? Month { get; init; }
    public DateInputItemOptions? Year { get; init; }

    /// <summary>Values by input name (including any name prefix), used when an item has no value of its own.</summary>
    public IReadOnlyDictionary<string, string?>? Values { get; init; }

    public HintOptions? Hint { get; init; }
    public ErrorMessageOptions? ErrorMessage { get; init; }
    public FormGroupOptions? FormGroup { get; init; }
    public FieldsetOptions? Fieldset { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class DateInputRenderer
{
    private const string ErrorClass = "govuk-input--error";

    public static IHtmlContent Render(DateInputOptions options)
    {
        var day = options.Day ?? new DateInputItemOptions { Name = "day", Value = Lookup(options.Values, "day"), Classes = "govuk-input--width-2" };
        var month = options.Month ?? new DateInputItemOptions { Name = "month", Value = Lookup(options.Values, "month"), Classes = "govuk-input--width-2" };
        var year = options.Year ?? new DateInputItemOptions { Name = "year", Value = Lookup(options.Values, "year"), Classes = "govuk-input--width-4" };
        IReadOnlyList<DateInputItemOptions?> items = options.Items is { Count: > 0 } ? options.Items : [day, month, year];
        var anyItemHasError = items.Any(item => item is not null && HasOwnError(item));

        var inner = new HtmlWriter();
        var describedBy = FormGroup.WriteHintAndError(inner, options.Id, options.Hint, options.ErrorMessage, options.Fieldset?.DescribedBy);
        inner.Open("div").Class("govuk-date-input", options.Classes).Attributes(options.Attributes).Attr("id", options.Id).Close().Line();
        foreach (var item in items)
        {
            if (item is not null)
            {
                WriteItem(inner, options, item, day, month, year, anyItemHasError);
            }
        }

        inner.End("div").Line();

        var w = new HtmlWriter();
        FormGroup.OpenGroup(w, options.ErrorMessage is not null, options.FormGroup);
        if (options.Fieldset is not null)
        {
            // A group role makes screen readers announce the hint of a fieldset made of text inputs.
            FieldsetRenderer.Write(w, options.Fieldset with { DescribedBy = describedBy, Role = "group" }, inner.ToString());
        }
        else
        {
            w.Raw(inner.ToString());
        }

        w.End("div").Line();
        return w.ToHtml();
    }

    private static string? Lookup(IReadOnlyDictionary<string, string?>? values, string key) =>
        values is not null && values.TryGetValue(key, out var value) ? value : null;

    private static bool HasOwnError(DateInputItemOptions item) =>
        item.Error == true || (item.Classes?.Contains(ErrorClass, StringComparison.Ordinal) ?? false);

    private static void WriteItem(
        HtmlWriter w,
        DateInputOptions options,
        DateInputItemOptions item,
        DateInputItemOptions day,
        DateInputItemOptions month,
        DateInputItemOptions year,
        bool anyItemHasError)
    {
        var name = item.Name;
        var value = item.Value;
        var width = 2;

        // An item is the day, month or year input either by identity or by its (default) name.
        if (Matches(item, day, "day"))
        {
            name ??= "day";
            value ??= day.Value;
        }
        else if (Matches(item, month, "month"))
        {
            name ??= "month";
            value ??= month.Value;
        }
        else if (Matches(item, year, "year"))
        {
            name ??= "year";
            value ??= year.Value;
            width = 4;
        }

        var itemClasses = string.Empty;
        var classesHaveError = item.Classes?.Contains(ErrorClass, StringComparison.Ordinal) ?? false;
        if (!classesHaveError && (HasOwnError(item) || (item.Error != false && options.ErrorMessage is not null && !anyItemHasError)))
        {
            itemClasses = ErrorClass;
        }

        if (!(item.Classes?.Contains("govuk-input--width-", StringComparison.Ordinal) ?? false))
        {
            itemClasses = HtmlWriter.JoinClasses(itemClasses, "govuk-input--width-" + width.ToString(CultureInfo.InvariantCulture));
        }

        itemClasses = HtmlWriter.JoinClasses(itemClasses, item.Classes);
        var namePrefix = string.IsNullOrEmpty(options.NamePrefix) ? string.Empty : options.NamePrefix + "-";
        var fullName = namePrefix + name;

        w.Open("div").Class("govuk-date-input__item").Close().Line();
        InputRenderer.Write(
            w,
            new InputOptions
            {
                Label = new LabelOptions
                {
                    Text = !string.IsNullOrEmpty(item.Label) ? item.Label : Capitalise(name),
                    Classes = "govuk-date-input__label",
                },
                Id = !string.IsNullOrEmpty(item.Id) ? item.Id : options.Id + "-" + name,
                Classes = HtmlWriter.JoinClasses("govuk-date-input__input", itemClasses),
                Name = fullName,
                Value = value ?? Lookup(options.Values, fullName),
                Type = "text",
                Inputmode = !string.IsNullOrEmpty(item.Inputmode) ? item.Inputmode : "numeric",
                Autocomplete = item.Autocomplete,
                Pattern = item.Pattern,
                Attributes = item.Attributes,
            },
            afterInputHtml: null);
        w.End("div").Line();
    }

    private static bool Matches(DateInputItemOptions item, DateInputItemOptions part, string defaultName) =>
        ReferenceEquals(item, part) || (!string.IsNullOrEmpty(item.Name) && (item.Name == defaultName || item.Name == part.Name));

    private static string Capitalise(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();
}
