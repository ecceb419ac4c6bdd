namespace Lantern.Core.Deadlines;

/// <summary>The event a deadline is counted from.</summary>
public enum DeadlineTrigger
{
    /// <summary>The day the partnership became aware of the incident.</summary>
    PartnershipAware,

    /// <summary>The day the notification to the national panel was sent.</summary>
    NotificationSent,

    /// <summary>The day the decision to hold a review was made.</summary>
    DecisionToReview,

    /// <summary>The planned publication date of the report.</summary>
    PlannedPublication,

    /// <summary>The day the referral was made (for the tasks a referral starts; not offered for the partnership's rules).</summary>
    Referred,
}

public static class DeadlineTriggerNames
{
    public static readonly IReadOnlyList<DeadlineTrigger> All =
    [
        DeadlineTrigger.PartnershipAware,
        DeadlineTrigger.NotificationSent,
        DeadlineTrigger.DecisionToReview,
        DeadlineTrigger.PlannedPublication,
    ];

    /// <summary>The event as it reads after "after" or "before".</summary>
    public static string DisplayName(this DeadlineTrigger trigger) => trigger switch
    {
        DeadlineTrigger.PartnershipAware => "the partnership became aware",
        DeadlineTrigger.NotificationSent => "the notification was sent",
        DeadlineTrigger.DecisionToReview => "the decision to review",
        DeadlineTrigger.PlannedPublication => "the planned publication date",
        DeadlineTrigger.Referred => "the referral",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
