namespace Lantern.Core.Information.Merging;

/// <summary>
/// One meeting: an unmerged entry, or a merged event counted once. <paramref name="Register"/> is its attendance
/// register (empty when none was recorded); <paramref name="Named"/> is everyone any agency's records of it name.
/// </summary>
public sealed record MeetingHeld(Guid Id, bool IsMergedEvent, string EventType, DateOnly Date, IReadOnlySet<Guid> Named,
    IReadOnlyDictionary<Guid, AttendanceStatus> Register)
{
    /// <summary>A meeting known only from the people its records name.</summary>
    public MeetingHeld(Guid id, bool isMergedEvent, string eventType, DateOnly date, IReadOnlySet<Guid> named)
        : this(id, isMergedEvent, eventType, date, named, new Dictionary<Guid, AttendanceStatus>())
    {
    }

    public bool HasRegister => Register.Count > 0;

    /// <summary>Who was there: those the register says attended, or, with no register, everyone the records name.</summary>
    public IEnumerable<Guid> Attendees => HasRegister ? Register.Where(r => r.Value == AttendanceStatus.Attended).Select(r => r.Key) : Named;
}

/// <summary>Someone who may appear as an attendee.</summary>
public sealed record Attendee(Guid Id, string Pseudonym, PersonCategory Category)
{
    public bool IsProfessional => Category == PersonCategory.Professional;

    public bool IsSubjectOrFamily => Category is PersonCategory.Subject or PersonCategory.FamilyOrHousehold;
}

/// <summary>What the matrix shows for one person at one meeting.</summary>
public enum Presence
{
    /// <summary>Nothing recorded about this person at this meeting.</summary>
    None,

    /// <summary>The register says they attended.</summary>
    Attended,

    /// <summary>The register says they sent a report without attending: shown, not counted.</summary>
    SentReport,

    /// <summary>The register says they were invited and did not come.</summary>
    InvitedDidNotAttend,

    /// <summary>The register says they were only named, not there.</summary>
    NamedButAbsent,

    /// <summary>No register: the records name them, which is all there is to go on (counted as there).</summary>
    NamedInRecords,
}

/// <summary>How continuity is worked out: the flag level, whether the subject and family count, and whether child
/// protection conferences and core group meetings make one series (the child protection plan's meetings).</summary>
public sealed record ContinuityOptions(int ThresholdPercent = MeetingContinuity.DefaultThresholdPercent, bool LeaveOutSubjectAndFamily = true,
    bool PlanMeetingsTogether = false);

/// <summary>A meeting in its series: who counted as there, and the share of them who were at the previous one
/// (null for the first).</summary>
public sealed record MeetingInSeries(MeetingHeld Meeting, IReadOnlySet<Guid> Counted, double? ShareFromPrevious, bool BelowThreshold);

/// <summary>One series of meetings and its people-by-meetings matrix.</summary>
public sealed record MeetingSeries(string EventType, IReadOnlyList<MeetingInSeries> Meetings, IReadOnlyList<Attendee> People)
{
    /// <summary>Whether the person counted as there (attended, or named in a meeting with no register).</summary>
    public bool Attended(Attendee person, MeetingInSeries meeting) => meeting.Counted.Contains(person.Id);

    public Presence PresenceOf(Attendee person, MeetingInSeries meeting)
    {
        if (meeting.Meeting.HasRegister)
        {
            return meeting.Meeting.Register.TryGetValue(person.Id, out var status)
                ? status switch
                {
                    AttendanceStatus.Attended => Presence.Attended,
                    AttendanceStatus.SentReport => Presence.SentReport,
                    AttendanceStatus.InvitedDidNotAttend => Presence.InvitedDidNotAttend,
                    _ => Presence.NamedButAbsent,
                }
                : Presence.None;
        }

        return meeting.Meeting.Named.Contains(person.Id) ? Presence.NamedInRecords : Presence.None;
    }
}

/// <summary>
/// Meeting continuity: for each kind of multi-agency meeting, the meetings in date order and, for each after
/// the first, the share of the people there who were also at the one before. A low share means the people
/// round the table changed almost entirely, which is worth asking about.
/// Who was there comes from the meeting's attendance register where one is recorded (only "attended" counts;
/// a report sent instead is shown but not counted, as the author was not in the discussion), and otherwise from
/// the people the records name, which the page flags because a child or a family member spoken about is named
/// without being there. The subject and family are left out by default: continuity of the professionals is the
/// question a review asks of these meetings.
/// </summary>
public static class MeetingContinuity
{
    public const int DefaultThresholdPercent = 50;

    /// <summary>The name of the one series conferences and core groups make when taken together.</summary>
    public const string PlanSeriesName = "Child protection conferences and core group meetings";

    private const string PlanSeriesKey = "\u0001PLAN";

    public static IReadOnlyList<MeetingSeries> Build(IEnumerable<MeetingHeld> meetings, IReadOnlyDictionary<Guid, Attendee> people, int thresholdPercent = DefaultThresholdPercent) =>
        Build(meetings, people, new ContinuityOptions(thresholdPercent, LeaveOutSubjectAndFamily: false));

    public static IReadOnlyList<MeetingSeries> Build(IEnumerable<MeetingHeld> meetings, IReadOnlyDictionary<Guid, Attendee> people, ContinuityOptions options)
    {
        var threshold = Math.Clamp(options.ThresholdPercent, 0, 100) / 100.0;
        bool Shown(Guid id) => people.TryGetValue(id, out var person) && !(options.LeaveOutSubjectAndFamily && person.IsSubjectOrFamily);
        return meetings
            .GroupBy(m => SeriesKey(m.EventType, options.PlanMeetingsTogether))
            .Select(series =>
            {
                var ordered = series.OrderBy(m => m.Date).ThenBy(m => m.Id).ToList();
                var inSeries = new List<MeetingInSeries>(ordered.Count);
                for (var i = 0; i < ordered.Count; i++)
                {
                    var counted = ordered[i].Attendees.Where(Shown).ToHashSet();
                    var share = i == 0 ? (double?)null : Share(counted, inSeries[i - 1].Counted);
                    inSeries.Add(new MeetingInSeries(ordered[i], counted, share, share is { } s && s < threshold));
                }

                var shownPeople = ordered.SelectMany(m => m.Named.Concat(m.Register.Keys)).Distinct()
                    .Where(Shown)
                    .Select(id => people[id])
                    .OrderByDescending(p => p.IsProfessional)
                    .ThenBy(p => p.Pseudonym, StringComparer.Ordinal)
                    .ToList();
                var name = series.Key == PlanSeriesKey ? PlanSeriesName : ordered[0].EventType.Trim();
                return new MeetingSeries(name, inSeries, shownPeople);
            })
            .OrderBy(s => s.EventType, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The share of this meeting's attendees who were at the previous one; 0 when no one was recorded.</summary>
    public static double Share(IReadOnlySet<Guid> attendees, IReadOnlySet<Guid> previous) =>
        attendees.Count == 0 ? 0 : attendees.Count(previous.Contains) / (double)attendees.Count;

    private static string SeriesKey(string eventType, bool planTogether)
    {
        var key = MeetingTypes.Normalise(eventType);
        return planTogether && (key == MeetingTypes.Normalise(EventTypes.ChildProtectionConference) || key == MeetingTypes.Normalise(EventTypes.CoreGroupMeeting))
            ? PlanSeriesKey
            : key;
    }
}
