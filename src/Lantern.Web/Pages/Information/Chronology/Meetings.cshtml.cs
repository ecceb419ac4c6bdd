using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>Meeting continuity: for each kind of multi-agency meeting, who came to which meeting, and how much
/// of each meeting's membership carried over from the one before. Who came is the attendance register where one
/// is recorded, else the people the records name (flagged).</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyMeetingsViewed)]
public sealed class MeetingsModel(LanternDbContext db, ChronologyQueries queries) : ReviewPageModel
{
    public IReadOnlyList<MeetingSeries> Series { get; private set; } = [];

    public int Threshold { get; private set; } = MeetingContinuity.DefaultThresholdPercent;

    /// <summary>Leave the subject and family out of the share and the matrix (the default: continuity of the professionals).</summary>
    public bool LeaveOutFamily { get; private set; } = true;

    /// <summary>Child protection conferences and core group meetings as one series (the plan's meetings).</summary>
    public bool PlanTogether { get; private set; }

    public bool CanEdit => Review.Can(ReviewPermission.EditInformation);

    public string Root => Infrastructure.Links.Link.Chronology(Review.Id);

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string? threshold, string? shown, string? family, string? series)
    {
        var ct = HttpContext.RequestAborted;
        if (!string.IsNullOrWhiteSpace(threshold))
        {
            if (int.TryParse(threshold.Trim().TrimEnd('%'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var percent) && percent <= 100)
            {
                Threshold = percent;
            }
            else
            {
                ModelState.AddModelError("threshold", "Enter a percentage from 0 to 100");
            }
        }

        // An unticked box sends nothing, so "shown" says the form was sent and the box left empty.
        LeaveOutFamily = shown is null || family == "leave-out";
        PlanTogether = series == "plan";

        var entries = (await queries.Current(Review.Viewer).Select(e => new { e.Id, e.LineageId, e.Date, EventType = e.MappedType ?? e.EventType, e.MergedEventId }).ToListAsync(ct))
            .Where(e => MeetingTypes.IsMeeting(e.EventType))
            .ToList();
        var ids = entries.Select(e => e.Id).ToList();
        var links = new List<(Guid EntryId, Guid PersonId)>();
        foreach (var chunk in ids.Chunk(500))
        {
            links.AddRange((await db.EntryPeople.AsNoTracking().Where(p => p.ReviewId == Review.Id && chunk.Contains(p.EntryId))
                .Select(p => new { p.EntryId, p.PersonId }).ToListAsync(ct)).Select(p => (p.EntryId, p.PersonId)));
        }

        var registers = await AttendanceRegister.AllAsync(db, Review.Id, entries.Select(e => (e.Id, e.LineageId, e.MergedEventId)).ToList(), ct);
        var namedIn = links.ToLookup(l => l.EntryId, l => l.PersonId);
        var meetings = entries
            .GroupBy(e => e.MergedEventId ?? e.Id)
            .Select(g => new MeetingHeld(g.Key, g.First().MergedEventId is not null, g.OrderBy(e => e.Date).First().EventType, g.Min(e => e.Date),
                g.SelectMany(e => namedIn[e.Id]).ToHashSet(), registers.GetValueOrDefault(g.Key) ?? new Dictionary<Guid, AttendanceStatus>()))
            .ToList();
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id)
            .Select(p => new Attendee(p.Id, p.Pseudonym, p.Category))
            .ToDictionaryAsync(p => p.Id, ct);
        Series = MeetingContinuity.Build(meetings, people, new ContinuityOptions(Threshold, LeaveOutFamily, PlanTogether));
        return Page();
    }

    public string Link(MeetingHeld meeting) => meeting.IsMergedEvent ? Infrastructure.Links.Link.ChronologyEvent(Review.Id, meeting.Id) : Infrastructure.Links.Link.ChronologyEntry(Review.Id, meeting.Id);
}
