namespace Lantern.Core.Deadlines;

/// <summary>A rule applied to a known trigger date: when it falls due, and why.</summary>
public sealed record Deadline(DeadlineRule Rule, DateOnly TriggerDate, DateOnly Due)
{
    /// <summary>How the date was worked out, for anyone who asks "says who?".</summary>
    public string Explain()
    {
        var counting = Rule.Unit == DeadlineUnit.WorkingDays
            ? $", not counting weekends or {Rule.Calendar.DisplayName()} bank holidays"
            : string.Empty;
        return $"{Rule.Describe()} ({Format(TriggerDate)}){counting}. " +
               $"Source: {Rule.Source}. Confidence: {Rule.Confidence.DisplayName().ToLowerInvariant()}, {Rule.Confidence.Description()}.";
    }

    private static string Format(DateOnly date) => date.LongDate();
}
