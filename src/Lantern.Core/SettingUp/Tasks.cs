namespace Lantern.Core.SettingUp;

public enum TaskKind
{
    ContactOtherArea,
    InformFamily,
    NotifyPanel,
    InformBoard,
    Other,

    /// <summary>Take the published report down when its time is up.</summary>
    RemovePublication,
}

/// <summary>Something a person in the partnership must do for a review, such as telling the family.</summary>
public sealed class ReviewTask : IVersioned
{
    public const int TitleMaxLength = 200;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public TaskKind Kind { get; set; }
    public string Title { get; set; } = string.Empty;

    /// <summary>Null means the business unit's task, for whoever in it picks it up.</summary>
    public Guid? AssignedUserId { get; set; }

    public DateOnly? DueOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public Guid? CompletedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public bool IsOpen => CompletedAt is null;
}

public enum HistoryKind
{
    Referred,
    PanelNotified,
    InformationRequested,
    InformationReturned,
    ScopingMeetingHeld,
    Decided,
    DecisionRevisited,
    BoardInformed,
    FamilyContacted,
    PurposeRecorded,
    TermsDrafted,
    TermsAgreed,
    GovernanceChanged,
    DelayRecorded,
    TaskCompleted,
    ReviewWithdrawn,
}

/// <summary>A moment in setting up the review, for the review's own timeline. Says what happened, never
/// the sensitive detail of it.</summary>
public sealed class ReviewHistoryEntry
{
    public const int SummaryMaxLength = 300;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public HistoryKind Kind { get; set; }
    public string Summary { get; set; } = string.Empty;
    public Guid? UserId { get; set; }
    public DateTime OccurredAt { get; set; }
}

public static class TaskNames
{
    public static string DisplayName(this HistoryKind kind) => kind switch
    {
        HistoryKind.Referred => "Referred",
        HistoryKind.PanelNotified => "National panel notified",
        HistoryKind.InformationRequested => "Information requested",
        HistoryKind.InformationReturned => "Information returned",
        HistoryKind.ScopingMeetingHeld => "Rapid review",
        HistoryKind.Decided => "Decision recorded",
        HistoryKind.DecisionRevisited => "Decision revisited",
        HistoryKind.BoardInformed => "Board informed",
        HistoryKind.FamilyContacted => "Family contacted",
        HistoryKind.PurposeRecorded => "Purpose recorded",
        HistoryKind.TermsDrafted => "Terms of reference drafted",
        HistoryKind.TermsAgreed => "Terms of reference agreed",
        HistoryKind.GovernanceChanged => "Governance set out",
        HistoryKind.DelayRecorded => "Delay recorded",
        HistoryKind.TaskCompleted => "Task done",
        HistoryKind.ReviewWithdrawn => "Review withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
