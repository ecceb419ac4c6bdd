namespace Lantern.Core.Deadlines;

/// <summary>What a deadline's offset counts.</summary>
public enum DeadlineUnit
{
    WorkingDays,
    CalendarDays,
    CalendarMonths,
}

public static class DeadlineUnitNames
{
    public static readonly IReadOnlyList<DeadlineUnit> All =
        [DeadlineUnit.WorkingDays, DeadlineUnit.CalendarDays, DeadlineUnit.CalendarMonths];

    /// <summary>The unit as words for a count, singular or plural: "1 working day", "6 months".</summary>
    public static string DisplayName(this DeadlineUnit unit, int count)
    {
        var one = Math.Abs(count) == 1;
        return unit switch
        {
            DeadlineUnit.WorkingDays => one ? "working day" : "working days",
            DeadlineUnit.CalendarDays => one ? "calendar day" : "calendar days",
            DeadlineUnit.CalendarMonths => one ? "month" : "months",
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
    }
}
