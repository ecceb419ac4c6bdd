namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>One meeting: when and where, the agenda, attendance, notes and decisions.</summary>
[ReviewPage(ReviewPermission.ViewAnalysis, AuditActions.AnalysisViewed)]
public sealed class MeetingModel(LanternDbContext db) : MeetingFormModel(db)
{
    private readonly LanternDbContext db = db;

    public Meeting Meeting { get; private set; } = null!;

    public string? UpdatedBy { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>When, by whom and why the meeting was withdrawn; null while it stands.</summary>
    public Withdrawn.WithdrawnNote? Withdrawn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid meetingId)
    {
        var meeting = (await db.Meetings.IgnoreQueryFilters().AsNoTracking().Where(m => m.Id == meetingId).VisibleToAsync(Review.Viewer, HttpContext.RequestAborted)).SingleOrDefault();
        if (meeting is null)
        {
            return NotFound();
        }

        Meeting = meeting;
        Withdrawn = await HttpContext.RequestServices.GetRequiredService<Withdrawn.WithdrawnItems>().NoteAsync(Review.Viewer, Analysis.Withdrawn.WithdrawableKind.Meeting, meetingId, HttpContext.RequestAborted);
        UpdatedBy = await db.Users.Where(u => u.Id == meeting.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(HttpContext.RequestAborted);
        await LoadMembersAsync();
        return Page();
    }
}
