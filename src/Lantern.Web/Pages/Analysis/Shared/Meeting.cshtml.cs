namespace Lantern.Web.Pages.Analysis.Shared;

/// <summary>A case group meeting as someone invited to it sees it: when and where, the agenda and the decisions.
/// The notes stay with the review team. Anyone not invited, and any review team meeting, is "page not found".</summary>
[ReviewPage(ReviewPermission.ViewSharedAnalysis, AuditActions.SharedAnalysisViewed)]
public sealed class MeetingModel(LanternDbContext db) : ReviewPageModel
{
    public Meeting Meeting { get; private set; } = null!;

    public Attendance? Mine { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid meetingId)
    {
        var me = User.RequireActor().UserId;
        // The shared view: a case group meeting the person is invited to, whoever they are.
        var meeting = (await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).VisibleToAsync(Review.Viewer.InSharedView(), HttpContext.RequestAborted)).SingleOrDefault();
        if (meeting is null || !meeting.Kind.IsCaseGroup() || meeting.Attendees.All(a => a.UserId != me))
        {
            return NotFound();
        }

        Meeting = meeting;
        Mine = meeting.Attendees.First(a => a.UserId == me).Attendance;
        return Page();
    }
}
