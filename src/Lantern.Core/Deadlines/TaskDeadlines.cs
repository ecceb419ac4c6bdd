using Lantern.Core.SettingUp;

namespace Lantern.Core.Deadlines;

/// <summary>
/// The due dates of the tasks Lantern creates when a review is referred and decided, each from a deadline rule.
/// Notifying the national panel is due by the partnership's notification rule. The other tasks have no statutory
/// timescale, so they follow task rules: Lantern's expectation of five working days, to keep the work moving,
/// until the partnership's administrator changes one on the deadlines page (the partnership then has a rule of
/// its own with the task's key). Each task rule is counted from the event that creates the task, so its trigger
/// cannot change.
/// </summary>
public static class TaskDeadlines
{
    public const string ContactOtherArea = "task.contact-other-area";
    public const string InformBoard = "task.inform-board";
    public const string InformFamily = "task.inform-family";

    public static readonly IReadOnlyList<DeadlineRule> Defaults =
    [
        new(ContactOtherArea, Jurisdiction.England, null, "Contact the partnership of another area the family lived in",
            DeadlineTrigger.Referred, 5, DeadlineUnit.WorkingDays, HolidayCalendar.EnglandAndWales,
            "No statutory timescale. Lantern's expectation, so the other area can share what it knows early", Confidence.Medium),
        new(InformBoard, Jurisdiction.England, null, "Tell the Board about the decision and its reasons",
            DeadlineTrigger.DecisionToReview, 5, DeadlineUnit.WorkingDays, HolidayCalendar.EnglandAndWales,
            "No statutory timescale. Lantern's expectation", Confidence.Medium),
        new(InformFamily, Jurisdiction.England, null, "Tell the family about the review",
            DeadlineTrigger.DecisionToReview, 5, DeadlineUnit.WorkingDays, HolidayCalendar.EnglandAndWales,
            "No statutory timescale. Lantern's expectation, so the family do not hear of the review elsewhere first", Confidence.Medium),
    ];

    /// <summary>Whether <paramref name="key"/> is one of the task rules (rather than a deadline of the review itself).</summary>
    public static bool IsTaskRule(string? key) => Defaults.Any(r => r.Key == key);

    /// <summary>Lantern's task rule with <paramref name="key"/> for a partnership in <paramref name="jurisdiction"/>,
    /// counted on that nation's calendar; null when the key is not a task rule's.</summary>
    public static DeadlineRule? DefaultFor(string? key, Jurisdiction jurisdiction) =>
        Defaults.FirstOrDefault(r => r.Key == key) is { } rule
            ? rule with { Jurisdiction = jurisdiction, Calendar = jurisdiction.CalendarFor() }
            : null;

    /// <summary>
    /// The rule a task of <paramref name="kind"/> is due by, from <paramref name="partnershipRules"/> (the rules the
    /// partnership has in use): for notifying the panel, the notification rule; otherwise the partnership's task rule
    /// with the task's key. Where the partnership has no such rule, Lantern's default (a task rule counted on
    /// <paramref name="calendar"/>, the partnership's). Null for a kind with no rule.
    /// </summary>
    public static DeadlineRule? RuleFor(TaskKind kind, IEnumerable<DeadlineRule> partnershipRules, HolidayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(partnershipRules);
        var key = kind switch
        {
            TaskKind.NotifyPanel => DeadlineRules.Notification,
            TaskKind.ContactOtherArea => ContactOtherArea,
            TaskKind.InformBoard => InformBoard,
            TaskKind.InformFamily => InformFamily,
            _ => null,
        };
        if (key is null)
        {
            return null;
        }

        if (partnershipRules.FirstOrDefault(r => r.Key == key) is { } own)
        {
            return own;
        }

        return kind == TaskKind.NotifyPanel
            ? DeadlineRules.Defaults.Single(r => r.Key == key)
            : Defaults.Single(r => r.Key == key) with { Calendar = calendar };
    }
}
