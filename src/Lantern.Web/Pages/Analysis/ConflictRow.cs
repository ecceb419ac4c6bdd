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
