namespace Lantern.Core.Information;

/// <summary>A kind of event an agency records in its chronology. Meetings of several agencies are marked so
/// that meeting continuity can follow each series.</summary>
public sealed record EventType(string Name, string Hint, bool IsMeeting);

/// <summary>
/// The event types Lantern suggests in the chronology template and form. Agencies may use their own words;
/// anything not on the list is kept as written and treated as "Other" only where a type must be chosen.
/// </summary>
public static class EventTypes
{
    public const string StrategyDiscussion = "Strategy discussion";
    public const string ChildProtectionConference = "Child protection conference";
    public const string CoreGroupMeeting = "Core group meeting";
    public const string MultiAgencyMeeting = "Multi-agency meeting";
    public const string HomeVisit = "Home visit";
    public const string Appointment = "Appointment";
    public const string PhoneCall = "Phone call";
    public const string Referral = "Referral";
    public const string Assessment = "Assessment";
    public const string HospitalAttendance = "Hospital attendance";
    public const string PoliceCallOut = "Police call-out";
    public const string SchoolContact = "School contact";
    public const string LetterOrEmail = "Letter or email";
    public const string Other = "Other";

    public static IReadOnlyList<EventType> All { get; } =
    [
        new(StrategyDiscussion, "Agencies meet or talk to decide whether to start child protection enquiries", true),
        new(ChildProtectionConference, "An initial or review conference deciding on a child protection plan", true),
        new(CoreGroupMeeting, "The group of practitioners carrying out a child protection plan", true),
        new(MultiAgencyMeeting, "Any other meeting of practitioners from more than one agency", true),
        new(HomeVisit, "A practitioner visits the family at home", false),
        new(Appointment, "The family attends, or misses, an appointment", false),
        new(PhoneCall, "A call to or from the family or another practitioner", false),
        new(Referral, "A referral made to or received from another service", false),
        new(Assessment, "An assessment started, carried out or completed", false),
        new(HospitalAttendance, "A visit to an emergency department, a ward or a hospital clinic", false),
        new(PoliceCallOut, "Police are called to, or attend, an incident", false),
        new(SchoolContact, "Contact with or by a school, nursery or college", false),
        new(LetterOrEmail, "A letter or email sent or received", false),
        new(Other, "Anything that fits none of the types above", false),
    ];

    private static readonly Dictionary<string, EventType> ByName =
        All.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The listed type with this name, ignoring case and surrounding spaces; null for the agency's own words.</summary>
    public static EventType? Find(string? name) =>
        name is not null && ByName.TryGetValue(name.Trim(), out var type) ? type : null;

    /// <summary>Whether the type is a multi-agency meeting (a strategy discussion, conference, core group or other meeting).</summary>
    public static bool IsMeeting(string? name) => Find(name)?.IsMeeting == true;

    /// <summary>The listed spelling of a type when it matches one, otherwise the words as given (trimmed).</summary>
    public static string Normalise(string name) => Find(name)?.Name ?? name.Trim();
}
