using Lantern.Web.Pages.SettingUp.Deadlines;

namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>The review's plan (quality marker 8): milestones with red, amber or green status, the delay log
/// and the budget. Its one form starts the default plan for a review that has none.</summary>
[ReviewPage(ReviewPermission.ViewSettingUp, AuditActions.SettingUpViewed)]
public sealed class PlanModel(PlanQueries queries, PlanService plans, DeadlineService deadlines) : ReviewPageModel
{
    public PlanView Plan { get; private set; } = null!;

    public DeadlinesList Deadlines { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        Plan = await queries.PlanAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);
        var (counted, pending) = await deadlines.ForReviewAsync(Review.Id, HttpContext.RequestAborted);
        Deadlines = new DeadlinesList(Review.Id, counted, pending, Review.Can(ReviewPermission.EditSettingUp));
    }

    /// <summary>Creates the default set of milestones for the review's type.</summary>
    [HandlerNeeds(ReviewPermission.EditSettingUp)]
    public async Task<IActionResult> OnPostAsync()
    {
        var result = await plans.CreateDefaultPlanAsync(new CreateDefaultPlanOptions(Review.Id, Review.PartnershipId), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = "Plan created. Change the milestones to fit this review";
            return RedirectToPage("/SettingUp/Plan/Plan", new { reviewId = Review.Id });
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        result.AddTo(ModelState, "Input");
        await LoadAsync();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }
}
