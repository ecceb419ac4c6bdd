namespace Lantern.Web.Infrastructure;

/// <summary>
/// The ways a write ends, shared by every feature: a plain save that may meet someone else's save first, a save
/// of a record there is only one of, a change to a versioned item, and a save of something numbered in its review.
/// Each turns a lost race into <see cref="WriteResult.Stale"/>, with nothing written (the change and its audit event
/// from <see cref="Auditing.AuditRecorder"/> are refused together).
/// </summary>
public static class Saves
{
    /// <summary>Saves, turning a concurrency failure (someone else saved first) into <see cref="WriteResult.Stale"/>.
    /// Nothing is written in that case: the change and its audit event are refused together.</summary>
    public static async Task<WriteResult> SaveOrConflictAsync(this LanternDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return WriteResult.Stale;
        }
    }

    /// <summary>As <see cref="SaveOrConflictAsync"/>, for a write that may add a record
    /// there is only one of (a review's purpose or budget, a numbered version): when two people add it at the
    /// same moment the second save breaks the unique index, and that too is someone else saving first.
    /// Only the service's own checks stand before the save, so no other database error is expected here.</summary>
    public static async Task<WriteResult> SaveUniqueOrConflictAsync(this LanternDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult.Done;
        }
        catch (DbUpdateException)
        {
            return WriteResult.Stale;
        }
    }

    /// <summary>
    /// The common end of a change to a versioned item already found: refused with <paramref name="errors"/> if
    /// there are any, as stale if it was saved since <paramref name="version"/>; otherwise changed by
    /// <paramref name="apply"/>, audited by <paramref name="audit"/> and saved (stale again if someone saves in between).
    /// </summary>
    public static async Task<WriteResult> ChangeVersionedAsync<T>(LanternDbContext db, T item, Guid version, List<(string, string)> errors, Action<T> apply, Action audit,
        CancellationToken cancellationToken)
        where T : class, Core.IVersioned
    {
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        if (item.Version != version)
        {
            return WriteResult.Stale;
        }

        db.Entry(item).Property(nameof(Core.IVersioned.Version)).OriginalValue = version;
        apply(item);
        audit();
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>
    /// Saves something numbered in its review (episodes, findings, recommendations). Two people adding at the same
    /// moment can pick the same number; the unique index refuses the second, which then takes the next number.
    /// </summary>
    public static async Task<WriteResult> SaveNumberedAsync(LanternDbContext db, Func<Task> renumber, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return WriteResult.Done;
            }
            catch (DbUpdateConcurrencyException)
            {
                return WriteResult.Stale;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                await renumber();
            }
        }
    }
}
