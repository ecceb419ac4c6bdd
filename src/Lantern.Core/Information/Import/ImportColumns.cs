namespace Lantern.Core.Information.Import;

/// <summary>One column Lantern reads from an uploaded file (an agency's chronology, an attendance list or a list of
/// people): its key, the heading the template uses, whether a file must have it, what goes in it, and other headings
/// accepted for it without asking.</summary>
public sealed record ImportColumn(string Key, string Heading, bool Required, string Hint, IReadOnlyList<string> Synonyms);

/// <summary>
/// The columns of one kind of file, found by the headings a file gives them. Headings are compared ignoring case,
/// spaces and punctuation, and no heading names two columns of one kind of file (a test keeps it so).
/// </summary>
public sealed class ImportColumnSet
{
    private readonly Dictionary<string, ImportColumn> byHeading = [];

    public ImportColumnSet(IReadOnlyList<ImportColumn> all)
    {
        All = all;
        foreach (var column in all)
        {
            byHeading.TryAdd(Squash(column.Heading), column);
            foreach (var synonym in column.Synonyms)
            {
                byHeading.TryAdd(Squash(synonym), column);
            }
        }
    }

    /// <summary>The columns in the template's order.</summary>
    public IReadOnlyList<ImportColumn> All { get; }

    public ImportColumn Find(string key) => All.Single(c => c.Key == key);

    /// <summary>The column a file's heading stands for; null if none.</summary>
    public ImportColumn? ForHeading(string heading) => byHeading.TryGetValue(Squash(heading), out var column) ? column : null;

    /// <summary>
    /// Matches a file's headings to the columns. Each column takes the first heading that names it; headings that
    /// name nothing (or a column already taken) are ignored and listed, so the person uploading can see them.
    /// </summary>
    public ColumnMapping Map(IReadOnlyList<string> headings)
    {
        var mapping = new Dictionary<string, int>();
        var ignored = new List<string>();
        for (var i = 0; i < headings.Count; i++)
        {
            if (ForHeading(headings[i]) is { } column && !mapping.ContainsKey(column.Key))
            {
                mapping[column.Key] = i;
            }
            else if (headings[i].Trim().Length > 0)
            {
                ignored.Add(headings[i].Trim());
            }
        }

        return new ColumnMapping(mapping, ignored, Missing(mapping));
    }

    /// <summary>The required columns a mapping has no file column for.</summary>
    public IReadOnlyList<ImportColumn> Missing(IReadOnlyDictionary<string, int> mapping) =>
        All.Where(c => c.Required && !mapping.ContainsKey(c.Key)).ToList();

    /// <summary>Lower-case letters and digits only: "Date of contact", "DATE-OF-CONTACT" and "date_of_contact" agree.</summary>
    internal static string Squash(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
