using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.SettingUp.Plan;

/// <summary>Adds a milestone to the review's plan. A form only, so only those who may change the plan open it.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class AddMilestoneModel(PlanQueries queries, PlanService plans) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public MilestoneInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var dueOn = ModelState.Read("Input.DueOn", Input.DueOn, "Due date", required: true);
        if (ModelState.IsValid && dueOn is { } due)
        {
            var result = await plans.AddMilestoneAsync(new AddMilestoneOptions(Review.Id, Review.PartnershipId, Input.Name!, Input.OwnerUserId, due),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Milestone added";
                return RedirectToPage("/SettingUp/Plan/Plan", new { reviewId = Review.Id });
            }

            if (result.NotFound)
            {
                return NotFound();
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Owners = MilestoneInput.OwnerItems(await queries.OwnersAsync(Review.Id, Review.PartnershipId, null, HttpContext.RequestAborted));
}
