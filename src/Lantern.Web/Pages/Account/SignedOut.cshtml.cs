namespace Lantern.Web.Pages.Account;

[PublicPage]
public sealed class SignedOutModel : PageModel
{
    public void OnGet()
    {
    }
}
