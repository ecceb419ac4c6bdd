namespace Lantern.Core.SettingUp;

public enum RagStatus
{
    Green,
    Amber,
    Red,
    Done,
}

/// <summary>What a milestone stands for, where a statutory deadline hangs on it.</summary>
public enum MilestoneRole
{
    /// <summary>An ordinary step of the plan.</summary>
    None,

    /// <summary>The planned publication of the report: its date is the planned publication date.</summary>
    Publication,

    /// <summary>Sending the final report to the national panel, due a set time before publication.</summary>
    ReportToPanel,
}

/// <summary>A step in the review's plan, with an owner and a date.</summary>
public sealed class Milestone : IVersioned
{
    public const int NameMaxLength = 160;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Name { get; set; } = string.Empty;
    public Guid? OwnerUserId { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public int SortOrder { get; set; }
    public MilestoneRole Role { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Red once overdue, amber when due within <paramref name="amberWorkingDays"/> working days
    /// (counted by the caller into <paramref name="amberFrom"/>), green otherwise, done once completed.</summary>
    public RagStatus Status(DateOnly today, DateOnly amberFrom) =>
        CompletedOn is not null ? RagStatus.Done
        : today > DueOn ? RagStatus.Red
        : DueOn <= amberFrom ? RagStatus.Amber
        : RagStatus.Green;

    /// <summary>The name a milestone for sending the final report to the national panel is given when Lantern adds it.</summary>
    public const string ReportToPanelName = "Final report sent to the national panel";

    /// <summary>The name a publication milestone is given when Lantern adds it.</summary>
    public const string PublicationName = "Report published";

    /// <summary>The steps each kind of review starts with, as (name, months after the decision, role). The
    /// business unit then edits the plan to fit the review.</summary>
    public static IReadOnlyList<(string Name, int Months, MilestoneRole Role)> DefaultPlan(string reviewTypeName) =>
        reviewTypeName.Contains("rapid", StringComparison.OrdinalIgnoreCase)
            ? [("Information returned by agencies", 0, MilestoneRole.None), ("Rapid review meeting", 0, MilestoneRole.None), ("Rapid review sent to the national panel", 0, MilestoneRole.None)]
            :
            [
                ("Terms of reference agreed", 1, MilestoneRole.None),
                ("Lead reviewers appointed", 1, MilestoneRole.None),
                ("Information and chronologies gathered", 2, MilestoneRole.None),
                ("Conversations with practitioners", 3, MilestoneRole.None),
                ("Case group and review team meetings", 4, MilestoneRole.None),
                ("Draft report to the partnership", 5, MilestoneRole.None),
                ("Board response agreed", 6, MilestoneRole.None),
                (PublicationName, 6, MilestoneRole.Publication),
            ];
}

/// <summary>A delay, its reason, and whether the Board was told.</summary>
public sealed class DelayEntry
{
    public const int TextMaxLength = 4000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public DateOnly RecordedOn { get; set; }
    public string Reason { get; set; } = string.Empty;
    public DateOnly? NewExpectedDate { get; set; }
    public bool BoardTold { get; set; }
    public DateOnly? BoardToldOn { get; set; }

    /// <summary>The key of the deadline rule the delay moves, when it moves one.</summary>
    public string? DeadlineKey { get; set; }

    public Guid RecordedByUserId { get; set; }
}

/// <summary>What the review is expected to cost, what is committed and what has been spent.</summary>
public sealed class Budget : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Money Planned { get; set; }
    public Money Committed { get; set; }
    public Money Actual { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public Money Remaining => Planned - Committed - Actual;
}

public static class PlanNames
{
    public static string DisplayName(this RagStatus status) => status switch
    {
        RagStatus.Green => "On track",
        RagStatus.Amber => "Due soon",
        RagStatus.Red => "Overdue",
        RagStatus.Done => "Done",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
