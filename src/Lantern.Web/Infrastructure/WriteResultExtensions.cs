using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lantern.Web.Infrastructure;

public static class WriteResultExtensions
{
    /// <summary>Shows a refused write's errors against their fields (under <paramref name="prefix"/>).</summary>
    public static void AddTo(this WriteResult result, ModelStateDictionary modelState, string prefix)
    {
        foreach (var (field, message) in result.Errors)
        {
            modelState.AddModelError(field.Length == 0 ? string.Empty : $"{prefix}.{field}", message);
        }
    }
}

public static class ConcurrencyExtensions
{
    /// <summary>Saves, turning a concurrency failure (someone else saved first) into <see cref="WriteResult.Stale"/>.
    /// Nothing is written in that case: the change and its audit event are refused together.</summary>
    public static async Task<WriteResult> SaveOrConflictAsync(this Lantern.Data.LanternDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult.Done;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return WriteResult.Stale;
        }
    }
}
