namespace Lantern.Core.Information.Import;

/// <summary>
/// The columns of an attendance file (one row per person at a meeting) and the headings and words agencies use.
/// Headings are compared like a chronology file's: ignoring case, spaces and punctuation.
/// </summary>
public static class AttendanceColumns
{
    public const string MeetingDate = "meeting-date";
    public const string MeetingType = "meeting-type";
    public const string Person = "person";
    public const string Status = "status";

    private static readonly ImportColumnSet Columns = new(
    [
        new(MeetingDate, "Meeting date", true, "The day of the meeting (31/01/2024)",
            ["Date", "Date of meeting", "Meeting held", "Held on", "Date held", "Conference date", "Date of conference", "When"]),
        new(MeetingType, "Meeting type", true, "What kind of meeting, in your own words (ICPC, core group, strategy discussion)",
            ["Type", "Meeting", "Type of meeting", "Event type", "Event", "Meeting name", "Conference type"]),
        new(Person, "Person", true, "Who, by the name in the people register, an other name or their pseudonym",
            ["Name", "Attendee", "Attendee name", "Invitee", "Participant", "Person name", "Professional", "Full name", "Who"]),
        new(Status, "Attendance", true, "attended, sent report, invited but did not attend, or named only",
            ["Status", "Attendance status", "Attended", "Present", "Outcome", "Attendance outcome", "Attendance type"]),
    ]);

    public static IReadOnlyList<ImportColumn> All => Columns.All;

    /// <summary>Each column takes the first heading that names it; the rest are ignored.</summary>
    public static IReadOnlyDictionary<string, int> Map(IReadOnlyList<string> headings) => Columns.Map(headings).Columns;

    /// <summary>The columns a mapping has no file column for (every one is required).</summary>
    public static IReadOnlyList<ImportColumn> Missing(IReadOnlyDictionary<string, int> mapping) => Columns.Missing(mapping);
}

/// <summary>The words agencies use in their attendance records for each status, folded when looked up.</summary>
public static class AttendanceWords
{
    public static IReadOnlyDictionary<AttendanceStatus, IReadOnlyList<string>> ByStatus { get; } = new Dictionary<AttendanceStatus, IReadOnlyList<string>>
    {
        [AttendanceStatus.Attended] =
        [
            "attended", "present", "yes", "y", "attended in person", "attended virtually", "attended remotely", "joined by phone",
            "joined remotely", "in attendance", "attended by phone", "dialled in", "teams", "chair", "chaired", "minute taker",
        ],
        [AttendanceStatus.SentReport] =
        [
            "sent report", "sent a report", "report only", "report sent", "report submitted", "written report", "apologies report sent",
            "apologies - report sent", "apologies, report sent", "apologies with report", "submitted report", "report", "sent report without attending",
        ],
        [AttendanceStatus.InvitedDidNotAttend] =
        [
            "did not attend", "dna", "did not attend (invited)", "invited but did not attend", "invited did not attend", "invited not attended", "not present",
            "absent", "apologies", "apologies given", "sent apologies", "no show", "no", "n", "declined", "unable to attend", "non attendance",
            "non-attendance", "not attended",
        ],
        [AttendanceStatus.NamedButAbsent] =
        [
            "named only", "named", "named but absent", "mentioned", "mentioned only", "discussed", "discussed only", "not invited",
            "subject of meeting", "named in minutes",
        ],
    };

    private static readonly Dictionary<string, AttendanceStatus> ByWords = BuildWords();

    /// <summary>The status the words mean, or null when they mean none.</summary>
    public static AttendanceStatus? Parse(string? words)
    {
        var key = Key(words);
        return ByWords.TryGetValue(key, out var status) ? status : null;
    }

    /// <summary>The status in the words the register page and this file use.</summary>
    public static string Describe(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Attended => "Attended",
        AttendanceStatus.SentReport => "Sent a report, did not attend",
        AttendanceStatus.InvitedDidNotAttend => "Invited, did not attend",
        _ => "Named only, not there",
    };

    /// <summary>Folded, then letters and digits only: "Apologies - report sent" and "apologies, report sent" agree.</summary>
    private static string Key(string? words) => ImportColumnSet.Squash(Folding.Fold(words));

    private static Dictionary<string, AttendanceStatus> BuildWords()
    {
        var words = new Dictionary<string, AttendanceStatus>(StringComparer.Ordinal);
        foreach (var (status, list) in ByStatus)
        {
            foreach (var word in list)
            {
                words.TryAdd(Key(word), status);
            }
        }

        return words;
    }
}
