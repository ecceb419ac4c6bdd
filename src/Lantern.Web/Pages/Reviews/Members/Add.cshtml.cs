using Microsoft.AspNetCore.Mvc.Rendering;

namespace Lantern.Web.Pages.Reviews.Members;

[ReviewPage(ReviewPermission.ManageMembers, AuditActions.ReviewMembersViewed)]
public sealed class AddModel(MemberService members) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public AddInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> Roles { get; } =
        ReviewRoleNames.All.Select(r => new GovUkOption(r.ToString(), r.DisplayName(), r.Description())).ToList();

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => await LoadPeopleAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var result = await members.AddMemberAsync(new AddMemberOptions(Review.Id, Input.UserId!.Value, Input.Role!.Value),
                HttpContext.AuditActor(), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Notice = $"Role given: {Input.Role.Value.DisplayName()}";
                return RedirectToPage("/Reviews/Members/Index", new { reviewId = Review.Id });
            }

            result.AddTo(ModelState, "Input");
        }

        await LoadPeopleAsync();
        return Page();
    }

    private async Task LoadPeopleAsync()
    {
        var candidates = await members.CandidatesAsync(Review.Id, Review.PartnershipId, HttpContext.RequestAborted);
        People = [new SelectListItem("Choose a person", string.Empty), .. candidates.Select(c => new SelectListItem($"{c.Name} ({c.Agency})", c.UserId.ToString()))];
    }

    public sealed class AddInput : IValidatableObject
    {
        [Display(Name = "Person")]
        [Required(ErrorMessage = "Select the person to give a role to")]
        public Guid? UserId { get; set; }

        [Display(Name = "Role")]
        [Required(ErrorMessage = "Select their role on this review")]
        public ReviewRole? Role { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Role is { } role && !Enum.IsDefined(role))
            {
                yield return new ValidationResult("Select their role on this review", [nameof(Role)]);
            }
        }
    }
}
