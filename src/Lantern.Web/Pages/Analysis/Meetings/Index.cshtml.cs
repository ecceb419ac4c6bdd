namespace Lantern.Web.Pages.Analysis.Meetings;

public sealed record MeetingRow(Guid Id, MeetingKind Kind, DateOnly HeldOn, TimeOnly? StartsAt, string? Place, int Invited, int Attended, int Decisions, bool Recorded);

public sealed record MeetingTable(string Caption, IReadOnlyList<MeetingRow> Rows, Guid ReviewId);

public sealed record SharedItemRow(string Label, string Href, DateTime SharedAt, int Comments, int NewComments);

/// <summary>The review's meetings, upcoming and held, and what is shared with the case group for comment between
/// meetings, with the comments since the last case group meeting.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class IndexModel(LanternDbContext db, AuditRecorder clock) : ReviewPageModel
{
    public IReadOnlyList<MeetingRow> Upcoming { get; private set; } = [];

    public IReadOnlyList<MeetingRow> Held { get; private set; } = [];

    public IReadOnlyList<SharedItemRow> Shared { get; private set; } = [];

    public DateOnly? LastCaseGroupMeeting { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var today = clock.Today;
        var meetings = (await db.Meetings.AsNoTracking().VisibleToAsync(Review.Viewer, ct))
            .Select(m => new MeetingRow(m.Id, m.Kind, m.HeldOn, m.StartsAt, m.Place, m.Attendees.Count, m.Attendees.Count(a => a.Attendance == Attendance.Attended),
                m.Decisions.Count, m.Notes is not null || m.Decisions.Count > 0 || m.Attendees.Any(a => a.Attendance != Attendance.Invited)))
            .ToList();
        Upcoming = meetings.Where(m => m.HeldOn > today).OrderBy(m => m.HeldOn).ThenBy(m => m.StartsAt).ToList();
        Held = meetings.Where(m => m.HeldOn <= today).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.StartsAt).ToList();
        LastCaseGroupMeeting = Held.Where(m => m.Kind.IsCaseGroup()).Select(m => (DateOnly?)m.HeldOn).FirstOrDefault();

        // Comments made after the last case group meeting day are the ones the next meeting (or nobody) has yet to discuss.
        var since = LastCaseGroupMeeting?.AddDays(1).ToDateTime(TimeOnly.MinValue) ?? DateTime.MinValue;
        var shared = new List<SharedItemRow>();
        shared.AddRange((await db.NarrativeSections.AsNoTracking().VisibleTo(Review.Viewer).SharedWithCaseGroup()
                .Select(s => new { s.Id, s.Number, s.Title, s.SharedAt, Comments = db.AnalysisComments.Count(c => c.ItemId == s.Id), New = db.AnalysisComments.Count(c => c.ItemId == s.Id && c.CreatedAt >= since) })
                .ToListAsync(ct))
            .Select(s => new SharedItemRow($"Narrative section {s.Number}: {s.Title}", Link.NarrativeSection(Review.Id, s.Id), s.SharedAt!.Value, s.Comments, s.New)));
        shared.AddRange((await db.Episodes.AsNoTracking().VisibleTo(Review.Viewer).SharedWithCaseGroup()
                .Select(e => new { e.Id, e.Number, e.Title, e.SharedAt, Comments = db.AnalysisComments.Count(c => c.ItemId == e.Id), New = db.AnalysisComments.Count(c => c.ItemId == e.Id && c.CreatedAt >= since) })
                .ToListAsync(ct))
            .Select(e => new SharedItemRow($"Episode {e.Number}: {e.Title}", Link.Episode(Review.Id, e.Id), e.SharedAt!.Value, e.Comments, e.New)));
        shared.AddRange((await db.Findings.AsNoTracking().VisibleTo(Review.Viewer).SharedWithCaseGroup()
                .Select(f => new { f.Id, f.Number, f.Title, f.SharedAt, Comments = db.AnalysisComments.Count(c => c.ItemId == f.Id), New = db.AnalysisComments.Count(c => c.ItemId == f.Id && c.CreatedAt >= since) })
                .ToListAsync(ct))
            .Select(f => new SharedItemRow($"Finding {f.Number}: {f.Title}", Link.Finding(Review.Id, f.Id), f.SharedAt!.Value, f.Comments, f.New)));
        Shared = shared;
    }
}
