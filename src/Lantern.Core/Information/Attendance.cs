namespace Lantern.Core.Information;

/// <summary>Where a person stood at one multi-agency meeting.</summary>
public enum AttendanceStatus
{
    /// <summary>Took part, in person or remotely.</summary>
    Attended,

    /// <summary>Did not attend but sent a report or written contribution.</summary>
    SentReport,

    /// <summary>Was invited and did not attend or send anything.</summary>
    InvitedDidNotAttend,

    /// <summary>Named in a record of the meeting but was not there (the subject child, a family member spoken about).</summary>
    NamedButAbsent,
}

/// <summary>What a meeting in the attendance register is: one agency's entry, or a merged event.</summary>
public enum AttendanceTarget
{
    /// <summary>An entry not merged with others, held by its lineage so the record survives a re-upload.</summary>
    Entry,

    /// <summary>A merged event, the meeting as several agencies recorded it.</summary>
    MergedEvent,
}

/// <summary>How an attendance record arrived.</summary>
public enum AttendanceSource
{
    Form,
    Import,
}

/// <summary>
/// One line of a meeting's attendance register: who was there, who sent a report, who was invited and did not
/// come, who was only named. Meeting continuity uses these where a meeting has them instead of the people the
/// records name. A merged event's register includes the lines recorded on its entries before they were merged.
/// </summary>
public sealed class MeetingAttendance : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public AttendanceTarget Target { get; set; }

    /// <summary>The entry's lineage id, or the merged event's id.</summary>
    public Guid MeetingId { get; set; }

    public Guid PersonId { get; set; }
    public AttendanceStatus Status { get; set; }
    public AttendanceSource Source { get; set; }
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
