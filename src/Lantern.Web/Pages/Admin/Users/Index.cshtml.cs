namespace Lantern.Web.Pages.Admin.Users;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class IndexModel(UserQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public UserSort Sort { get; set; }

    /// <summary>From ?page= (see <see cref="Paging.RequestedPage"/>).</summary>
    public int PageNumber { get; private set; } = 1;

    public PagedResult<UserRow> People { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        PageNumber = Request.RequestedPage();
        ModelState.Clear();
        if (!Enum.IsDefined(Sort))
        {
            Sort = UserSort.Name;
        }

        People = await queries.ListAsync(User.RequireActor().PartnershipId, Sort, PageNumber, HttpContext.RequestAborted);
    }

    public string PageUrl(int page) => Paging.PageLink("/admin/users", page, ("sort", Sort.ToString()));

    public string SortUrl(UserSort sort) => Url.Page("/Admin/Users/Index", new { sort })!;
}
