using Lantern.Core.Deadlines;
using Lantern.Web.Pages.SettingUp.Deadlines;

namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>Sets the planned publication date, which moves the publication milestone, the milestone for sending
/// the final report to the national panel, and the deadlines counted from publication together.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class PublicationDateModel(PlanQueries queries, PlanService plans, DeadlineService deadlines) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public PublicationInput Input { get; set; } = new();

    public Milestone? Current { get; private set; }

    /// <summary>The "complete and publish" deadline, when it can be worked out.</summary>
    public DeadlineView? PublicationDeadline { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        if (Current is { } current)
        {
            Input = new PublicationInput { PlannedOn = DateInputModel.From(current.DueOn), Version = current.Version };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var plannedOn = ModelState.Read("Input.PlannedOn", Input.PlannedOn, "Planned publication date", required: true);
        if (ModelState.IsValid && plannedOn is { } planned)
        {
            var result = await plans.SetPublicationDateAsync(new SetPublicationDateOptions(Review.Id, Review.PartnershipId, planned, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = $"Planned publication date set to {planned.LongDate()}";
                return RedirectToPage("/SettingUp/Plan/Plan", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                await LoadAsync();
                ModelState.AddModelError(string.Empty, Current is { } theirs
                    ? $"Someone else changed the planned publication date while you were editing it, so yours has not been saved. It is now {theirs.DueOn.LongDate()}. Enter yours again if it should change"
                    : "Someone else changed the plan while you were editing it, so your date has not been saved. Enter it again");
                Input.Version = Current?.Version;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Current = await queries.PublicationAsync(Review.Id, HttpContext.RequestAborted);
        var (counted, _) = await deadlines.ForReviewAsync(Review.Id, HttpContext.RequestAborted);
        PublicationDeadline = counted.FirstOrDefault(d => d.Deadline.Rule.Key == DeadlineRules.LcsprPublication);
    }

    public sealed class PublicationInput
    {
        [Display(Order = 1)]
        public DateInputModel PlannedOn { get; set; } = new();

        public Guid? Version { get; set; }
    }
}
