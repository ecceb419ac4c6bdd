namespace Lantern.Core.Information.Merging;

/// <summary>What the "known at the time" rule needs about one current entry.</summary>
public sealed record DatedEntry(Guid Id, Guid AgencyId, DateOnly Date, Guid? MergedEventId);

/// <summary>
/// The guard against hindsight: what one agency knew by a date. That is its own entries dated on or before
/// the date, and, for every merged event it took part in by then (its own account of the event is dated on or
/// before the date), the other agencies' accounts of that event too, because a meeting it attended, or a
/// contact it was part of, is knowledge it shared.
/// </summary>
public static class KnownAtTheTime
{
    public const string Rule =
        "An agency knew what it had recorded itself on or before the date. It was also told what was shared at " +
        "the events it took part in by then: when an event has been merged, the other agencies' accounts of it count too.";

    public static IReadOnlyList<DatedEntry> Select(IEnumerable<DatedEntry> entries, Guid agencyId, DateOnly by)
    {
        var all = entries as IReadOnlyCollection<DatedEntry> ?? entries.ToList();
        var sharedEvents = all
            .Where(e => e.AgencyId == agencyId && e.Date <= by && e.MergedEventId is not null)
            .Select(e => e.MergedEventId!.Value)
            .ToHashSet();
        return all
            .Where(e => (e.AgencyId == agencyId && e.Date <= by) || (e.MergedEventId is { } merged && sharedEvents.Contains(merged)))
            .OrderBy(e => e.Date)
            .ToList();
    }

    /// <summary>Whether the entry was told to the agency (part of a shared event) rather than recorded by it.</summary>
    public static bool WasTold(DatedEntry entry, Guid agencyId) => entry.AgencyId != agencyId;
}
