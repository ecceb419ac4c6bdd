namespace Lantern.Core.Information.Merging;

/// <summary>What duplicate detection needs to know about one current entry.</summary>
/// <param name="EventType">The Lantern type the entry is treated as (the mapped type, else the agency's words).</param>
/// <param name="PersonIds">The people linked to the entry, in any order.</param>
/// <param name="Names">The words in the description that matched people, left out when descriptions are compared.</param>
public sealed record EntryFacts(
    Guid Id,
    Guid AgencyId,
    Guid LineageId,
    DateOnly Date,
    string EventType,
    IReadOnlyCollection<Guid> PersonIds,
    bool IsMerged = false,
    TimeOnly? Time = null,
    string? Description = null,
    IReadOnlyCollection<string>? Names = null);

/// <summary>Why two or more entries look like one event.</summary>
[Flags]
public enum DuplicateReason
{
    None = 0,
    SameDay = 1,
    SharedPeople = 2,
    SameMeetingType = 4,

    /// <summary>The descriptions use the same distinctive words.</summary>
    SimilarWords = 8,

    /// <summary>Both give a time, within an hour of each other.</summary>
    CloseTimes = 16,

    /// <summary>One agency recorded the event more than once.</summary>
    SameAgency = 32,
}

/// <summary>Entries that look like one event, best first, with a score from 0 to 1.</summary>
/// <param name="Similarity">How alike the descriptions are (weighted Jaccard of their words, 0 to 1; the best pair).</param>
public sealed record DuplicateProposal(IReadOnlyList<Guid> EntryIds, double Score, DuplicateReason Reasons, int SharedPeople, double Similarity = 0)
{
    /// <summary>Records of one multi-agency meeting, proposed before ordinary contacts.</summary>
    public bool IsMeeting => Reasons.HasFlag(DuplicateReason.SameMeetingType);
}
