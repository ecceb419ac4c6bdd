using Lantern.Core.Board;
using Lantern.Web.Pages.Reports;

namespace Lantern.Web.Pages.BoardResponse;

/// <summary>Records the Board meeting the agreed report was presented at: the date, whether it was scheduled or
/// extraordinary, who attended by role and the minutes. The first time, the agreed version moves on to "presented to
/// the Board", which opens it to board members.</summary>
[ReviewPage(ReviewPermission.RecordBoardResponse, AuditActions.BoardResponseViewed)]
public sealed class PresentationModel(BoardResponseQueries queries, BoardResponseService service, TimeProvider time) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public PresentationForm Input { get; set; } = new();

    public BoardResponseState State { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        State = await queries.StateAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);
        if (State.Presentation is { } p)
        {
            Input = new PresentationForm
            {
                PresentedOn = DateInputModel.From(p.PresentedOn),
                Kind = p.Kind,
                Attendees = string.Join('\n', p.Attendees),
                Minutes = p.Minutes,
                Version = p.Version,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var presentedOn = ModelState.Read("Input.PresentedOn", Input.PresentedOn, "Date of the meeting", required: true);
        var ct = HttpContext.RequestAborted;
        if (presentedOn is { } date && ModelState.IsValid)
        {
            var result = await service.RecordPresentationAsync(new ReportScope(Review.Id, Review.PartnershipId, HttpContext.AuditActor()),
                new PresentationInput(date, Input.Kind, Input.Attendees, Input.Minutes, Input.Version), UkTime.Today(time), ct);
            if (result.Succeeded)
            {
                Notice = "Board meeting recorded";
                return Redirect(Link.BoardResponse(Review.Id));
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                State = await queries.StateAsync(Review.Id, Review.PartnershipId, ct);
                ModelState.AddModelError(string.Empty, "Someone else recorded the Board meeting while you were editing it, so yours has not been saved. Theirs is shown on the response page; enter yours again here if it should change");
                Input.Version = State.Presentation?.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddAsIs(ModelState);
        }

        State = await queries.StateAsync(Review.Id, Review.PartnershipId, ct);
        return Page();
    }

    public sealed class PresentationForm
    {
        [Display(Order = 1)]
        public DateInputModel PresentedOn { get; set; } = new();

        [Display(Order = 2)]
        public BoardMeetingKind? Kind { get; set; }

        [Display(Order = 3)]
        public string? Attendees { get; set; }

        [Display(Order = 4)]
        public string? Minutes { get; set; }

        public Guid? Version { get; set; }
    }
}
