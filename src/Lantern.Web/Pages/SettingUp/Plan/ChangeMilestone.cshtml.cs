using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>Changes a milestone: its name, owner and due date, and marks it complete.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class ChangeMilestoneModel(PlanQueries queries, PlanService plans) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ChangeMilestoneInput Input { get; set; } = new();

    public Milestone Milestone { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> CompleteOptions { get; } = [new("true", "Yes"), new("false", "No")];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid milestoneId)
    {
        if (!await LoadAsync(milestoneId))
        {
            return NotFound();
        }

        Input = FromMilestone(Milestone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid milestoneId)
    {
        if (!await LoadAsync(milestoneId))
        {
            return NotFound();
        }

        var dueOn = ModelState.Read("Input.DueOn", Input.DueOn, "Due date", required: true);
        if (Input.IsComplete is null)
        {
            ModelState.AddModelError("Input.IsComplete", "Select whether the milestone is complete");
        }

        var completedOn = Input.IsComplete == true ? ModelState.Read("Input.CompletedOn", Input.CompletedOn, "Date it was completed", required: true) : null;
        if (ModelState.IsValid && dueOn is { } due)
        {
            var result = await plans.ChangeMilestoneAsync(
                new ChangeMilestoneOptions(Review.Id, Review.PartnershipId, milestoneId, Input.Name!, Input.OwnerUserId, due, completedOn, Input.Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = completedOn is null ? "Milestone changed" : "Milestone marked as complete";
                return RedirectToPage("/SettingUp/Plan/Plan", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Conflict)
            {
                ModelState.Clear();
                ModelState.AddModelError(string.Empty, "Someone else changed this milestone while you were editing it, so your changes have not been saved. It is shown below as it is now. Make your changes again");
                Input = FromMilestone(Milestone);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        return Page();
    }

    private static ChangeMilestoneInput FromMilestone(Milestone milestone) => new()
    {
        Name = milestone.Name,
        OwnerUserId = milestone.OwnerUserId,
        DueOn = DateInputModel.From(milestone.DueOn),
        IsComplete = milestone.CompletedOn is not null,
        CompletedOn = DateInputModel.From(milestone.CompletedOn),
        Version = milestone.Version,
    };

    private async Task<bool> LoadAsync(Guid milestoneId)
    {
        var milestone = await queries.MilestoneAsync(Review.Id, milestoneId, HttpContext.RequestAborted);
        if (milestone is null)
        {
            return false;
        }

        Milestone = milestone;
        Owners = MilestoneInput.OwnerItems(await queries.OwnersAsync(Review.Id, Review.PartnershipId, milestone.OwnerUserId, HttpContext.RequestAborted));
        return true;
    }

    public sealed class ChangeMilestoneInput : MilestoneInput
    {
        [Display(Order = 4)]
        public bool? IsComplete { get; set; }

        [Display(Order = 5)]
        public DateInputModel CompletedOn { get; set; } = new();

        public Guid Version { get; set; }
    }
}
