namespace Lantern.Web.Pages;

[PublicPage]
public sealed class AccessibilityModel : PageModel
{
    public void OnGet()
    {
    }
}
