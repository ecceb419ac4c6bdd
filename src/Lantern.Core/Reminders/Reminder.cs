namespace Lantern.Core.Reminders;

/// <summary>What a reminder is about.</summary>
public enum ReminderKind
{
    /// <summary>An improvement action due soon.</summary>
    ActionDue,

    /// <summary>An improvement action past its due date.</summary>
    ActionOverdue,

    /// <summary>A follow-up check on a completed action has fallen due.</summary>
    FollowUpDue,

    /// <summary>A report's planned publication date is near.</summary>
    PublicationDue,

    /// <summary>A published report's removal date is near.</summary>
    RemovalDue,

    /// <summary>A statutory deadline of a review is near.</summary>
    DeadlineDue,
}

/// <summary>
/// One email telling one person that something needs their attention, kept so that it is sent once and only once
/// whatever happens: the same (kind, subject, person, due date) is never queued twice, an instance claims a message
/// before sending it (so two instances never send the same one), and a failed send is retried later, never dropped.
/// The message itself names no child and carries no review content: only what kind of thing is due and a link.
/// </summary>
public sealed class Reminder
{
    public const int KeyMaxLength = 200;
    public const int LinkMaxLength = 300;
    public const int ErrorMaxLength = 500;
    public const int ClaimMaxLength = 100;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid UserId { get; set; }
    public ReminderKind Kind { get; set; }

    /// <summary>The record it is about (an action, a check, a review).</summary>
    public Guid SubjectId { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The path of the page that needs attention, without the host.</summary>
    public string Link { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>When a failed send may be tried again.</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>Why the last send failed, in words that carry no personal data.</summary>
    public string? LastError { get; set; }

    /// <summary>Which instance is sending it, and until when its claim holds.</summary>
    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntil { get; set; }
}
