namespace Lantern.Web.Pages.Admin.CodingSchemes;

/// <summary>One scheme's codes, in any of its versions. Lantern's own schemes are shown read only.</summary>
[PartnershipPage(PartnershipPermission.ManageCodingSchemes)]
public sealed class SchemeModel(LanternDbContext db) : PageModel
{
    public CodingScheme Scheme { get; private set; } = null!;

    public CodingSchemePurpose Purpose { get; private set; }

    public bool IsDefault { get; private set; }

    public bool IsRetired { get; private set; }

    public bool IsLatest { get; private set; } = true;

    public IReadOnlyList<(int Version, DateTime CreatedAt)> Versions { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string schemeKey, int? version)
    {
        if (DefaultCodingSchemes.All.FirstOrDefault(s => s.Key == schemeKey) is { } builtIn)
        {
            Scheme = builtIn;
            IsDefault = true;
            Purpose = builtIn.Key == DefaultCodingSchemes.PatternsKey ? CodingSchemePurpose.Patterns : CodingSchemePurpose.ContributoryFactors;
            return version is null or 1 ? Page() : NotFound();
        }

        var rows = await db.CodingSchemes.AsNoTracking().Where(s => s.PartnershipId == User.RequireActor().PartnershipId && s.Key == schemeKey)
            .OrderByDescending(s => s.SchemeVersion).ToListAsync(HttpContext.RequestAborted);
        var row = version is null ? rows.FirstOrDefault() : rows.FirstOrDefault(r => r.SchemeVersion == version);
        if (row is null)
        {
            return NotFound();
        }

        Scheme = row.ToScheme();
        Purpose = row.Purpose;
        IsRetired = rows[0].IsRetired;
        IsLatest = row == rows[0];
        Versions = rows.Select(r => (r.SchemeVersion, r.CreatedAt)).ToList();
        return Page();
    }
}
