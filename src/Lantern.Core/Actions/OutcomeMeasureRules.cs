namespace Lantern.Core.Actions;

/// <summary>An outcome measure as entered on the form, before it is checked: the baseline and target as typed.</summary>
public sealed record OutcomeMeasureInput(
    string? Measure,
    string? Source,
    string? Unit,
    string? Baseline,
    DateOnly? BaselineOn,
    string? Target,
    bool? HigherIsBetter);

/// <summary>A measure as read from what was entered: the baseline and target when they could be read, and each
/// problem, as the field it belongs to and a message.</summary>
public sealed record MeasureEntry(decimal? Baseline, decimal? Target, IReadOnlyList<(string Field, string Message)> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>The rules for setting an outcome measure, pure so they can be tested on their own.</summary>
public static class OutcomeMeasureRules
{
    /// <summary>
    /// Checks <paramref name="input"/>: what is measured and where the figures come from are needed; the baseline
    /// and target are numbers (<see cref="OutcomeNumbers.Read"/>); the baseline date, when given, is not in the
    /// future nor after <paramref name="firstReadingOn"/>, the measure's earliest reading; and the target does not
    /// point the wrong way (below the baseline when a higher figure is better). A target equal to the baseline is
    /// allowed: it means holding a good figure steady.
    /// </summary>
    public static MeasureEntry Check(OutcomeMeasureInput input, DateOnly today, DateOnly? firstReadingOn = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<(string Field, string Message)>();
        Text(problems, nameof(OutcomeMeasure.Measure), input.Measure, "Enter what will show whether children's experience has changed", "The measure", OutcomeMeasure.MeasureMaxLength);
        Text(problems, nameof(OutcomeMeasure.Source), input.Source, "Enter where the figures will come from", "The source", OutcomeMeasure.SourceMaxLength);
        if (input.Unit is not null && input.Unit.Trim().Length > OutcomeMeasure.UnitMaxLength)
        {
            problems.Add((nameof(OutcomeMeasure.Unit), $"The unit must be {OutcomeMeasure.UnitMaxLength} characters or fewer"));
        }

        var baseline = Number(problems, nameof(OutcomeMeasure.Baseline), input.Baseline, input.Unit, "baseline");
        if (input.BaselineOn is { } baselineOn)
        {
            if (baselineOn > today)
            {
                problems.Add((nameof(OutcomeMeasure.BaselineOn), "The date of the baseline must be today or in the past"));
            }
            else if (firstReadingOn is { } first && baselineOn > first)
            {
                problems.Add((nameof(OutcomeMeasure.BaselineOn), $"The date of the baseline must be the same as or before the first reading, {first.LongDate()}"));
            }
        }

        var target = Number(problems, nameof(OutcomeMeasure.Target), input.Target, input.Unit, "target");
        if (input.HigherIsBetter is not { } higherIsBetter)
        {
            problems.Add((nameof(OutcomeMeasure.HigherIsBetter), "Select whether a higher or a lower figure is better"));
        }
        else if (baseline is { } b && target is { } t && (higherIsBetter ? t < b : t > b))
        {
            problems.Add((nameof(OutcomeMeasure.Target), higherIsBetter
                ? "The target must be the same as or higher than the baseline, as a higher figure is better"
                : "The target must be the same as or lower than the baseline, as a lower figure is better"));
        }

        return new MeasureEntry(baseline, target, problems);
    }

    private static decimal? Number(List<(string, string)> problems, string field, string? text, string? unit, string what)
    {
        var problem = OutcomeNumbers.Read(text, unit, out var value);
        if (problem == NumberProblem.None)
        {
            return value;
        }

        problems.Add((field, problem.Message(what)));
        return null;
    }

    private static void Text(List<(string, string)> problems, string field, string? text, string missing, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add((field, missing));
        }
        else if (text.Trim().Length > maxLength)
        {
            problems.Add((field, $"{what} must be {maxLength:N0} characters or fewer"));
        }
    }
}
