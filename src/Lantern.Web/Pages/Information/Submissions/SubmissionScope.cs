namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>
/// Whose chronology someone may see or submit, as the record rules decide (<see cref="RecordKind.ChronologySubmission"/>
/// in <see cref="RecordVisibility"/>): those who read the review's information see every agency's; the business unit
/// and lead reviewer submit for any agency; an agency contact sees and submits only their own agency's (another
/// agency's pages are "not found" to them). This helper only reads the agencies through the record rules'
/// queries (<c>ChronologiesVisibleTo</c>, <c>ChronologiesChangeableBy</c>); it decides nothing of its own.
/// </summary>
public static class SubmissionScope
{
    /// <summary>The agency of the review's partnership whose chronology the person may see; null when there is none they may.</summary>
    public static Task<Agency?> VisibleAgencyAsync(LanternDbContext db, ReviewContext review, Guid agencyId, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().ChronologiesVisibleTo(review.Viewer).SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken);

    /// <summary>The agency of the review's partnership the person may send a chronology for; null when they may not.</summary>
    public static Task<Agency?> ChangeableAgencyAsync(LanternDbContext db, ReviewContext review, Guid agencyId, CancellationToken cancellationToken) =>
        db.Agencies.AsNoTracking().ChronologiesChangeableBy(review.Viewer).SingleOrDefaultAsync(a => a.Id == agencyId, cancellationToken);

    public static Task<bool> MaySubmitForAsync(LanternDbContext db, ReviewContext review, Guid agencyId, CancellationToken cancellationToken) =>
        db.Agencies.ChronologiesChangeableBy(review.Viewer).AnyAsync(a => a.Id == agencyId, cancellationToken);

    /// <summary>The ids of the agencies the person may send a chronology (and map event words) for.</summary>
    public static async Task<HashSet<Guid>> SubmitsForAsync(LanternDbContext db, ReviewContext review, CancellationToken cancellationToken) =>
        (await db.Agencies.ChronologiesChangeableBy(review.Viewer).Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Whether the person chooses the agency (business unit, lead reviewer) rather than submitting for their own.</summary>
    public static bool ChoosesAgency(ReviewContext review) => review.Viewer.Changes(RecordKind.ChronologySubmission) == RecordScope.All;

    /// <summary>The partnership's agencies this person may see, those in the terms of reference first, then by name.</summary>
    public static async Task<List<Agency>> AgenciesAsync(LanternDbContext db, ReviewContext review, CancellationToken cancellationToken) =>
        (await AgenciesInOrderAsync(db, review, cancellationToken)).Select(a => a.Agency).ToList();

    /// <summary>The partnership's agencies this person may see in the shared order (<see cref="Information.AgencyOrder"/>),
    /// each with whether the terms of reference leave it out.</summary>
    public static async Task<List<(Agency Agency, bool OutsideTerms)>> AgenciesInOrderAsync(LanternDbContext db, ReviewContext review,
        CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .ChronologiesVisibleTo(review.Viewer)
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var ordered = await Information.AgencyOrder.SortAsync(db, review.Id, agencies.Values.Select(a => (a.Id, a.Name)), cancellationToken);
        return ordered.Select(a => (agencies[a.Id], a.OutsideTerms)).ToList();
    }

    /// <summary>An agency's name for a list, with the hint when the terms of reference leave it out.</summary>
    public static string ListName(string name, bool outsideTerms) => outsideTerms ? $"{name} ({Information.AgencyOrder.OutsideTermsHint})" : name;

    public static string Describe(int added, int changed, int removed) =>
        $"{Plural(added, "row")} added, {changed:N0} changed, {removed:N0} removed";

    public static string Plural(int n, string one) => $"{n:N0} {(n == 1 ? one : one + "s")}";
}
