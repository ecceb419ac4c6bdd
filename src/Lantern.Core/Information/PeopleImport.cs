namespace Lantern.Core.Information;

/// <summary>
/// An uploaded file of people for the register, held apart until every row is valid or left out with a
/// reason, then added in one transaction: the same quarantine and all-or-nothing rules as chronologies.
/// </summary>
public sealed class PeopleImport : IHeldImport
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string FileName { get; set; } = string.Empty;
    public string Sha256 { get; set; } = string.Empty;
    public ImportStatus Status { get; set; }

    /// <summary>The file's headings, in order.</summary>
    public List<string> Headers { get; set; } = [];

    /// <summary>For each register field (by its key, e.g. "name"), the index of the file's column it comes from.</summary>
    public Dictionary<string, int> Mapping { get; set; } = [];

    /// <summary>How many people were added when it was applied.</summary>
    public int PeopleAdded { get; set; }

    public Guid UploadedByUserId { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid? AppliedByUserId { get; set; }
    public DateTime? AppliedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One row of a people import, as read from the file, with any problems found in it.</summary>
public sealed class PeopleImportRow : IHeldImportRow
{
    public Guid Id { get; set; }
    public Guid ImportId { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The row's number in the file (1 = the first row after the headings).</summary>
    public int RowNumber { get; set; }

    /// <summary>The cells, in the file's column order, as text.</summary>
    public List<string> Cells { get; set; } = [];

    /// <summary>The problems found, one per cell at most; empty when the row is valid.</summary>
    public List<CellProblem> Problems { get; set; } = [];

    /// <summary>Set when someone chose to leave the row out, with their reason.</summary>
    public string? ExclusionReason { get; set; }

    /// <summary>The cells as the file had them, kept when the row is first corrected.</summary>
    public List<string>? OriginalCells { get; set; }
}
