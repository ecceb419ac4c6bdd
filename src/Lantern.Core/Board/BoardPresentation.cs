namespace Lantern.Core.Board;

/// <summary>Whether the Board met in its usual cycle or specially to receive the report.</summary>
public enum BoardMeetingKind
{
    Scheduled,
    Extraordinary,
}

/// <summary>
/// The Board meeting the report was presented at (quality markers 15 and 16): when, whether it was a scheduled or
/// an extraordinary meeting, who attended by role (never by name: the list travels with the written response) and the
/// minutes of the discussion. One per review; recording it again changes it.
/// </summary>
public sealed class BoardPresentation : IVersioned
{
    public const int AttendeeMaxLength = 120;
    public const int MaxAttendees = 40;
    public const int MinutesMaxLength = 20_000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The report version presented.</summary>
    public Guid ReportVersionId { get; set; }

    public DateOnly PresentedOn { get; set; }
    public BoardMeetingKind Kind { get; set; }

    /// <summary>Those present, by role ("Chair", "Police representative").</summary>
    public List<string> Attendees { get; set; } = [];

    public string? Minutes { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid RecordedByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One of the partnership's learning and improvement priorities, for a period: what the Board weighs each
/// finding's response against (quality marker 15, points 4 and 5).</summary>
public sealed class LearningPriority
{
    public const int TitleMaxLength = 200;
    public const int MaxPriorities = 50;

    public Guid Id { get; set; }
    public Guid PartnershipId { get; set; }
    public string Title { get; set; } = string.Empty;
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Whether the priority is in force on <paramref name="day"/>.</summary>
    public bool CoversDay(DateOnly day) => From <= day && (To is null || day <= To);
}
