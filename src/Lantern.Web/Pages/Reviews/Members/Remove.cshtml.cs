namespace Lantern.Web.Pages.Reviews.Members;

[ReviewPage(ReviewPermission.ManageMembers, AuditActions.ReviewMembersViewed)]
public sealed class RemoveModel(MemberService members) : ReviewPageModel
{
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

        Version = Member.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid memberId)
    {
        if (!await LoadAsync(memberId))
        {
            return NotFound();
        }

        var result = await members.RemoveMemberAsync(new RemoveMemberOptions(Review.Id, memberId, Version), HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"{Member.Name} no longer has a role on this review";
            return RedirectToPage("/Reviews/Members/Index", new { reviewId = Review.Id });
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        Conflict = true;
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
}
