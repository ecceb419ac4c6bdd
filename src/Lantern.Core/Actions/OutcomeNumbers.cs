using System.Globalization;
using System.Text.RegularExpressions;

namespace Lantern.Core.Actions;

/// <summary>Why what someone typed is not a figure Lantern can record.</summary>
public enum NumberProblem
{
    None,
    Missing,
    NotANumber,

    /// <summary>Two numbers, such as "10-12" or "10 to 12".</summary>
    Range,

    /// <summary>A £, $ or € sign.</summary>
    Currency,

    /// <summary>A % sign for a measure that is not counted in per cent.</summary>
    UnexpectedPercent,
    TooManyDecimalPlaces,
    TooLarge,
}

/// <summary>
/// Reads the figures people type for a measure's baseline, target and readings, often pasted from a spreadsheet
/// or a report: "12", "12.5", " 1,200 ", "45%" (when the measure is counted in per cent), "−3" with a typographic
/// minus or a dash. Commas are read only as thousands separators ("1,200"), never as a decimal comma ("1,2" is
/// refused rather than guessed). Refused, with a message saying what to type: words ("n/a", "about 10"), ranges
/// ("10-12"), exponents, more than <see cref="OutcomeMeasure.ValueScale"/> decimal places, and amounts of money.
/// Money is refused, not read, because a "£" says what the figure counts: a measure of spending records "£" as its
/// unit and its figures as plain numbers, so a reading cannot silently mean pounds on one line and a count on the next.
/// </summary>
public static partial class OutcomeNumbers
{
    /// <summary>The largest figure, either side of zero, that Lantern records.</summary>
    public const decimal Largest = 1_000_000_000m;

    private const string Minuses = "-\u2212\u2013\u2014";

    /// <summary>The figure in <paramref name="text"/>, or the problem with it. A % sign is allowed only when
    /// <paramref name="unit"/> is per cent, and is dropped: "45%" is 45.</summary>
    public static NumberProblem Read(string? text, string? unit, out decimal value)
    {
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return NumberProblem.Missing;
        }

        var rest = text.Trim();
        if (rest.IndexOfAny(['£', '$', '€']) >= 0)
        {
            return NumberProblem.Currency;
        }

        var percent = rest.EndsWith('%');
        if (percent)
        {
            rest = rest[..^1].TrimEnd();
        }

        var negative = rest.Length > 0 && Minuses.Contains(rest[0], StringComparison.Ordinal);
        if (negative || rest.StartsWith('+'))
        {
            rest = rest[1..].TrimStart();
        }

        if (RangeShape().IsMatch(rest))
        {
            return NumberProblem.Range;
        }

        if (!NumberShape().IsMatch(rest))
        {
            return NumberProblem.NotANumber;
        }

        if (percent && !IsPercent(unit))
        {
            return NumberProblem.UnexpectedPercent;
        }

        if (!decimal.TryParse(rest.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var magnitude)
            || magnitude > Largest)
        {
            return NumberProblem.TooLarge;
        }

        if (decimal.Round(magnitude, OutcomeMeasure.ValueScale) != magnitude)
        {
            return NumberProblem.TooManyDecimalPlaces;
        }

        // Zero is never negative, so "-0" is stored and shown as 0.
        value = negative && magnitude != 0m ? -magnitude : magnitude;
        return NumberProblem.None;
    }

    /// <summary>Whether a measure with <paramref name="unit"/> is counted in per cent.</summary>
    public static bool IsPercent(string? unit) =>
        unit?.Trim().ToUpperInvariant() is "%" or "PER CENT" or "PERCENT" or "PERCENTAGE";

    /// <summary>The figure as people read it: "1,200", "12.5", "-3", "45%" or "12 days".</summary>
    public static string Format(decimal value, string? unit)
    {
        var number = value.ToString("#,##0.####", CultureInfo.InvariantCulture);
        if (IsPercent(unit))
        {
            return number + "%";
        }

        return string.IsNullOrWhiteSpace(unit) ? number : $"{number} {unit.Trim()}";
    }

    /// <summary>The GOV.UK error message for <paramref name="problem"/> with the figure called <paramref
    /// name="what"/> ("value", "baseline", "target").</summary>
    public static string Message(this NumberProblem problem, string what) => problem switch
    {
        NumberProblem.Missing => $"Enter the {what}",
        NumberProblem.NotANumber => $"The {what} must be a number, like 12, 12.5 or 1,200",
        NumberProblem.Range => $"Enter one number for the {what}, not a range",
        NumberProblem.Currency => $"Enter the {what} as a number without a currency sign, like 1000",
        NumberProblem.UnexpectedPercent => $"Enter the {what} without a % sign: this measure is not counted in per cent",
        NumberProblem.TooManyDecimalPlaces => $"The {what} must have no more than {OutcomeMeasure.ValueScale} decimal places",
        NumberProblem.TooLarge => $"The {what} must be between -1,000,000,000 and 1,000,000,000",
        NumberProblem.None => throw new ArgumentOutOfRangeException(nameof(problem), problem, "There is no problem to describe."),
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

    // Digits with commas only between groups of three ("1,200", "12,345.5"), or plain digits, or ".5".
    [GeneratedRegex(@"^(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^[0-9.,]+\s*(?:[-\u2212\u2013\u2014]|to)\s*[-\u2212\u2013\u2014]?[0-9.,]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangeShape();
}
