using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Reviews;

[PartnershipPage(PartnershipPermission.CreateReview)]
public sealed class CreateModel(ReviewService reviews) : PageModel
{
    [BindProperty(Name = "Input")]
    public ReviewInput Input { get; set; } = new();

    public IReadOnlyList<GovUkOption> Types { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Statuses { get; } = ReviewInput.StatusItems();

    /// <summary>Other reviews of the partnership with the same working title, once the form has been sent.</summary>
    public IReadOnlyList<SameTitleReview> SameTitle { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        Input.Status = ReviewStatus.Referral;
        await LoadTypesAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var actor = User.RequireActor();
        if (ModelState.IsValid)
        {
            var (result, reviewId) = await reviews.CreateReviewAsync(
                new CreateReviewOptions(actor.PartnershipId, Input.WorkingTitle!, Input.ReviewTypeId!.Value, Input.Status!.Value, Input.CreateAnyway),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                var others = await reviews.SameTitleAsync(actor, Input.WorkingTitle!, reviewId, HttpContext.RequestAborted);
                Notice = $"Review {ReviewTitle.Normalise(Input.WorkingTitle!)} created. Give people roles on it from Members." +
                         (others.Count == 0 ? string.Empty : others.All(o => o.IsWithdrawn)
                             ? " A withdrawn review had the same working title."
                             : " Another review has the same working title: check the two are not the same case.");
                return RedirectToPage("/Reviews/Review", new { reviewId });
            }

            result.AddTo(ModelState, "Input");
        }

        if (ReviewTitle.Check(Input.WorkingTitle) is null)
        {
            SameTitle = await reviews.SameTitleAsync(actor, Input.WorkingTitle!, null, HttpContext.RequestAborted);
        }

        await LoadTypesAsync();
        return Page();
    }

    private async Task LoadTypesAsync()
    {
        var actor = User.RequireActor();
        Types = (await reviews.ActiveTypesAsync(actor.PartnershipId, null, HttpContext.RequestAborted))
            .Select(t => new GovUkOption(t.Id.ToString(), t.Name))
            .ToList();
    }
}

public sealed class ReviewInput : IValidatableObject
{
    [Display(Name = "Working title")]
    [Required(ErrorMessage = "Enter a working title, such as Child Q")]
    [StringLength(ReviewTitle.MaxLength, ErrorMessage = "Working title must be 60 characters or fewer")]
    public string? WorkingTitle { get; set; }

    [Display(Name = "Type of review")]
    [Required(ErrorMessage = "Select the type of review")]
    public Guid? ReviewTypeId { get; set; }

    [Display(Name = "Status")]
    [Required(ErrorMessage = "Select the status of the review")]
    public ReviewStatus? Status { get; set; }

    /// <summary>Only when creating: the person has seen the reviews with the same working title and wants another.</summary>
    public bool CreateAnyway { get; set; }

    /// <summary>Only on the details page: the person in the business unit who looks after the review, or none.</summary>
    [Display(Name = "Owner")]
    public Guid? OwnerUserId { get; set; }

    /// <summary>Every status but withdrawn: a review is withdrawn on its own page, with a reason.</summary>
    public static IReadOnlyList<SelectListItem> StatusItems() =>
        ReviewStatusNames.All.Where(s => s != ReviewStatus.Withdrawn).Select(s => new SelectListItem(s.DisplayName(), s.ToString())).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(WorkingTitle) && ReviewTitle.Check(WorkingTitle) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(WorkingTitle)]);
        }

        if (Status is { } status && (!Enum.IsDefined(status) || status == ReviewStatus.Withdrawn))
        {
            yield return new ValidationResult("Select the status of the review", [nameof(Status)]);
        }
    }
}
