namespace Lantern.Web.Pages.Reviews;

/// <summary>Withdrawing a review created in error or as a duplicate. The review is kept with the reason and
/// becomes read-only; it leaves the dashboard and its tasks leave everyone's list.</summary>
[ReviewPage(ReviewPermission.WithdrawReview, AuditActions.ReviewViewed)]
[OpenWhenWithdrawn]
public sealed class WithdrawModel(ReviewService reviews, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public WithdrawInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    /// <summary>Set when the review was withdrawn already, by someone else or in another tab.</summary>
    public WithdrawalRecord? AlreadyWithdrawn { get; private set; }

    public int OpenTaskCount { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await reviews.WithdrawReviewAsync(new WithdrawReviewOptions(Review.Id, Input.Reason!, Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = $"Review {Review.WorkingTitle} withdrawn";
                return RedirectToPage("/Reviews/Review", new { reviewId = Review.Id });
            }

            if (result.Conflict)
            {
                var version = Version;
                await LoadAsync();
                if (AlreadyWithdrawn is null)
                {
                    // Someone changed the review's details meanwhile: it can still be withdrawn, from the fresh copy.
                    ModelState.Clear();
                    ModelState.AddModelError("Input.Reason", "Someone else changed this review while you were on this page. Check it is still the review you mean, then withdraw it again");
                }
                else
                {
                    Version = version;
                }

                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            result.AddTo(ModelState, "Input");
        }

        var posted = Version;
        await LoadAsync();
        Version = posted;
        return Page();
    }

    private async Task LoadAsync()
    {
        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == Review.Id);
        Version = review.Version;
        AlreadyWithdrawn = await reviews.WithdrawalAsync(Review.Id, HttpContext.RequestAborted);
        OpenTaskCount = await db.ReviewTasks.CountAsync(t => t.ReviewId == Review.Id && t.CompletedAt == null);
    }
}

public sealed class WithdrawInput
{
    [Display(Name = "Why the review is being withdrawn")]
    [Required(ErrorMessage = "Enter why the review is being withdrawn")]
    [StringLength(Review.WithdrawnReasonMaxLength, ErrorMessage = "Why the review is being withdrawn must be 1,000 characters or fewer")]
    public string? Reason { get; set; }
}
