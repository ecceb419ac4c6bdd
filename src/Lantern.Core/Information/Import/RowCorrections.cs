namespace Lantern.Core.Information.Import;

/// <summary>How a row held in an upload (a chronology or a file of people) is corrected or left out in the browser.</summary>
public static class RowCorrections
{
    /// <summary>The row's cells with the values typed for its columns (by key) in the file columns they map to, trimmed;
    /// the row is lengthened with empty cells to reach a column added to the upload. Columns not typed keep their cell.</summary>
    public static List<string> Apply(IReadOnlyList<string> cells, IReadOnlyDictionary<string, int> mapping, IReadOnlyDictionary<string, string?> values)
    {
        var corrected = cells.ToList();
        foreach (var (key, index) in mapping)
        {
            while (corrected.Count <= index)
            {
                corrected.Add(string.Empty);
            }

            if (values.TryGetValue(key, out var value))
            {
                corrected[index] = value?.Trim() ?? string.Empty;
            }
        }

        return corrected;
    }

    /// <summary>Why a reason for leaving a row out (already trimmed) cannot be kept; null when it can.</summary>
    public static string? ExclusionProblem(string reason) =>
        reason.Length == 0 ? "Say why this row is being left out"
        : reason.Length > ImportRow.ExclusionReasonMaxLength ? "The reason must be 500 characters or fewer"
        : null;
}
