namespace Lantern.Web.Pages.Reviews.Members;

[ReviewPage(ReviewPermission.ManageMembers, AuditActions.ReviewMembersViewed)]
public sealed class ChangeModel(MemberService members) : ReviewPageModel
{
    [BindProperty(Name = "Input")]
    public ChangeInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public MemberRow Member { get; private set; } = null!;

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid memberId)
    {
        if (!await LoadAsync(memberId))
        {
            return NotFound();
        }

        Input.Role = Member.Role;
        Version = Member.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid memberId)
    {
        if (!await LoadAsync(memberId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await members.ChangeMemberAsync(new ChangeMemberOptions(Review.Id, memberId, Input.Role!.Value, Version),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"{Member.Name} is now {Input.Role.Value.DisplayName().ToLowerInvariant()} on this review";
            return RedirectToPage("/Reviews/Members/Index", new { reviewId = Review.Id });
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        Conflict = true;
        ModelState.Clear();
        Input.Role = Member.Role;
        Version = Member.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid memberId)
    {
        var member = await members.FindAsync(Review.Id, memberId, HttpContext.RequestAborted);
        if (member is null)
        {
            return false;
        }

        Member = member;
        return true;
    }

    public sealed class ChangeInput : IValidatableObject
    {
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
