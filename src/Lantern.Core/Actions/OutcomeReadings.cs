using Lantern.Core.Information.Import;

namespace Lantern.Core.Actions;

/// <summary>A reading as read from what was entered: its date and value when they could be read, and each
/// problem, as the field it belongs to and a message. It can be recorded only when there are no problems.</summary>
public sealed record ReadingEntry(DateOnly? TakenOn, decimal? Value, IReadOnlyList<(string Field, string Message)> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>The rules for recording a reading of an outcome measure, pure so they can be tested on their own.</summary>
public static class OutcomeReadings
{
    /// <summary>
    /// Reads a reading typed as text, as it is pasted from a spreadsheet: the date as UK agencies write it
    /// ("31/01/2027", "2027-01-31", "31 Jan 2027"; see <see cref="DateCells"/>) and the value as <see
    /// cref="OutcomeNumbers.Read"/> reads it. A month without a day is refused, because a reading is taken on a day.
    /// </summary>
    public static ReadingEntry Parse(string? dateText, string? valueText, OutcomeMeasure measure, DateOnly today, string? note = null)
    {
        if (string.IsNullOrWhiteSpace(dateText))
        {
            return Check(null, valueText, measure, today, note);
        }

        var (date, error) = DateCells.ParseDate(dateText);
        if (date is { MonthOnly: false } day)
        {
            return Check(day.Date, valueText, measure, today, note);
        }

        var entry = Check(null, valueText, measure, today, note);
        var problems = entry.Problems.Where(p => p.Field != nameof(OutcomeReading.TakenOn)).ToList();
        problems.Insert(0, (nameof(OutcomeReading.TakenOn), error ?? "Enter the day the reading was taken, not only the month"));
        return entry with { Problems = problems };
    }

    /// <summary>
    /// Checks a reading entered on the form, its date from a GOV.UK date input. The date is needed, not in the
    /// future, and not before the measure's baseline date; the value must be a number (<see
    /// cref="OutcomeNumbers.Read"/>); the note must not be too long.
    /// </summary>
    public static ReadingEntry Check(DateOnly? takenOn, string? valueText, OutcomeMeasure measure, DateOnly today, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var problems = new List<(string Field, string Message)>();
        if (takenOn is not { } taken)
        {
            problems.Add((nameof(OutcomeReading.TakenOn), "Enter the date the reading was taken"));
        }
        else if (taken > today)
        {
            problems.Add((nameof(OutcomeReading.TakenOn), "The date of the reading must be today or in the past"));
        }
        else if (measure.BaselineOn is { } baselineOn && taken < baselineOn)
        {
            problems.Add((nameof(OutcomeReading.TakenOn), $"The date of the reading must be the same as or after the date of the baseline, {baselineOn.LongDate()}"));
        }

        decimal? value = null;
        var problem = OutcomeNumbers.Read(valueText, measure.Unit, out var read);
        if (problem == NumberProblem.None)
        {
            value = read;
        }
        else
        {
            problems.Add((nameof(OutcomeReading.Value), problem.Message("value")));
        }

        if (note is not null && note.Trim().Length > OutcomeReading.NoteMaxLength)
        {
            problems.Add((nameof(OutcomeReading.Note), $"The note must be {OutcomeReading.NoteMaxLength:N0} characters or fewer"));
        }

        return new ReadingEntry(takenOn, value, problems);
    }
}
