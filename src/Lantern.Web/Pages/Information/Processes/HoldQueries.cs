namespace Lantern.Web.Pages.Information.Processes;

/// <summary>What the partial _Holds shows: the holds in force on one review for one part of it.</summary>
public sealed record HoldScope(Guid ReviewId, ReviewHold Scope, bool CanOpenProcesses);

/// <summary>
/// The holds parallel processes put on a review, for any page they bite on: the review overview and the
/// information hub (all), the family pages (family involvement), the plan (publication) and, later, the
/// conversation pages (conversations). Render them with <c>&lt;partial name="_Holds" model="new HoldScope(...)" /&gt;</c>.
/// </summary>
public sealed class HoldQueries(LanternDbContext db)
{
    /// <summary>Holds in force on the review that hold any part of <paramref name="scope"/>, or all of them for <see cref="ReviewHold.None"/>.</summary>
    public async Task<IReadOnlyList<ActiveHold>> ActiveAsync(Guid reviewId, ReviewHold scope = ReviewHold.None, CancellationToken cancellationToken = default)
    {
        var constraints = await db.ProcessConstraints.AsNoTracking().Where(c => c.ReviewId == reviewId && c.LiftedOn == null).ToListAsync(cancellationToken);
        if (constraints.Count == 0)
        {
            return [];
        }

        var processes = await db.ParallelProcesses.AsNoTracking().Where(p => p.ReviewId == reviewId).ToListAsync(cancellationToken);
        return HoldRules.Active(processes, constraints, scope);
    }
}
