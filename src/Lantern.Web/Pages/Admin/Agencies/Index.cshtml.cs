namespace Lantern.Web.Pages.Admin.Agencies;

[PartnershipPage(PartnershipPermission.ManageAgencies)]
public sealed class IndexModel(AgencyService agencies) : PageModel
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() =>
        Agencies = await agencies.ListAsync(User.RequireActor().PartnershipId, activeOnly: false, HttpContext.RequestAborted);
}
