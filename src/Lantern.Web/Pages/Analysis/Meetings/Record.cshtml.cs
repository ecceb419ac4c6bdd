namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>Changes a meeting's arrangements and records attendance, notes and decisions. A stale save shows
/// both versions side by side and keeps what was typed.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class RecordModel(MeetingService meetings, LanternDbContext db) : MeetingFormModel(db)
{
    private readonly LanternDbContext db = db;

    public static IReadOnlyList<Attendance> AttendanceChoices { get; } = Enum.GetValues<Attendance>();

    public Meeting Meeting { get; private set; } = null!;

    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid meetingId)
    {
        if (!await FindAsync(meetingId))
        {
            return NotFound();
        }

        Input = MeetingInput.From(Meeting);
        await LoadMembersAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid meetingId)
    {
        if (!await FindAsync(meetingId))
        {
            return NotFound();
        }

        await LoadMembersAsync();
        if (ReadInput(withRecord: true) is not { } details)
        {
            return Page();
        }

        var result = await meetings.RecordAsync(new RecordMeetingOptions(Review.Viewer, meetingId, Input.Version, details), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            TempData["Notice"] = "Meeting saved";
            return Redirect(Link.Meeting(Review.Id, meetingId));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            var saved = Meeting;
            string Attending(IEnumerable<(Guid UserId, Attendance Attendance)> people) =>
                string.Join(", ", people.Select(p => $"{(MemberNames.TryGetValue(p.UserId, out var n) ? n.Name : "Former member")}: {p.Attendance.DisplayName().ToLowerInvariant()}"));
            Conflict = await ConflictResponse.ShowAsync(this, db, "meeting", saved.UpdatedByUserId, saved.UpdatedAt,
            [
                new("Kind", Input.Kind?.DisplayName(), saved.Kind.DisplayName()),
                new("Date", Input.HeldOn.TryGetDate()?.LongDate(), saved.HeldOn.LongDate()),
                new("Where", Input.Place, saved.Place),
                new("Agenda", Input.Agenda, saved.Agenda),
                new("Attendance", Attending(details.InviteeUserIds.Select(id => (id, details.Attendance!.GetValueOrDefault(id, Attendance.Invited)))), Attending(saved.Attendees.Select(a => (a.UserId, a.Attendance)))),
                new("Notes", Input.Notes, saved.Notes),
                new("Decisions", string.Join('\n', MeetingNames.Lines(Input.Decisions)), string.Join('\n', saved.Decisions)),
            ], HttpContext.RequestAborted);
            Input.Version = saved.Version;
            return Page();
        }

        result.AddTo(ModelState, "Input");
        return Page();
    }

    private async Task<bool> FindAsync(Guid meetingId)
    {
        var meeting = (await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).VisibleToAsync(Review.Viewer, HttpContext.RequestAborted)).SingleOrDefault();
        Meeting = meeting!;
        return meeting is not null;
    }
}
