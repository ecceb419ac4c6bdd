namespace Lantern.Web.Pages.Admin.ReviewTypes;

[PartnershipPage(PartnershipPermission.ManageReviewTypes)]
public sealed class IndexModel(ReviewTypeService types) : PageModel
{
    public IReadOnlyList<ReviewTypeRow> Types { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Types = await types.ListAsync(User.RequireActor().PartnershipId, HttpContext.RequestAborted);
}
