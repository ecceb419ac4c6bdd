namespace Lantern.Web.Pages.SettingUp.RapidReview;

/// <summary>Records the day a rapid review's report went to the national panel, for a rapid review saved before it was sent.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class RapidReviewReportSentModel(RapidReviewService service, LanternDbContext db, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ReportSentInput Input { get; set; } = new();

    /// <summary>The rapid review whose report is recorded; null when none waits for one.</summary>
    public ScopingMeeting? Meeting { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>Opens the form for <paramref name="meetingId"/>, or, without one, for the latest rapid review whose report is not recorded yet.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? meetingId)
    {
        var meeting = meetingId is { } id
            ? await FindAsync(id)
            : await db.ScopingMeetings.AsNoTracking().Where(m => m.ReviewId == Review.Id && m.PanelReportSentOn == null)
                .OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.RecordedAt).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (meeting is null)
        {
            return meetingId is null ? Page() : NotFound();
        }

        Meeting = meeting;
        Input = new ReportSentInput { MeetingId = meeting.Id, Version = meeting.Version, SentOn = DateInputModel.From(meeting.PanelReportSentOn ?? UkTime.Today(time)) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync(Input.MeetingId) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        var sentOn = ModelState.Read("Input.SentOn", Input.SentOn, "Date the report was sent", required: true);
        if (ModelState.IsValid && sentOn is { } sent)
        {
            var result = await service.RecordRapidReviewReportSentAsync(
                new RecordReportSentOptions(Review.Id, Review.PartnershipId, meeting.Id, sent, Input.Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Rapid review report recorded as sent to the national panel";
                return RedirectToPage("/SettingUp/RapidReview/RapidReview", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                ModelState.AddModelError(string.Empty, "Someone else changed this rapid review while you were recording the report. Check the date below and save again");
                Input.Version = meeting.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    private Task<ScopingMeeting?> FindAsync(Guid meetingId) =>
        db.ScopingMeetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId && m.ReviewId == Review.Id, HttpContext.RequestAborted);

    public sealed class ReportSentInput
    {
        [Display(Order = 1)]
        public DateInputModel SentOn { get; set; } = new();

        public Guid MeetingId { get; set; }

        public Guid Version { get; set; }
    }
}
