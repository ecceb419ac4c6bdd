namespace Lantern.Web.Pages.Admin;

[PartnershipPage(PartnershipPermission.ManageUsers)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
