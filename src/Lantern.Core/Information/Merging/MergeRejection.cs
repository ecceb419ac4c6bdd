namespace Lantern.Core.Information.Merging;

/// <summary>
/// A reviewer's word that two entries are not the same event, so they are never proposed together again.
/// Held by the entries' lineages, so the decision survives an agency re-uploading its chronology.
/// </summary>
public sealed class MergeRejection
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The smaller of the two lineage ids (see <see cref="LineagePair.Of"/>).</summary>
    public Guid FirstLineageId { get; set; }

    public Guid SecondLineageId { get; set; }
    public Guid RejectedByUserId { get; set; }
    public DateTime RejectedAt { get; set; }
}

/// <summary>Two lineages in a fixed order, so a pair is the same whichever entry is named first.</summary>
public readonly record struct LineagePair(Guid First, Guid Second)
{
    public static LineagePair Of(Guid a, Guid b) => a.CompareTo(b) <= 0 ? new(a, b) : new(b, a);
}
