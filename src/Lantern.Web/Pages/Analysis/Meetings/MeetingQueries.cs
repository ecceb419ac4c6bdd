namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>Reads of meetings that more than one page needs.</summary>
public sealed class MeetingQueries(LanternDbContext db)
{
    /// <summary>The case group meetings the person is invited to, soonest first.</summary>
    public async Task<List<Meeting>> InvitedAsync(Guid reviewId, Guid userId, CancellationToken ct) =>
        (await db.Meetings.AsNoTracking().Where(m => m.ReviewId == reviewId && m.Kind != MeetingKind.ReviewTeam).ToListAsync(ct))
            .Where(m => m.Attendees.Any(a => a.UserId == userId))
            .OrderBy(m => m.HeldOn).ThenBy(m => m.StartsAt)
            .ToList();
}
