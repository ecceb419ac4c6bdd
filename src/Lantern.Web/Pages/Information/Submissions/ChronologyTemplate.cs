using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>
/// The blank chronology agencies fill in: Lantern's headings and one example row of fictional content, as CSV or as
/// XLSX with a second sheet explaining each column and listing the event types (written by <see cref="ImportTemplate"/>).
/// </summary>
public static class ChronologyTemplate
{
    public static readonly string[] Example =
    [
        "14/03/2024", "10:30", "day", EventTypes.HomeVisit,
        "Planned visit. Mother and baby seen at home; the flat was warm and tidy. Safe sleep advice repeated.",
        "Mother, Baby", "Health visitor", "HV-2024-0142",
    ];

    public static byte[] Csv() => ImportTemplate.Csv(ChronologyColumns.All, [Example]);

    public static byte[] Xlsx() => ImportTemplate.Xlsx("Chronology", ChronologyColumns.All, [Example],
    [
        [],
        ["Event types", "Multi-agency meeting", "What it covers", "Some other words Lantern reads as this type"],
        .. EventTypes.All.Select(t => new[] { t.Name, t.IsMeeting ? "Yes" : "No", t.Hint, Synonyms(t.Name) }),
    ]);

    /// <summary>A few of the built-in words for a type, so agencies see their own words are understood.</summary>
    private static string Synonyms(string type) =>
        EventTypeSynonyms.ByType.TryGetValue(type, out var words) ? string.Join(", ", words.Take(8)) : string.Empty;
}
