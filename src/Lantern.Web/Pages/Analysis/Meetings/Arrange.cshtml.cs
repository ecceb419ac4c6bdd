namespace Lantern.Web.Pages.Analysis.Meetings;

/// <summary>Arranges a review team or case group meeting.</summary>
[ReviewPage(ReviewPermission.EditAnalysis, AuditActions.AnalysisViewed)]
public sealed class ArrangeModel(MeetingService meetings, LanternDbContext db) : MeetingFormModel(db)
{
    public async Task OnGetAsync() => await LoadMembersAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ReadInput(withRecord: false) is { } details)
        {
            var (result, meetingId) = await meetings.ArrangeAsync(details, HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Notice"] = "Meeting arranged";
                return Redirect(Link.Meeting(Review.Id, meetingId!.Value));
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadMembersAsync();
        return Page();
    }
}
