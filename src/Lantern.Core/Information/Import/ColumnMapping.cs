namespace Lantern.Core.Information.Import;

/// <summary>Which file column each Lantern column comes from (by index), the file's headings left unused, and the
/// required columns no heading named.</summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Ignored, IReadOnlyList<ImportColumn> Missing)
{
    public bool IsComplete => Missing.Count == 0;

    /// <summary>
    /// What is wrong with the file columns someone chose for a kind of file's columns (each column's key to the index
    /// of a file column, null for none): a required column without one, an index that is not one of the file's
    /// columns, or a file column chosen for a second column. Each error is keyed by the column it is about, in the
    /// columns' order, those chosen twice last; none when the choice can be used.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Check(IReadOnlyList<ImportColumn> columns, IReadOnlyDictionary<string, int?> chosen,
        IReadOnlyList<string> headers)
    {
        var errors = new List<(string, string)>();
        foreach (var column in columns)
        {
            var index = chosen.GetValueOrDefault(column.Key);
            if (column.Required && index is null)
            {
                errors.Add((column.Key, $"Select the column that holds the {column.Heading.ToLowerInvariant()}"));
            }
            else if (index is { } i && (i < 0 || i >= headers.Count))
            {
                errors.Add((column.Key, $"Select one of the file's columns for the {column.Heading.ToLowerInvariant()}"));
            }
        }

        // Only choices of real columns count as "chosen twice": an index outside the file is reported above, and a
        // key that is not one of the columns (a crafted post) is no choice at all.
        var real = chosen.Where(c => c.Value is { } i && i >= 0 && i < headers.Count && columns.Any(k => k.Key == c.Key));
        foreach (var twice in real.GroupBy(c => c.Value).Where(g => g.Count() > 1))
        {
            var first = columns.First(c => c.Key == twice.First().Key);
            foreach (var column in twice.Skip(1))
            {
                errors.Add((column.Key, $"The column \u201C{headers[twice.Key!.Value]}\u201D is already chosen for the {first.Heading.ToLowerInvariant()}"));
            }
        }

        return errors;
    }

    /// <summary>A choice <see cref="Check"/> passed, as a mapping: the columns given a file column, by key.</summary>
    public static Dictionary<string, int> Chosen(IReadOnlyDictionary<string, int?> chosen) =>
        chosen.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);
}
