using System.Text.RegularExpressions;

namespace Lantern.Core.Analysis;

/// <summary>The kinds of meeting a systems review holds.</summary>
public enum MeetingKind
{
    ReviewTeam,

    /// <summary>The first meeting of the practitioners involved in the case.</summary>
    CaseGroupIntroduction,

    /// <summary>A later case group meeting, to test the emerging episodes and findings.</summary>
    CaseGroupFollowOn,
}

/// <summary>Whether an invited person came.</summary>
public enum Attendance
{
    Invited,
    Attended,
    SentApologies,
    DidNotAttend,
}

/// <summary>One person invited to a meeting, by their Lantern account, and whether they came.</summary>
public sealed class MeetingAttendee
{
    public Guid UserId { get; set; }
    public Attendance Attendance { get; set; }
}

/// <summary>
/// A review team or case group meeting: when and where, the agenda, who came, the notes and the decisions.
/// Case group members see the case group meetings they are invited to (agenda and decisions), never the notes.
/// </summary>
public sealed class Meeting : IVersioned, IWithdrawable
{
    public const int PlaceMaxLength = 200;
    public const int AgendaMaxLength = 4_000;
    public const int NotesMaxLength = 20_000;
    public const int DecisionMaxLength = 500;
    public const int MaxDecisions = 30;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public MeetingKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    public TimeOnly? StartsAt { get; set; }

    /// <summary>Where, or how to join ("Room 2, civic centre", "Online").</summary>
    public string? Place { get; set; }

    /// <summary>The agenda, one item per line.</summary>
    public string Agenda { get; set; } = string.Empty;

    public List<MeetingAttendee> Attendees { get; set; } = [];
    public string? Notes { get; set; }

    /// <summary>What the meeting decided, one decision each.</summary>
    public List<string> Decisions { get; set; } = [];

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }
    public Guid? WithdrawnByUserId { get; set; }
    public string? WithdrawnReason { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Records the meeting's arrangements, who was invited and whether they came (invited when not said),
    /// the notes and the decisions (one per line of <paramref name="decisions"/>).</summary>
    public void Record(MeetingKind kind, DateOnly heldOn, TimeOnly? startsAt, string? place, string agenda, IEnumerable<Guid> inviteeUserIds,
        IReadOnlyDictionary<Guid, Attendance>? attendance, string? notes, string? decisions, Guid byUserId, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(inviteeUserIds);
        var came = attendance ?? new Dictionary<Guid, Attendance>();
        Kind = kind;
        HeldOn = heldOn;
        StartsAt = startsAt;
        Place = ItemText.Tidy(place);
        Agenda = agenda.Trim();
        Attendees = inviteeUserIds.Distinct()
            .Select(id => new MeetingAttendee { UserId = id, Attendance = came.GetValueOrDefault(id, Attendance.Invited) })
            .ToList();
        Notes = ItemText.Tidy(notes);
        Decisions = MeetingNames.Lines(decisions);
        UpdatedAt = at;
        UpdatedByUserId = byUserId;
    }
}

public static partial class MeetingNames
{
    public static readonly IReadOnlyList<MeetingKind> Kinds = Enum.GetValues<MeetingKind>();

    public static string DisplayName(this MeetingKind kind) => kind switch
    {
        MeetingKind.ReviewTeam => "Review team meeting",
        MeetingKind.CaseGroupIntroduction => "Case group introduction",
        MeetingKind.CaseGroupFollowOn => "Case group follow-on meeting",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsCaseGroup(this MeetingKind kind) => kind is MeetingKind.CaseGroupIntroduction or MeetingKind.CaseGroupFollowOn;

    public static string DisplayName(this Attendance attendance) => attendance switch
    {
        Attendance.Invited => "Invited",
        Attendance.Attended => "Attended",
        Attendance.SentApologies => "Sent apologies",
        Attendance.DidNotAttend => "Did not attend",
        _ => throw new ArgumentOutOfRangeException(nameof(attendance), attendance, null),
    };

    /// <summary>The agenda or decisions as tidy lines: blank lines dropped, bullets and numbering at the start removed.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n')
            .Select(l => Marker().Replace(l.Trim(), string.Empty).Trim())
            .Where(l => l.Length > 0)
            .ToList();

    [GeneratedRegex(@"^([-*•]|\d{1,3}[.)])\s*")]
    private static partial Regex Marker();
}
