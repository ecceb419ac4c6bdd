namespace Lantern.Web.Pages.Admin.CodingSchemes;

/// <summary>One scheme in the administrator's list: a default (read only) or one of the partnership's own.</summary>
public sealed record CodingSchemeRow(string Key, string Name, CodingSchemePurpose Purpose, int Version, int CodeCount, bool IsDefault, bool IsRetired);

/// <summary>Reads for the coding scheme pages.</summary>
public static class CodingSchemeQueries
{
    public static IReadOnlyList<GovUkOption> PurposeOptions { get; } =
    [
        new(nameof(CodingSchemePurpose.ContributoryFactors), Describe(CodingSchemePurpose.ContributoryFactors), "Reviewers code key practice episodes with it"),
        new(nameof(CodingSchemePurpose.Patterns), Describe(CodingSchemePurpose.Patterns), "Reviewers code findings with it"),
    ];

    public static string Describe(CodingSchemePurpose purpose) =>
        purpose == CodingSchemePurpose.Patterns ? "Pattern categories" : "Contributory factors";

    public static async Task<List<CodingSchemeRow>> ListAsync(LanternDbContext db, Guid partnershipId, CancellationToken ct)
    {
        var own = (await db.CodingSchemes.AsNoTracking().Where(s => s.PartnershipId == partnershipId && s.SupersededAt == null).ToListAsync(ct))
            .OrderBy(s => s.IsRetired).ThenBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(s => new CodingSchemeRow(s.Key, s.Name, s.Purpose, s.SchemeVersion, s.ToScheme().All.Count(), false, s.IsRetired));
        return
        [
            new(DefaultCodingSchemes.FactorsKey, DefaultCodingSchemes.ContributoryFactors.Name, CodingSchemePurpose.ContributoryFactors,
                DefaultCodingSchemes.ContributoryFactors.Version, DefaultCodingSchemes.ContributoryFactors.All.Count(), true, false),
            new(DefaultCodingSchemes.PatternsKey, DefaultCodingSchemes.UnderlyingPatterns.Name, CodingSchemePurpose.Patterns,
                DefaultCodingSchemes.UnderlyingPatterns.Version, DefaultCodingSchemes.UnderlyingPatterns.All.Count(), true, false),
            .. own,
        ];
    }
}

public sealed class CodingSchemeInput
{
    [Display(Name = "Name", Order = 1)]
    public string? Name { get; set; }

    [Display(Name = "What it is for", Order = 2)]
    public CodingSchemePurpose? Purpose { get; set; }

    [Display(Name = "Codes", Order = 3)]
    public string? Outline { get; set; }
}
