namespace Lantern.Web.Pages.Admin.CodingSchemes;

/// <summary>Stops offering one of the partnership's schemes for coding; what was coded with it still shows.</summary>
[PartnershipPage(PartnershipPermission.ManageCodingSchemes)]
public sealed class RetireModel(CodingSchemeService schemes) : PageModel
{
    [BindProperty]
    public Guid Version { get; set; }

    public CodingScheme Latest { get; private set; } = null!;

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string schemeKey) => await FindAsync(schemeKey) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string schemeKey)
    {
        var posted = Version;
        if (!await FindAsync(schemeKey))
        {
            return NotFound();
        }

        var result = await schemes.RetireCodingSchemeAsync(new RetireCodingSchemeOptions(User.RequireActor().PartnershipId, schemeKey, posted),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"{Latest.Name} retired";
            return RedirectToPage("/Admin/CodingSchemes/Index");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        Conflict = true;
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> FindAsync(string schemeKey)
    {
        var latest = await schemes.LatestAsync(User.RequireActor().PartnershipId, schemeKey, HttpContext.RequestAborted);
        if (latest is null || latest.IsRetired)
        {
            return false;
        }

        Latest = latest.ToScheme();
        Version = latest.Version;
        return true;
    }
}
