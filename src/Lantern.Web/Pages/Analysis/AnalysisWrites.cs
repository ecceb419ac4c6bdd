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
