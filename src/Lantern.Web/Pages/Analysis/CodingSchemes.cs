namespace Lantern.Web.Pages.Analysis;

/// <summary>
/// The coding schemes a partnership codes with: Lantern's defaults and the ones its administrators added, every
/// version of which stays readable so codes keep the names they were given. Reads the partnership's schemes once
/// per request (they are few and small).
/// </summary>
public sealed class CodingSchemes(LanternDbContext db)
{
    private readonly Dictionary<Guid, List<(StoredCodingScheme Row, CodingScheme Scheme)>> byPartnership = [];

    public static CodingScheme DefaultFor(CodingSchemePurpose purpose) =>
        purpose == CodingSchemePurpose.Patterns ? DefaultCodingSchemes.UnderlyingPatterns : DefaultCodingSchemes.ContributoryFactors;

    public static bool IsDefault(string schemeKey) => DefaultCodingSchemes.All.Any(s => s.Key == schemeKey);

    /// <summary>The schemes offered for coding: the default first, then the latest version of each of the
    /// partnership's own that is not retired, by name.</summary>
    public async Task<IReadOnlyList<CodingScheme>> AvailableAsync(Guid partnershipId, CodingSchemePurpose purpose, CancellationToken ct) =>
        [DefaultFor(purpose), .. (await LoadAsync(partnershipId, ct))
            .Where(s => s.Row.Purpose == purpose && s.Row.SupersededAt is null && !s.Row.IsRetired)
            .OrderBy(s => s.Row.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(s => s.Scheme)];

    /// <summary>The scheme with this key and version, including superseded and retired versions; null if unknown.</summary>
    public async Task<CodingScheme?> FindAsync(Guid partnershipId, string key, int version, CancellationToken ct) =>
        DefaultCodingSchemes.All.FirstOrDefault(s => s.Key == key && s.Version == version)
        ?? (await LoadAsync(partnershipId, ct)).Where(s => s.Row.Key == key && s.Row.SchemeVersion == version).Select(s => s.Scheme).FirstOrDefault();

    /// <summary>The codes on one item, each described with the scheme and version it was coded against.</summary>
    public async Task<List<CodeRow>> CodesAsync(Guid partnershipId, Guid itemId, CancellationToken ct) =>
        await DescribeAsync(partnershipId, await db.AnalysisCodes.AsNoTracking().Where(c => c.ItemId == itemId).ToListAsync(ct), ct);

    /// <summary>Codes grouped by the scheme they were coded against (defaults first), each scheme's in its own
    /// order. A code from a scheme Lantern no longer knows shows its key.</summary>
    public async Task<List<CodeRow>> DescribeAsync(Guid partnershipId, IEnumerable<AnalysisCode> codes, CancellationToken ct)
    {
        var rows = new List<CodeRow>();
        foreach (var group in codes.GroupBy(c => (c.SchemeKey, c.SchemeVersion)).OrderBy(g => IsDefault(g.Key.SchemeKey) ? 0 : 1))
        {
            var scheme = await FindAsync(partnershipId, group.Key.SchemeKey, group.Key.SchemeVersion, ct);
            var label = scheme is null ? group.Key.SchemeKey : $"{scheme.Name}, version {scheme.Version}";
            var isDefault = IsDefault(group.Key.SchemeKey);
            var known = scheme is null ? [] : AnalysisQueries.Describe(group.Select(c => c.CodeKey), scheme);
            var byKey = group.GroupBy(c => c.CodeKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            rows.AddRange(known.Select(c => c with { Scheme = label, FromDefault = isDefault, IsMain = byKey[c.Key].IsMain, Note = byKey[c.Key].Note }));
            rows.AddRange(group.Where(c => known.All(k => k.Key != c.CodeKey)).OrderBy(c => c.CodeKey, StringComparer.Ordinal)
                .Select(c => new CodeRow(c.CodeKey, c.CodeKey, c.CodeKey, label, isDefault) { IsMain = c.IsMain, Note = c.Note }));
        }

        // The main code first, then by scheme (a stable sort keeps each scheme's own order).
        return rows.OrderBy(r => r.IsMain ? 0 : 1).ThenBy(r => r.FromDefault ? 0 : 1).ThenBy(r => r.Scheme, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    private async Task<List<(StoredCodingScheme Row, CodingScheme Scheme)>> LoadAsync(Guid partnershipId, CancellationToken ct)
    {
        if (!byPartnership.TryGetValue(partnershipId, out var schemes))
        {
            schemes = (await db.CodingSchemes.AsNoTracking().Where(s => s.PartnershipId == partnershipId).ToListAsync(ct))
                .Select(s => (s, s.ToScheme())).ToList();
            byPartnership[partnershipId] = schemes;
        }

        return schemes;
    }
}
