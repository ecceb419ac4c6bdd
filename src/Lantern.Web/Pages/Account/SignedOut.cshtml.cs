using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages.Account;

[PublicPage]
public sealed class SignedOutModel : PageModel
{
    public void OnGet()
    {
    }
}
