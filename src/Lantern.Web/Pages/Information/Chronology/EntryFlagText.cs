namespace Lantern.Web.Pages.Information.Chronology;

/// <summary>The words for the warnings an entry arrived with, for tags and lists.</summary>
public static class EntryFlagText
{
    private static readonly (EntryFlags Flag, string Short, string Long)[] Texts =
    [
        (EntryFlags.AfterIncident, "After the incident", "Dated after the incident that led to the review"),
        (EntryFlags.OutsideReviewPeriod, "Outside the period", "Dated outside the period under review"),
        (EntryFlags.EmptyDescription, "No description", "The agency gave no description"),
        (EntryFlags.Corrected, "Corrected", "Corrected in Lantern before it was added"),
    ];

    /// <summary>Each flag set, in a fixed order, with a short label and a sentence.</summary>
    public static IEnumerable<(string Short, string Long)> Of(EntryFlags flags) =>
        Texts.Where(t => flags.HasFlag(t.Flag)).Select(t => (t.Short, t.Long));
}
