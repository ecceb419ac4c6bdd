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
        // The shared view: a case group meeting the person is invited to, whoever they are (the record rules' own meetings).
        var meeting = (await db.Meetings.AsNoTracking().Where(m => m.Id == meetingId).VisibleToAsync(Review.Viewer.InSharedView(), HttpContext.RequestAborted)).SingleOrDefault();
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        Mine = meeting.Attendees.FirstOrDefault(a => a.UserId == Review.Viewer.UserId)?.Attendance;
        return Page();
    }
}
