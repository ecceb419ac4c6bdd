namespace Lantern.Web.Pages.Analysis;

/// <summary>One field of an item two people changed at once: what this person typed and what the other saved.</summary>
public sealed record ConflictRow(string Label, string? Yours, string? Saved);

/// <summary>What the conflict page shows: who saved first, when, and each field that differs.</summary>
public sealed record Conflict(string SavedBy, DateTime SavedAt, IReadOnlyList<ConflictRow> Rows)
{
    public static Conflict Of(string savedBy, DateTime savedAt, IEnumerable<ConflictRow> rows) =>
        new(savedBy, savedAt, rows.Where(r => !string.Equals(Normalise(r.Yours), Normalise(r.Saved), StringComparison.Ordinal)).ToList());

    private static string Normalise(string? text) => (text ?? string.Empty).Trim().ReplaceLineEndings("\n");
}

/// <summary>Answers a save refused because someone else saved first: names them, keeps the form's text, and
/// returns what the page shows side by side, with a 409 status.</summary>
public static class ConflictResponse
{
    public static async Task<Conflict> ShowAsync(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, Data.LanternDbContext db, string what, Guid savedByUserId, DateTime savedAt,
        IEnumerable<ConflictRow> rows, CancellationToken ct)
    {
        var savedBy = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Users.Where(u => u.Id == savedByUserId).Select(u => u.DisplayName), ct) ?? "Someone";

        // The form keeps what this person typed; saving again with the newer version knowingly replaces the other.
        page.ModelState.Remove("Input.Version");
        page.ModelState.AddModelError(string.Empty, $"{savedBy} saved this {what} while you were editing it. Your changes are not saved yet: compare the two versions below, then save again");
        page.Response.StatusCode = StatusCodes.Status409Conflict;
        return Conflict.Of(savedBy, savedAt, rows);
    }
}
