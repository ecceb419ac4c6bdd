using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Reviews;

/// <summary>Changing a review's working title, type, status or owner. A save from a stale copy shows the
/// conflict instead of overwriting the other person's change.</summary>
[ReviewPage(ReviewPermission.EditDetails, Core.Audit.AuditActions.ReviewViewed)]
public sealed class DetailsModel(ReviewService reviews, LanternDbContext db) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ReviewInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public IReadOnlyList<GovUkOption> Types { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Statuses { get; } = ReviewInput.StatusItems();

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    /// <summary>Set when someone else saved first: what the review says now.</summary>
    public (string Title, string Type, ReviewStatus Status, string? Owner)? Current { get; private set; }

    /// <summary>Set for a withdrawn review, whose details stay as they were.</summary>
    public WithdrawalRecord? Withdrawal { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var review = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == Review.Id);
        Withdrawal = await reviews.WithdrawalAsync(Review.Id, HttpContext.RequestAborted);
        Input = new ReviewInput { WorkingTitle = review.WorkingTitle, ReviewTypeId = review.ReviewTypeId, Status = review.Status, OwnerUserId = review.OwnerUserId };
        Version = review.Version;
        await LoadChoicesAsync(review.ReviewTypeId, review.OwnerUserId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await reviews.ChangeReviewDetailsAsync(
                new ChangeReviewDetailsOptions(Review.Id, Input.WorkingTitle!, Input.ReviewTypeId!.Value, Input.Status!.Value, Input.OwnerUserId, Version),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = "Review details saved";
                return RedirectToPage("/Reviews/Review", new { reviewId = Review.Id });
            }

            if (result.Conflict)
            {
                return await ShowConflictAsync();
            }

            result.AddTo(ModelState, "Input");
        }

        var saved = await db.Reviews.Where(r => r.Id == Review.Id).Select(r => new { r.ReviewTypeId, r.OwnerUserId }).SingleAsync();
        await LoadChoicesAsync(saved.ReviewTypeId, saved.OwnerUserId);
        return Page();
    }

    private async Task<IActionResult> ShowConflictAsync()
    {
        var now = await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == Review.Id);
        var typeName = await db.ReviewTypes.Where(t => t.Id == now.ReviewTypeId).Select(t => t.Name).SingleAsync();
        var owner = await db.Users.Where(u => u.Id == now.OwnerUserId).Select(u => u.DisplayName).FirstOrDefaultAsync();
        Current = (now.WorkingTitle, typeName, now.Status, owner);
        Version = now.Version;
        ModelState.Clear();
        await LoadChoicesAsync(now.ReviewTypeId, now.OwnerUserId);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task LoadChoicesAsync(Guid currentType, Guid? currentOwner)
    {
        Types = (await reviews.ActiveTypesAsync(Review.PartnershipId, currentType, HttpContext.RequestAborted))
            .Select(t => new GovUkOption(t.Id.ToString(), t.Name))
            .ToList();
        Owners =
        [
            new SelectListItem("No owner yet", string.Empty),
            .. (await reviews.OwnerChoicesAsync(Review.PartnershipId, currentOwner, HttpContext.RequestAborted))
                .Select(o => new SelectListItem(o.InBusinessUnit ? o.DisplayName : $"{o.DisplayName} (no longer in the business unit)", o.UserId.ToString())),
        ];
    }
}
