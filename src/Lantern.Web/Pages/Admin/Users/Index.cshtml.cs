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

    /// <summary>From ?page= (bound by hand: "page" is a route value Razor Pages keeps for itself).</summary>
    public int PageNumber { get; private set; } = 1;

    public PagedResult<UserRow> People { get; private set; } = null!;

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync()
    {
        PageNumber = int.TryParse(Request.Query["page"], out var requested) && requested > 0 ? requested : 1;
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
