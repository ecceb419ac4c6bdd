using Lantern.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lantern.Web.Pages;

[PublicPage]
public sealed class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}
