namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>What the pages that arrange and record a meeting share: the form, the review's members to invite and
/// reading the answers.</summary>
public abstract class MeetingFormModel(LanternDbContext db) : ReviewPageModel
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "h:mmtt", "h.mmtt", "htt", "h:mm tt", "h tt"];

    public static IReadOnlyList<GovUkOption> KindOptions { get; } =
        MeetingNames.Kinds.Select(k => new GovUkOption(k.ToString(), k.DisplayName())).ToList();

    [BindProperty(Name = "Input")]
    public MeetingInput Input { get; set; } = new();

    public IReadOnlyList<GovUkOption> Members { get; private set; } = [];

    /// <summary>Review members by user id: name and role, for the attendance table.</summary>
    public IReadOnlyDictionary<Guid, (string Name, string Role)> MemberNames { get; private set; } = new Dictionary<Guid, (string, string)>();

    protected MeetingDetails? ReadInput(bool withRecord)
    {
        var heldOn = ModelState.Read("Input.HeldOn", Input.HeldOn, "The date of the meeting", required: true);
        TimeOnly? startsAt = null;
        if (!string.IsNullOrWhiteSpace(Input.StartsAt))
        {
            var text = Input.StartsAt.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                startsAt = time;
            }
            else
            {
                ModelState.AddModelError("Input.StartsAt", "Enter the start time like 10:30 or 2pm");
            }
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        var attendance = withRecord ? Input.Attendees.Where(a => a.UserId != Guid.Empty).GroupBy(a => a.UserId).ToDictionary(g => g.Key, g => g.First().Attendance) : null;
        return new MeetingDetails(Review.Id, Review.PartnershipId, Input.Kind, heldOn, startsAt, Input.Place, Input.Agenda, Input.InviteeUserIds,
            attendance, withRecord ? Input.Notes : null, withRecord ? Input.Decisions : null);
    }

    protected async Task LoadMembersAsync()
    {
        // Ids are formatted here, not in SQL: SQLite holds them in upper case, and the form posts them back in lower case.
        var members = await db.ReviewMembers.AsNoTracking().Where(m => m.ReviewId == Review.Id && m.Role != ReviewRole.AgencyContact)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, m.Role })
            .OrderBy(m => m.Role).ThenBy(m => m.DisplayName).ToListAsync(HttpContext.RequestAborted);
        Members = members.Select(m => new GovUkOption(m.Id.ToString(), m.DisplayName, m.Role.DisplayName())).ToList();
        MemberNames = members.ToDictionary(m => m.Id, m => (m.DisplayName, m.Role.DisplayName()));
    }
}

public sealed class MeetingInput
{
    [Display(Order = 1)]
    public MeetingKind? Kind { get; set; }

    [Display(Order = 2)]
    public DateInputModel HeldOn { get; set; } = new();

    [Display(Name = "Start time", Order = 3)]
    public string? StartsAt { get; set; }

    [Display(Name = "Where", Order = 4)]
    public string? Place { get; set; }

    [Display(Name = "Agenda", Order = 5)]
    public string? Agenda { get; set; }

    [Display(Order = 6)]
    public List<Guid> InviteeUserIds { get; set; } = [];

    [Display(Order = 7)]
    public List<AttendeeInput> Attendees { get; set; } = [];

    [Display(Name = "Notes", Order = 8)]
    public string? Notes { get; set; }

    [Display(Name = "Decisions", Order = 9)]
    public string? Decisions { get; set; }

    public Guid Version { get; set; }

    public static MeetingInput From(Meeting m) => new()
    {
        Kind = m.Kind,
        HeldOn = DateInputModel.From(m.HeldOn),
        StartsAt = m.StartsAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Place = m.Place,
        Agenda = m.Agenda,
        InviteeUserIds = m.Attendees.Select(a => a.UserId).ToList(),
        Attendees = m.Attendees.Select(a => new AttendeeInput { UserId = a.UserId, Attendance = a.Attendance }).ToList(),
        Notes = m.Notes,
        Decisions = string.Join('\n', m.Decisions),
        Version = m.Version,
    };
}

public sealed class AttendeeInput
{
    public Guid UserId { get; set; }

    public Attendance Attendance { get; set; }
}
