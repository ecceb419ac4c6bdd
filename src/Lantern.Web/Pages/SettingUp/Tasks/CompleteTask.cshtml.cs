namespace Lantern.Web.Pages.SettingUp.Tasks;

/// <summary>Marks a task done, from the button beside it on the setting-up page.</summary>
[ReviewPage(ReviewPermission.EditSettingUp, AuditActions.SettingUpViewed)]
public sealed class CompleteTaskModel(TaskService tasks) : ReviewPageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IActionResult OnGet() => RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });

    public async Task<IActionResult> OnPostAsync(Guid taskId)
    {
        var result = await tasks.CompleteTaskAsync(new CompleteTaskOptions(Review.Id, Review.PartnershipId, taskId, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        Notice = result.Conflict ? "Someone else changed that task at the same time. Check it and try again." : "Task marked as done";
        return RedirectToPage("/SettingUp/Index", new { reviewId = Review.Id });
    }
}
