namespace Lantern.Web.Pages;

[PublicPage]
public sealed class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}
