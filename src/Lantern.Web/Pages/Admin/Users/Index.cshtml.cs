using Lantern.Core.Access;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin.Users;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class IndexModel(UserQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public UserSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<UserRow> People { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        ModelState.Clear();
        if (!Enum.IsDefined(Sort))
        {
            Sort = UserSort.Name;
        }

        People = await queries.ListAsync(User.RequireActor().PartnershipId, Sort, PageNumber, HttpContext.RequestAborted);
    }

    public string PageUrl(int page) => Url.Page("/Admin/Users/Index", new { sort = Sort, page })!;

    public string SortUrl(UserSort sort) => Url.Page("/Admin/Users/Index", new { sort })!;
}
