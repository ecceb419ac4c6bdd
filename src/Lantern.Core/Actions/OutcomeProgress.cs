namespace Lantern.Core.Actions;

/// <summary>Which way a measure has moved from its baseline, judged by whether a higher figure is better.</summary>
public enum Movement
{
    NoChange,
    Better,
    Worse,
}

/// <summary>
/// Where a measure stands: its latest reading, the change from the baseline, whether that change is for the
/// better and whether the target is met. With no readings there is nothing to judge, so the target is not met.
/// </summary>
public sealed record OutcomeProgress(OutcomeReading? Latest, decimal? ChangeFromBaseline, Movement? Movement, bool TargetMet)
{
    /// <summary>The progress of <paramref name="measure"/> from <paramref name="readings"/>, in any order. The
    /// latest reading is the one taken last; of two taken the same day, the one recorded last, as a correction.</summary>
    public static OutcomeProgress Of(OutcomeMeasure measure, IReadOnlyList<OutcomeReading> readings)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(readings);
        var latest = InDateOrder(readings).LastOrDefault();
        if (latest is null)
        {
            return new OutcomeProgress(null, null, null, false);
        }

        var change = latest.Value - measure.Baseline;
        var movement = change == 0m ? Actions.Movement.NoChange
            : change > 0m == measure.HigherIsBetter ? Actions.Movement.Better
            : Actions.Movement.Worse;
        var met = measure.HigherIsBetter ? latest.Value >= measure.Target : latest.Value <= measure.Target;
        return new OutcomeProgress(latest, change, movement, met);
    }

    /// <summary>The readings oldest first; of two taken the same day, the one recorded first.</summary>
    public static IReadOnlyList<OutcomeReading> InDateOrder(IEnumerable<OutcomeReading> readings) =>
        [.. readings.OrderBy(r => r.TakenOn).ThenBy(r => r.RecordedAt)];

    /// <summary>In words, such as "62% on 1 June 2027, up 17 percentage points from the baseline of 45%. The target of 80% is not
    /// met yet." or "No readings yet."</summary>
    public string Describe(OutcomeMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var target = OutcomeNumbers.Format(measure.Target, measure.Unit);
        if (Latest is null || ChangeFromBaseline is not { } change)
        {
            return $"No readings yet. The baseline is {OutcomeNumbers.Format(measure.Baseline, measure.Unit)} and the target {target}.";
        }

        var baseline = OutcomeNumbers.Format(measure.Baseline, measure.Unit);
        var moved = change switch
        {
            0m => $"the same as the baseline of {baseline}",
            > 0m => $"up {Difference(change, measure.Unit)} from the baseline of {baseline}",
            _ => $"down {Difference(-change, measure.Unit)} from the baseline of {baseline}",
        };
        return $"{OutcomeNumbers.Format(Latest.Value, measure.Unit)} on {Latest.TakenOn.LongDate()}, {moved}. "
            + (TargetMet ? $"The target of {target} is met." : $"The target of {target} is not met yet.");
    }

    // A change between two percentages is in percentage points: 45% to 62% is up 17 points, not up 17%.
    private static string Difference(decimal change, string? unit) => OutcomeNumbers.IsPercent(unit)
        ? $"{OutcomeNumbers.Format(change, null)} percentage point{(change == 1m ? string.Empty : "s")}"
        : OutcomeNumbers.Format(change, unit);
}
