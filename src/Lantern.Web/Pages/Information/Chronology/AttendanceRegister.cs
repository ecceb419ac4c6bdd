using System.Security.Cryptography;
using System.Text;
using Lantern.Core.Information.Merging;

namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>
/// A meeting as the attendance register knows it: an entry standing alone (its register is held on its lineage,
/// so it survives a new version of the agency's chronology) or a merged event (held on the event, with the lines
/// recorded on its entries before they were merged). <paramref name="PageId"/> is the entry or event id in links.
/// </summary>
public sealed record RegisterMeeting(AttendanceTarget Target, Guid PageId, Guid MeetingId, IReadOnlyList<Guid> LineageIds, string EventType, DateOnly Date,
    bool IsMeeting)
{
    /// <summary>Every meeting id the register's lines may be held under.</summary>
    public IReadOnlyList<Guid> RegisterIds => [MeetingId, .. LineageIds.Where(l => l != MeetingId)];
}

/// <summary>Reads of the attendance register, shared by the register page, the import and meeting continuity.</summary>
public static class AttendanceRegister
{
    /// <summary>The entry (standing alone) or merged event, or null when it is not in this review.</summary>
    public static async Task<RegisterMeeting?> FindAsync(LanternDbContext db, Guid reviewId, AttendanceTarget target, Guid pageId, CancellationToken ct)
    {
        if (target == AttendanceTarget.MergedEvent)
        {
            if (!await db.MergedEvents.AnyAsync(m => m.Id == pageId && m.ReviewId == reviewId && m.UndoneAt == null, ct))
            {
                return null;
            }

            var entries = await db.ChronologyEntries.AsNoTracking().Where(e => e.ReviewId == reviewId && e.IsCurrent && e.MergedEventId == pageId)
                .Select(e => new { e.LineageId, e.Date, Type = e.MappedType ?? e.EventType }).ToListAsync(ct);
            if (entries.Count == 0)
            {
                return null;
            }

            var first = entries.OrderBy(e => e.Date).First();
            return new RegisterMeeting(target, pageId, pageId, entries.Select(e => e.LineageId).ToList(), first.Type, first.Date,
                entries.Any(e => MeetingTypes.IsMeeting(e.Type)));
        }

        var entry = await db.ChronologyEntries.AsNoTracking().Where(e => e.Id == pageId && e.ReviewId == reviewId)
            .Select(e => new { e.LineageId, e.Date, Type = e.MappedType ?? e.EventType, e.MergedEventId }).SingleOrDefaultAsync(ct);
        return entry is null
            ? null
            : new RegisterMeeting(target, pageId, entry.LineageId, [entry.LineageId], entry.Type, entry.Date, MeetingTypes.IsMeeting(entry.Type));
    }

    /// <summary>The register's lines as stored (tracked, so a write can change them).</summary>
    public static Task<List<MeetingAttendance>> LinesAsync(LanternDbContext db, Guid reviewId, RegisterMeeting meeting, CancellationToken ct)
    {
        var ids = meeting.RegisterIds.ToList();
        return db.MeetingAttendance.Where(a => a.ReviewId == reviewId && ids.Contains(a.MeetingId)).ToListAsync(ct);
    }

    /// <summary>
    /// Each person's status at the meeting: a line on the meeting itself, else the line its entries had before
    /// they were merged (the one nearest to attending when two agencies' lines differ).
    /// </summary>
    public static Dictionary<Guid, AttendanceStatus> Statuses(IEnumerable<MeetingAttendance> lines, Guid meetingId) =>
        lines.GroupBy(l => l.PersonId).ToDictionary(
            g => g.Key,
            g => g.FirstOrDefault(l => l.MeetingId == meetingId)?.Status ?? g.Min(l => l.Status));

    /// <summary>A fingerprint of the register's lines and their versions: it changes when anyone changes any line,
    /// so a form opened before that is refused instead of overwriting their work.</summary>
    public static string Stamp(IEnumerable<MeetingAttendance> lines)
    {
        var text = string.Join(';', lines.OrderBy(l => l.Id).Select(l => $"{l.Id:N}:{l.Version:N}"));
        return Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(text)))[..32];
    }

    /// <summary>
    /// Every register in the review, by the id meeting continuity gives a meeting (the merged event, or the entry
    /// standing alone): the statuses of the lines held on the meeting, with its entries' older lines beneath them.
    /// </summary>
    public static async Task<Dictionary<Guid, Dictionary<Guid, AttendanceStatus>>> AllAsync(LanternDbContext db, Guid reviewId,
        IReadOnlyCollection<(Guid EntryId, Guid LineageId, Guid? MergedEventId)> entries, CancellationToken ct)
    {
        var lines = await db.MeetingAttendance.AsNoTracking().Where(a => a.ReviewId == reviewId).ToListAsync(ct);
        var byMeetingId = lines.ToLookup(l => l.MeetingId);
        var registers = new Dictionary<Guid, Dictionary<Guid, AttendanceStatus>>();
        foreach (var meeting in entries.GroupBy(e => e.MergedEventId ?? e.EntryId))
        {
            var own = meeting.First().MergedEventId is { } merged ? byMeetingId[merged] : [];
            var all = own.Concat(meeting.SelectMany(e => byMeetingId[e.LineageId])).ToList();
            if (all.Count > 0)
            {
                registers[meeting.Key] = Statuses(all, meeting.First().MergedEventId ?? Guid.Empty);
            }
        }

        return registers;
    }
}
