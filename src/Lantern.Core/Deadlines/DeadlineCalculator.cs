namespace Lantern.Core.Deadlines;

/// <summary>Works out deadlines from rules, trigger dates and working calendars. Pure: no clock, no data.</summary>
public static class DeadlineCalculator
{
    /// <summary>The deadline for one rule, or null while its trigger date is not known.</summary>
    public static Deadline? Compute(DeadlineRule rule, DateOnly? triggerDate, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(calendar);
        if (triggerDate is not { } start)
        {
            return null;
        }

        if (rule.Unit == DeadlineUnit.WorkingDays && calendar.Calendar != rule.Calendar)
        {
            throw new ArgumentException(
                $"Rule {rule.Key} counts working days on the {rule.Calendar.DisplayName()} calendar, not {calendar.Calendar.DisplayName()}.",
                nameof(calendar));
        }

        var due = rule.Unit switch
        {
            DeadlineUnit.WorkingDays => calendar.AddWorkingDays(start, rule.Offset),
            DeadlineUnit.CalendarDays => start.AddDays(rule.Offset),
            DeadlineUnit.CalendarMonths => start.AddMonths(rule.Offset),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule.Unit, null),
        };
        return new Deadline(rule, start, due);
    }

    /// <summary>Every rule whose trigger date is known, soonest first.</summary>
    public static IReadOnlyList<Deadline> ComputeAll(
        IEnumerable<DeadlineRule> rules,
        IReadOnlyDictionary<DeadlineTrigger, DateOnly> triggers,
        Func<HolidayCalendar, WorkingCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(calendars);
        return rules
            .Where(r => triggers.ContainsKey(r.Trigger))
            .Select(r => Compute(r, triggers[r.Trigger], calendars(r.Calendar))!)
            .OrderBy(d => d.Due)
            .ThenBy(d => d.Rule.Key, StringComparer.Ordinal)
            .ToList();
    }
}
