namespace Lantern.Core.Information.Import;

/// <summary>What Lantern needs of an entry of the version in use to carry it over to the next one.</summary>
public sealed record PreviousEntry(
    Guid LineageId,
    Guid? MergedEventId,
    DateOnly Date,
    TimeOnly? Time,
    DatePrecision Precision,
    string EventType,
    string Description,
    string? PeopleInvolved,
    string? AuthorRole,
    string? SourceReference);

/// <summary>Where a new row came from: the earlier entry it continues (null when it is new) and whether it changed.</summary>
public readonly record struct RowLineage(PreviousEntry? Previous, bool Changed);

/// <summary>The rows of a new version matched to the entries of the one before, and the summary of the change.</summary>
public sealed record VersionComparison(IReadOnlyList<RowLineage> Rows, int Added, int Changed, int Removed);

/// <summary>
/// Matches a new version of an agency's chronology to the version in use, so an entry keeps its lineage (and
/// any merge a reviewer confirmed) across re-uploads: by the agency's source record reference when the row
/// has one, otherwise by the same date, event type and wording.
/// </summary>
public static class VersionComparer
{
    public static VersionComparison Compare(IReadOnlyList<PreviousEntry> previous, IReadOnlyList<ChronologyRow> rows)
    {
        var byReference = new Dictionary<string, Queue<PreviousEntry>>(StringComparer.OrdinalIgnoreCase);
        var byContent = new Dictionary<(DateOnly, string, string), Queue<PreviousEntry>>();
        foreach (var entry in previous)
        {
            if (entry.SourceReference is { Length: > 0 } reference)
            {
                Enqueue(byReference, reference.Trim(), entry);
            }

            Enqueue(byContent, ContentKey(entry.Date, entry.EventType, entry.Description), entry);
        }

        var used = new HashSet<PreviousEntry>(ReferenceEqualityComparer.Instance);
        var lineage = new RowLineage[rows.Count];
        int added = 0, changed = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var match = row.SourceReference is { Length: > 0 } reference && byReference.TryGetValue(reference.Trim(), out var sameReference)
                ? Take(sameReference, used)
                : null;
            if (match is null && byContent.Count > 0 && byContent.TryGetValue(ContentKey(row.Date, row.EventType, row.Description), out var sameContent))
            {
                match = Take(sameContent, used);
            }

            if (match is null)
            {
                added++;
                lineage[i] = new RowLineage(null, false);
                continue;
            }

            var isChanged = match.Date != row.Date || match.Time != row.Time || match.Precision != row.Precision ||
                match.EventType != row.EventType || match.Description != row.Description || match.PeopleInvolved != row.PeopleInvolved ||
                match.AuthorRole != row.AuthorRole || match.SourceReference != row.SourceReference;
            changed += isChanged ? 1 : 0;
            lineage[i] = new RowLineage(match, isChanged);
        }

        return new VersionComparison(lineage, added, changed, previous.Count - used.Count);
    }

    private static (DateOnly, string, string) ContentKey(DateOnly date, string eventType, string description) =>
        (date, eventType.Trim().ToUpperInvariant(), string.Join(' ', description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant());

    private static void Enqueue<TKey>(Dictionary<TKey, Queue<PreviousEntry>> index, TKey key, PreviousEntry entry)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var queue))
        {
            index[key] = queue = new Queue<PreviousEntry>();
        }

        queue.Enqueue(entry);
    }

    private static PreviousEntry? Take(Queue<PreviousEntry> queue, HashSet<PreviousEntry> used)
    {
        while (queue.TryDequeue(out var entry))
        {
            if (used.Add(entry))
            {
                return entry;
            }
        }

        return null;
    }
}
