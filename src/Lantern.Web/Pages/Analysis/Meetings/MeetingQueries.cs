namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>Reads of meetings that more than one page needs.</summary>
public sealed class MeetingQueries(LanternDbContext db)
{
    /// <summary>The case group meetings the person is invited to, soonest first: the meetings the record rules give
    /// them in the shared view, whoever they are.</summary>
    public async Task<List<Meeting>> InvitedAsync(Viewer viewer, CancellationToken ct) =>
        (await db.Meetings.AsNoTracking().VisibleToAsync(viewer.InSharedView(), ct))
            .OrderBy(m => m.HeldOn).ThenBy(m => m.StartsAt)
            .ToList();
}
