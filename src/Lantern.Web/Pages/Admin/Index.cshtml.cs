using Lantern.Core.Access;
using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Admin;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
