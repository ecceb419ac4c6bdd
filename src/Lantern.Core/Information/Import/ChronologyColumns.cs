namespace Lantern.Core.Information.Import;

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

    private static readonly ImportColumnSet Columns = new(
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
    ]);

    public static IReadOnlyList<ImportColumn> All => Columns.All;

    public static ImportColumn Find(string key) => Columns.Find(key);

    /// <summary>The column a file's heading stands for, ignoring case, spaces and punctuation; null if none.</summary>
    public static ImportColumn? ForHeading(string heading) => Columns.ForHeading(heading);

    /// <summary>
    /// Matches a file's headings to Lantern's columns. Each column takes the first heading that names it; headings
    /// that name nothing (or a column already taken) are ignored and listed, so the person uploading can see them.
    /// </summary>
    public static ColumnMapping AutoMap(IReadOnlyList<string> headings) => Columns.Map(headings);
}
