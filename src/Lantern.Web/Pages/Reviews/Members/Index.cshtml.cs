namespace Lantern.Web.Pages.Reviews.Members;

[ReviewPage(ReviewPermission.ViewMembers, AuditActions.ReviewMembersViewed)]
public sealed class IndexModel(MemberService members) : ReviewPageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Members = await members.ListAsync(Review.Id, HttpContext.RequestAborted);
        return Page();
    }
}
