using Lantern.Data;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Pages.Analysis;

/// <summary>Checks and helpers the analysis services share.</summary>
internal static class AnalysisWrites
{
    /// <summary>Adds an error when required text is blank or any text is too long.</summary>
    public static void Text(List<(string, string)> errors, string field, string? value, int max, string? missing, string label)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            if (missing is not null)
            {
                errors.Add((field, missing));
            }
        }
        else if (text.Length > max)
        {
            errors.Add((field, $"{label} must be {max:N0} characters or fewer"));
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

    /// <summary>An item's refusal as the result of the write.</summary>
    public static WriteResult Refused(Core.Analysis.Refusal refusal) => new(false, refusal.Problems);

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

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
