namespace Lantern.Core.Information.Import;

/// <summary>
/// What kind of spreadsheet an upload should be, so the file reader can speak of it in its messages ("Upload the
/// chronology again", "Upload the list of people again") and tell one of its headings when they are all in one cell.
/// </summary>
/// <param name="Noun">What the file holds, after "the": "chronology", "list of people".</param>
/// <param name="RowsHint">What belongs under the headings, after "Add": "the chronology's entries".</param>
/// <param name="IsKnownHeading">Whether a heading names one of the kind's columns.</param>
public sealed record TableFileKind(string Noun, string RowsHint, Func<string, bool> IsKnownHeading)
{
    public static TableFileKind Chronology { get; } = new("chronology", "the chronology's entries", h => ChronologyColumns.ForHeading(h) is not null);

    public static TableFileKind People { get; } = new("list of people", "the people, one on each row,", h => PeopleColumns.ForHeading(h) is not null);
}
