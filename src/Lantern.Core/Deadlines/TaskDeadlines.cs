using Lantern.Core.SettingUp;

namespace Lantern.Core.Deadlines;

/// <summary>
/// The due dates of the tasks Lantern creates when a review is referred and decided, each from a deadline rule.
/// Notifying the national panel is due by the partnership's own notification rule (which its administrator can
/// change on the deadlines page); the other tasks have no statutory timescale, so they follow Lantern's task rules
/// below (five working days, to keep the work moving), counted on the partnership's working calendar.
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
            "Lantern's expectation, so the other area can share what it knows early", Confidence.Medium),
        new(InformBoard, Jurisdiction.England, null, "Tell the Board about the decision and its reasons",
            DeadlineTrigger.DecisionToReview, 5, DeadlineUnit.WorkingDays, HolidayCalendar.EnglandAndWales,
            "Lantern's expectation", Confidence.Medium),
        new(InformFamily, Jurisdiction.England, null, "Tell the family about the review",
            DeadlineTrigger.DecisionToReview, 5, DeadlineUnit.WorkingDays, HolidayCalendar.EnglandAndWales,
            "Lantern's expectation, so the family do not hear of the review elsewhere first", Confidence.Medium),
    ];

    /// <summary>
    /// The rule a task of <paramref name="kind"/> is due by: for notifying the panel, the notification rule among
    /// <paramref name="partnershipRules"/> (Lantern's default when the partnership has none in use); otherwise Lantern's
    /// task rule, counted on <paramref name="calendar"/> (the partnership's). Null for a kind with no rule.
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

        if (kind == TaskKind.NotifyPanel)
        {
            return partnershipRules.FirstOrDefault(r => r.Key == key) ?? DeadlineRules.Defaults.Single(r => r.Key == key);
        }

        return Defaults.Single(r => r.Key == key) with { Calendar = calendar };
    }
}
