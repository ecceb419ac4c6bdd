namespace Lantern.Web.Pages.Information;

/// <summary>Puts a review's agencies in the shared order (<see cref="AgenciesInScope"/>): those in the terms of
/// reference first. Every agency list of the chronology pages goes through here.</summary>
public static class AgencyOrder
{
    /// <summary>The hint shown beside an agency the terms of reference leave out.</summary>
    public const string OutsideTermsHint = "not in the terms of reference";

    public static async Task<IReadOnlyList<ScopedAgency>> SortAsync(LanternDbContext db, Guid reviewId, IEnumerable<(Guid Id, string Name)> agencies, CancellationToken ct) =>
        AgenciesInScope.Order(agencies, await InScopeAsync(db, reviewId, ct));

    /// <summary>The agencies in scope in the terms of reference in force, or null before there are terms.</summary>
    public static async Task<IReadOnlyCollection<Guid>?> InScopeAsync(LanternDbContext db, Guid reviewId, CancellationToken ct)
    {
        var versions = await db.TermsOfReference.AsNoTracking().Where(t => t.ReviewId == reviewId)
            .Select(t => new { t.VersionNumber, t.Status, t.AgencyIdsInScope })
            .ToListAsync(ct);
        var inForce = versions.Where(t => t.Status == TermsStatus.Agreed).MaxBy(t => t.VersionNumber) ?? versions.MaxBy(t => t.VersionNumber);
        return inForce?.AgencyIdsInScope;
    }
}
