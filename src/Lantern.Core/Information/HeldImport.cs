namespace Lantern.Core.Information;

/// <summary>An uploaded file held apart until every row is valid or left out with a reason: an agency's chronology
/// (<see cref="ChronologyImport"/>) or a list of people for the register (<see cref="PeopleImport"/>).</summary>
public interface IHeldImport : IVersioned
{
    Guid Id { get; }

    Guid ReviewId { get; }

    ImportStatus Status { get; set; }

    /// <summary>The file's headings, in order.</summary>
    List<string> Headers { get; }

    /// <summary>For each of Lantern's columns (by its key), the index of the file's column it comes from.</summary>
    Dictionary<string, int> Mapping { get; }
}

/// <summary>One row of a held upload, as read from the file (<see cref="ImportRow"/>, <see cref="PeopleImportRow"/>).</summary>
public interface IHeldImportRow
{
    Guid Id { get; }

    Guid ImportId { get; }

    int RowNumber { get; }

    /// <summary>The cells, in the file's column order, as text.</summary>
    List<string> Cells { get; }
}
