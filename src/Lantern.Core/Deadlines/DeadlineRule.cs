namespace Lantern.Core.Deadlines;

/// <summary>
/// One statutory or expected timescale: for reviews of a type (or all types when
/// <paramref name="ReviewTypeName"/> is null) in a nation, a count of working days, calendar days or months
/// after (or, when <paramref name="Offset"/> is negative, before) a trigger event.
/// </summary>
public sealed record DeadlineRule(
    string Key,
    Jurisdiction Jurisdiction,
    string? ReviewTypeName,
    string Name,
    DeadlineTrigger Trigger,
    int Offset,
    DeadlineUnit Unit,
    HolidayCalendar Calendar,
    string Source,
    Confidence Confidence)
{
    /// <summary>The rule in words: "5 working days after the partnership became aware".</summary>
    public string Describe()
    {
        var count = Math.Abs(Offset);
        var direction = Offset < 0 ? "before" : "after";
        return $"{count} {Unit.DisplayName(count)} {direction} {Trigger.DisplayName()}";
    }
}
