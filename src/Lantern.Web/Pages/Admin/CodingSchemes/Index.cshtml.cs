namespace Lantern.Web.Pages.Admin.CodingSchemes;

[PartnershipPage(PartnershipPermission.ManageCodingSchemes)]
public sealed class IndexModel(LanternDbContext db) : PageModel
{
    public IReadOnlyList<CodingSchemeRow> Schemes { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync() => Schemes = await CodingSchemeQueries.ListAsync(db, User.RequireActor().PartnershipId, HttpContext.RequestAborted);
}
