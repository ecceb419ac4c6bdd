using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Components;

/// <summary>The parts of a date input, used to say which inputs an error applies to.</summary>
[Flags]
public enum DateInputParts
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}

/// <summary>
/// What the user typed into a GOV.UK date input, kept as text so that it can be shown back unchanged when it is not a
/// real date. Bind it with <c>&lt;govuk-date-input asp-for="..."&gt;</c>.
/// </summary>
public sealed class DateInputModel
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    /// <summary>True when nothing was entered in any of the three inputs.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateInputModel From(DateOnly? date) => date is { } d
        ? new DateInputModel
        {
            Day = d.Day.ToString(CultureInfo.InvariantCulture),
            Month = d.Month.ToString(CultureInfo.InvariantCulture),
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
        }
        : new DateInputModel();

    /// <summary>The date entered, or null when the inputs are empty or do not make a real date.</summary>
    public DateOnly? TryGetDate() => Validate("Date", required: false, out var date, out _) is null ? date : null;

    /// <summary>Checks an optional date: empty inputs are valid and give a null date.</summary>
    /// <returns>An error message that starts with <paramref name="fieldLabel"/>, or null when the input is acceptable.</returns>
    public string? Validate(string fieldLabel, out DateOnly? date) => Validate(fieldLabel, required: false, out date, out _);

    /// <summary>Checks the date, reporting which inputs are at fault so that only those are highlighted.</summary>
    /// <param name="fieldLabel">How the question refers to the date, in sentence case, for example "Date of birth".</param>
    /// <param name="required">Whether empty inputs are an error ("Enter date of birth").</param>
    /// <param name="date">The date when the input is valid and not empty.</param>
    /// <param name="invalidParts">The inputs to highlight when there is an error.</param>
    public string? Validate(string fieldLabel, bool required, out DateOnly? date, out DateInputParts invalidParts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldLabel);
        date = null;
        invalidParts = DateInputParts.None;
        if (IsEmpty)
        {
            invalidParts = required ? DateInputParts.All : DateInputParts.None;
            return required ? "Enter " + LowerFirst(fieldLabel) : null;
        }

        var missing = (string.IsNullOrWhiteSpace(Day) ? DateInputParts.Day : 0)
            | (string.IsNullOrWhiteSpace(Month) ? DateInputParts.Month : 0)
            | (string.IsNullOrWhiteSpace(Year) ? DateInputParts.Year : 0);
        if (missing != DateInputParts.None)
        {
            invalidParts = missing;
            return $"{fieldLabel} must include a {DescribeParts(missing)}";
        }

        var day = ParseNumber(Day, 1, 31);
        var month = ParseMonth(Month);
        var yearText = Year!.Trim();
        var year = ParseNumber(yearText, 1, 9999);
        invalidParts = (day is null ? DateInputParts.Day : 0) | (month is null ? DateInputParts.Month : 0) | (year is null ? DateInputParts.Year : 0);
        if (invalidParts != DateInputParts.None)
        {
            return $"{fieldLabel} must be a real date";
        }

        // A two-digit year is ambiguous, so it is rejected rather than guessed.
        if (yearText.Length != 4)
        {
            invalidParts = DateInputParts.Year;
            return $"{fieldLabel} must include a year with 4 numbers";
        }

        if (year < 1000)
        {
            invalidParts = DateInputParts.Year;
            return $"{fieldLabel} must be a real date";
        }

        if (day > DateTime.DaysInMonth(year!.Value, month!.Value))
        {
            invalidParts = DateInputParts.Day | DateInputParts.Month;
            return $"{fieldLabel} must be a real date";
        }

        date = new DateOnly(year.Value, month!.Value, day!.Value);
        return null;
    }

    private static int? ParseNumber(string? text, int min, int max) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : null;

    // People often type a month name or its abbreviation, so accept those as well as 1 to 12.
    private static int? ParseMonth(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (ParseNumber(trimmed, 1, 12) is { } number)
        {
            return number;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(trimmed, names.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase)
                || (i == 8 && string.Equals(trimmed, "Sept", StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string DescribeParts(DateInputParts parts)
    {
        var names = new List<string>(3);
        if (parts.HasFlag(DateInputParts.Day))
        {
            names.Add("day");
        }

        if (parts.HasFlag(DateInputParts.Month))
        {
            names.Add("month");
        }

        if (parts.HasFlag(DateInputParts.Year))
        {
            names.Add("year");
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    // Keep a leading acronym such as "DBS check date" as written.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLowerInvariant(text[0]) + text[1..];
}

public static class DateInputModelStateExtensions
{
    /// <summary>
    /// Adds a date input error so that <c>&lt;govuk-date-input&gt;</c> highlights the right inputs: a single part goes on
    /// <c>key.Day</c>, <c>key.Month</c> or <c>key.Year</c>; anything else on <paramref name="key"/> itself (all inputs).
    /// </summary>
    public static void AddDateInputError(this ModelStateDictionary modelState, string key, string message, DateInputParts parts)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var suffix = parts switch
        {
            DateInputParts.Day => ".Day",
            DateInputParts.Month => ".Month",
            DateInputParts.Year => ".Year",
            _ => string.Empty,
        };
        modelState.AddModelError(key + suffix, message);
    }
}
