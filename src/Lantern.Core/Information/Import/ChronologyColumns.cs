namespace Lantern.Core.Information.Import;

/// <summary>One column Lantern reads from an agency's chronology file: its key, the heading the template uses,
/// whether a file must have it, and other headings accepted for it without asking.</summary>
public sealed record ChronologyColumn(string Key, string Heading, bool Required, string Hint, IReadOnlyList<string> Synonyms);

/// <summary>The columns of a chronology file and the headings agencies commonly use for them.</summary>
public static class ChronologyColumns
{
    public const string Date = "date";
    public const string Time = "time";
    public const string Precision = "precision";
    public const string EventType = "event-type";
    public const string Description = "description";
    public const string People = "people";
    public const string AuthorRole = "author-role";
    public const string SourceReference = "source-reference";

    public static IReadOnlyList<ChronologyColumn> All { get; } =
    [
        new(Date, "Date", true, "The day it happened (31/01/2024), or the month (01/2024) if that is all you know",
            ["Date of event", "Event date", "Date of contact", "Contact date", "Date of incident", "Incident date", "Date seen", "When", "Entry date"]),
        new(Time, "Time", false, "Optional, 24-hour clock (14:30)", ["Time of event", "Event time", "Time of contact", "Contact time"]),
        new(Precision, "Date precision", false, "day, month or approximate; leave blank for day",
            ["Precision", "Date accuracy", "Accuracy", "Date is"]),
        new(EventType, "Event type", true, "What kind of event, for example Home visit or Strategy discussion",
            ["Type", "Type of event", "Type of contact", "Contact type", "Event", "Category", "Activity", "Contact"]),
        new(Description, "Description", true, "What happened, in the words of your records",
            ["Details", "Detail", "Summary", "Event description", "Description of event", "Notes", "Narrative", "What happened", "Event details"]),
        new(People, "People involved", false, "Who was there or talked about, separated by commas",
            ["People", "Persons involved", "Who was involved", "Individuals", "Attendees", "Participants", "Present"]),
        new(AuthorRole, "Author role", false, "The role of the person who made the record, not their name",
            ["Author", "Recorded by role", "Role of author", "Practitioner role", "Worker role", "Role"]),
        new(SourceReference, "Source record reference", false, "Your own reference for the record, so you can find it again",
            ["Source reference", "Record reference", "Agency reference", "Reference", "Ref", "Case note reference", "Record number", "Record id",
                "Source document", "Source record", "Source ref", "Document reference", "Doc ref", "Reference number", "Ref no",
                "Record ref", "Case note ref", "Case note number", "Original record", "File reference", "Entry reference", "Entry id"]),
    ];

    private static readonly Dictionary<string, ChronologyColumn> ByHeading = BuildHeadings();

    public static ChronologyColumn Find(string key) => All.Single(c => c.Key == key);

    /// <summary>The column a file's heading stands for, ignoring case, spaces and punctuation; null if none.</summary>
    public static ChronologyColumn? ForHeading(string heading) =>
        ByHeading.TryGetValue(Squash(heading), out var column) ? column : null;

    /// <summary>
    /// Matches a file's headings to Lantern's columns. Each column takes the first heading that names it; headings
    /// that name nothing (or a column already taken) are ignored and listed, so the person uploading can see them.
    /// </summary>
    public static ColumnMapping AutoMap(IReadOnlyList<string> headings)
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

        return new ColumnMapping(mapping, ignored);
    }

    /// <summary>The required columns a mapping has no file column for.</summary>
    public static IReadOnlyList<ChronologyColumn> Missing(IReadOnlyDictionary<string, int> mapping) =>
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

    private static Dictionary<string, ChronologyColumn> BuildHeadings()
    {
        var headings = new Dictionary<string, ChronologyColumn>();
        foreach (var column in All)
        {
            headings[Squash(column.Heading)] = column;
            foreach (var synonym in column.Synonyms)
            {
                headings[Squash(synonym)] = column;
            }
        }

        return headings;
    }
}

/// <summary>Which file column each Lantern column comes from (by index), and the file's headings left unused.</summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Ignored)
{
    public IReadOnlyList<ChronologyColumn> Missing => ChronologyColumns.Missing(Columns);

    public bool IsComplete => Missing.Count == 0;
}
