using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Information.Merging;
using Lantern.Data;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>Meeting continuity: for each kind of multi-agency meeting, who came to which meeting, and how much
/// of each meeting's membership carried over from the one before.</summary>
[ReviewPage(ReviewPermission.ViewInformation, AuditActions.ChronologyMeetingsViewed)]
public sealed class MeetingsModel(LanternDbContext db, ChronologyQueries queries) : ReviewPageModel
{
    public IReadOnlyList<MeetingSeries> Series { get; private set; } = [];

    public int Threshold { get; private set; } = MeetingContinuity.DefaultThresholdPercent;

    public string Root => $"/reviews/{Review.Id}/information/chronology";

    public async Task<IActionResult> OnGetAsync(string? threshold)
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

        var entries = (await queries.Current(Review.Id).Select(e => new { e.Id, e.Date, EventType = e.MappedType ?? e.EventType, e.MergedEventId }).ToListAsync(ct))
            .Where(e => MeetingTypes.IsMeeting(e.EventType))
            .ToList();
        var ids = entries.Select(e => e.Id).ToList();
        var links = new List<(Guid EntryId, Guid PersonId)>();
        foreach (var chunk in ids.Chunk(500))
        {
            links.AddRange((await db.EntryPeople.AsNoTracking().Where(p => p.ReviewId == Review.Id && chunk.Contains(p.EntryId))
                .Select(p => new { p.EntryId, p.PersonId }).ToListAsync(ct)).Select(p => (p.EntryId, p.PersonId)));
        }

        var attendeesOf = links.ToLookup(l => l.EntryId, l => l.PersonId);
        var meetings = entries
            .GroupBy(e => e.MergedEventId ?? e.Id)
            .Select(g => new MeetingHeld(g.Key, g.First().MergedEventId is not null, g.OrderBy(e => e.Date).First().EventType, g.Min(e => e.Date),
                g.SelectMany(e => attendeesOf[e.Id]).ToHashSet()))
            .ToList();
        var people = await db.People.AsNoTracking().Where(p => p.ReviewId == Review.Id)
            .Select(p => new Attendee(p.Id, p.Pseudonym, p.Category == PersonCategory.Professional))
            .ToDictionaryAsync(p => p.Id, ct);
        Series = MeetingContinuity.Build(meetings, people, Threshold);
        return Page();
    }

    public string Link(MeetingHeld meeting) => meeting.IsMergedEvent ? $"{Root}/events/{meeting.Id}" : $"{Root}/entries/{meeting.Id}";
}
