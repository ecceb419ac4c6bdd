namespace Lantern.Core.Actions;

/// <summary>What an improvement action answers: the part of the review it came from.</summary>
public enum ActionSource
{
    Finding,
    BoardIssue,
    BoardResponse,
    Recommendation,
}

/// <summary>Where an improvement action has got to.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>
/// Something the Board or a member agency has agreed to do after a review (quality marker 18): who owns it, by
/// when, and how it ended. It points back at the finding, issue for the Board, Board response or recommendation
/// it answers, so the partnership can see that each piece of learning was acted on.
/// </summary>
public sealed class ImprovementAction : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4_000;
    public const int OwnerNameMaxLength = 200;

    /// <summary>The longest completion summary or reason for cancelling.</summary>
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public Guid ReviewId { get; set; }
    public ActionSource Source { get; set; }

    /// <summary>The finding, issue for the Board, Board response or recommendation the action answers, as
    /// <see cref="Source"/> says.</summary>
    public Guid SourceId { get; set; }

    public string Title { get; set; } = string.Empty;
    public string? Description { get; set; }

    /// <summary>The agency answerable for the action.</summary>
    public Guid OwningAgencyId { get; set; }

    /// <summary>The named person who owns the action, who may not have a Lantern account.</summary>
    public string OwnerName { get; set; } = string.Empty;

    /// <summary>The owner's Lantern account, when they have one.</summary>
    public Guid? OwnerUserId { get; set; }

    public DateOnly RaisedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public ActionStatus Status { get; set; }

    /// <summary>Set only while the action is completed.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>What was done, set only while the action is completed.</summary>
    public string? CompletionSummary { get; set; }

    /// <summary>Why the action was dropped, set only while it is cancelled.</summary>
    public string? CancelledReason { get; set; }

    /// <summary>When the action is checked again after completion, in months; chosen when it is raised (the
    /// partnership's months unless changed). Empty for actions raised before the choice existed: the partnership's
    /// months apply.</summary>
    public List<int> FollowUpMonths { get; set; } = [];

    public DateTime CreatedAt { get; set; }
    public Guid CreatedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Whether the action is still open on the day after it was due.</summary>
    public bool IsOverdue(DateOnly today) => !Status.IsClosed() && today > DueOn;

    /// <summary>
    /// Moves the action to <paramref name="status"/>, keeping only the details that status needs: a completion
    /// date and summary while completed, a reason while cancelled. Reopening an action clears how it ended, so
    /// an open action never shows a stale completion date. Check the input with <see cref="ActionRules"/> first.
    /// </summary>
    /// <exception cref="ArgumentException">A completed action has no completion date or summary, or a cancelled
    /// one has no reason.</exception>
    public void MoveTo(ActionStatus status, DateOnly? completedOn = null, string? completionSummary = null, string? cancelledReason = null)
    {
        if (status == ActionStatus.Completed && (completedOn is null || string.IsNullOrWhiteSpace(completionSummary)))
        {
            throw new ArgumentException("A completed action needs the date it was completed and a summary of what was done.", nameof(status));
        }

        if (status == ActionStatus.Cancelled && string.IsNullOrWhiteSpace(cancelledReason))
        {
            throw new ArgumentException("A cancelled action needs the reason it was cancelled.", nameof(status));
        }

        Status = status;
        CompletedOn = status == ActionStatus.Completed ? completedOn : null;
        CompletionSummary = status == ActionStatus.Completed ? completionSummary!.Trim() : null;
        CancelledReason = status == ActionStatus.Cancelled ? cancelledReason!.Trim() : null;
    }
}

/// <summary>A dated note of how an action is going. Notes are only ever added, never changed, so the record
/// shows what was said at the time.</summary>
public sealed class ActionProgressNote
{
    public const int TextMaxLength = 4_000;

    public Guid Id { get; set; }
    public Guid ActionId { get; set; }

    /// <summary>When the note was written (UTC).</summary>
    public DateTime WrittenOn { get; set; }

    public Guid ByUserId { get; set; }
    public string Text { get; set; } = string.Empty;
}

/// <summary>A document showing an action was taken (a new procedure, an audit, training records), held in the
/// review's audited document store and linked here.</summary>
public sealed class ActionEvidence
{
    public const int DescriptionMaxLength = 500;

    public Guid Id { get; set; }
    public Guid ActionId { get; set; }

    /// <summary>The document in the audited document store.</summary>
    public Guid DocumentId { get; set; }

    /// <summary>What the document shows about the action.</summary>
    public string Description { get; set; } = string.Empty;

    public DateTime AddedAt { get; set; }
    public Guid AddedByUserId { get; set; }
}

public static class ActionNames
{
    public static readonly IReadOnlyList<ActionSource> Sources = Enum.GetValues<ActionSource>();
    public static readonly IReadOnlyList<ActionStatus> Statuses = Enum.GetValues<ActionStatus>();

    public static string DisplayName(this ActionSource source) => source switch
    {
        ActionSource.Finding => "Finding",
        ActionSource.BoardIssue => "Issue for the Board",
        ActionSource.BoardResponse => "Board's response",
        ActionSource.Recommendation => "Recommendation",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    public static string DisplayName(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Completed => "Completed",
        ActionStatus.Cancelled => "Cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Whether the action has ended, done or dropped, so it can no longer be overdue.</summary>
    public static bool IsClosed(this ActionStatus status) => status is ActionStatus.Completed or ActionStatus.Cancelled;
}
