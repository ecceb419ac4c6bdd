using Lantern.Data;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.SettingUp;

public static class UniqueSaves
{
    /// <summary>As <see cref="ConcurrencyExtensions.SaveOrConflictAsync"/>, for a write that may add a record
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
}
