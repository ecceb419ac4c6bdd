namespace Lantern.Web.Pages.Admin.CodingSchemes;

/// <summary>Publishes the next version of one of the partnership's schemes, starting from the latest codes.</summary>
[PartnershipPage(PartnershipPermission.ManageCodingSchemes)]
public sealed class NewVersionModel(CodingSchemeService schemes) : PageModel
{
    [BindProperty(Name = "Input")]
    public CodingSchemeInput Input { get; set; } = new();

    [BindProperty]
    public Guid Version { get; set; }

    public CodingScheme Latest { get; private set; } = null!;

    public bool Conflict { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string schemeKey)
    {
        if (!await FindAsync(schemeKey))
        {
            return NotFound();
        }

        Input.Outline = CodingSchemeOutline.Write(Latest.Codes);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string schemeKey)
    {
        var posted = Version;
        if (!await FindAsync(schemeKey))
        {
            return NotFound();
        }

        var result = await schemes.PublishCodingSchemeVersionAsync(
            new PublishCodingSchemeVersionOptions(User.RequireActor().PartnershipId, schemeKey, Input.Outline, posted),
            HttpContext.AuditActor(), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Notice = $"Version {Latest.Version + 1} of {Latest.Name} published";
            return Redirect($"/admin/coding-schemes/{schemeKey}");
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Conflict)
        {
            // Keep what they typed; the form now carries the newest token, so publishing again is deliberate.
            Conflict = true;
            ModelState.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        Version = posted;
        ModelState.Remove(nameof(Version));
        result.AddTo(ModelState, "Input");
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
