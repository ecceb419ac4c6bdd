namespace Lantern.Core.Information.Import;

/// <summary>One valid row of an agency's chronology, ready to become a <see cref="ChronologyEntry"/>.</summary>
public sealed record ChronologyRow(
    int RowNumber,
    DateOnly Date,
    TimeOnly? Time,
    DatePrecision Precision,
    string EventType,
    string Description,
    string? PeopleInvolved,
    string? AuthorRole,
    string? SourceReference,
    EntryFlags Flags = EntryFlags.None);

/// <summary>What checking one row found: the row when it is valid, otherwise its problems; warnings either way.</summary>
public sealed record RowCheck(ChronologyRow? Row, IReadOnlyList<CellProblem> Problems, IReadOnlyList<CellProblem> Warnings)
{
    public bool IsValid => Problems.Count == 0;
}
