namespace Lantern.Core.Information;

/// <summary>How exactly an entry's date is known.</summary>
public enum DatePrecision
{
    /// <summary>The date, and the time when one is given.</summary>
    Day,

    /// <summary>Only the month is known; the date is held as the first of the month.</summary>
    Month,

    /// <summary>An approximate date ("about", "early spring").</summary>
    Approximate,
}

/// <summary>
/// What an entry carries forward from the checks made when it arrived, shown on the table, the timeline and
/// the entry, and filterable. Kept on the entry so a warning accepted at import is never forgotten.
/// </summary>
[Flags]
public enum EntryFlags
{
    None = 0,

    /// <summary>Dated after the incident that led to the review.</summary>
    AfterIncident = 1,

    /// <summary>Dated outside the period the terms of reference set.</summary>
    OutsideReviewPeriod = 2,

    /// <summary>Let in with no description.</summary>
    EmptyDescription = 4,

    /// <summary>Corrected in the quarantine before it was applied: the import row keeps what the agency wrote.</summary>
    Corrected = 8,
}

/// <summary>How a version of an agency's chronology arrived.</summary>
public enum SubmissionSource
{
    Upload,
    Form,
}

/// <summary>One agency's chronology for one review. Each upload or set of form entries that is applied makes
/// a new <see cref="SubmissionVersion"/>; old versions are kept.</summary>
public sealed class ChronologySubmission : IVersioned
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid AgencyId { get; set; }

    /// <summary>The number of the version in use (0 before any is applied).</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One applied version of an agency's chronology, with what changed from the one before.</summary>
public sealed class SubmissionVersion
{
    public const int FileNameMaxLength = 200;

    public Guid Id { get; set; }
    public Guid SubmissionId { get; set; }
    public Guid ReviewId { get; set; }
    public int Number { get; set; }
    public SubmissionSource Source { get; set; }

    /// <summary>The uploaded file's name, as given (uploads only).</summary>
    public string? FileName { get; set; }

    /// <summary>SHA-256 of the uploaded file, in lower-case hex (uploads only).</summary>
    public string? Sha256 { get; set; }

    public int RowCount { get; set; }
    public int RowsAdded { get; set; }
    public int RowsChanged { get; set; }
    public int RowsRemoved { get; set; }
    public Guid AppliedByUserId { get; set; }
    public DateTime AppliedAt { get; set; }
}

/// <summary>
/// One event in an agency's chronology: a factual record, not an analysis. Entries of old versions are kept
/// with <see cref="IsCurrent"/> false. <see cref="LineageId"/> stays the same for "the same" entry across
/// versions (matched by source reference, or by date, type and wording), so merges survive a re-upload.
/// </summary>
public sealed class ChronologyEntry
{
    public const int EventTypeMaxLength = 80;
    public const int DescriptionMaxLength = 8000;
    public const int PeopleMaxLength = 1000;
    public const int AuthorRoleMaxLength = 120;
    public const int SourceReferenceMaxLength = 120;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid AgencyId { get; set; }
    public Guid SubmissionVersionId { get; set; }
    public Guid LineageId { get; set; }
    public bool IsCurrent { get; set; }

    /// <summary>The row in the agency's file or form (1 = the first row after the headings).</summary>
    public int RowNumber { get; set; }

    public DateOnly Date { get; set; }
    public TimeOnly? Time { get; set; }
    public DatePrecision Precision { get; set; }

    /// <summary>The event as the agency named it, kept as written (a listed type's spelling when it is one).</summary>
    public string EventType { get; set; } = string.Empty;

    /// <summary>
    /// The Lantern event type (<see cref="EventTypes"/>) the agency's words mean, through the synonym list or a
    /// mapping someone made for this agency or partnership; null while the words match no type.
    /// </summary>
    public string? MappedType { get; set; }

    public string Description { get; set; } = string.Empty;

    /// <summary>The "people involved" column as the agency wrote it.</summary>
    public string? PeopleInvolved { get; set; }

    public string? AuthorRole { get; set; }
    public string? SourceReference { get; set; }

    /// <summary>The merged event this entry has been confirmed as part of, if any.</summary>
    public Guid? MergedEventId { get; set; }

    /// <summary>The warnings the entry arrived with (after the incident, outside the period, no description, corrected).</summary>
    public EntryFlags Flags { get; set; }

    /// <summary>The type Lantern treats the entry as: the mapped type, else the agency's words.</summary>
    public string EffectiveType => MappedType ?? EventType;
}

/// <summary>
/// Entries from several agencies that a reviewer confirmed describe the same event. Each agency's account is
/// kept as it was written; undoing the merge sets <see cref="UndoneAt"/> and frees the entries.
/// </summary>
public sealed class MergedEvent : IVersioned
{
    public const int NoteMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid ConfirmedByUserId { get; set; }
    public DateTime ConfirmedAt { get; set; }

    /// <summary>What the reviewer noted when confirming (for example, which differences to explore).</summary>
    public string? Note { get; set; }

    public DateTime? UndoneAt { get; set; }
    public Guid? UndoneByUserId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Where an upload waiting to be applied stands.</summary>
public enum ImportStatus
{
    /// <summary>The file's headings did not all match; someone must say which column is which.</summary>
    NeedsMapping,

    /// <summary>Some rows have problems to fix (or to exclude, with a reason) before anything is applied.</summary>
    Quarantined,

    /// <summary>Every row is valid; the import can be applied.</summary>
    Ready,

    /// <summary>Applied as a new version of the agency's chronology.</summary>
    Applied,

    /// <summary>Thrown away by the person who uploaded it (or someone who may edit the review's information).</summary>
    Discarded,
}

/// <summary>
/// An uploaded chronology file held apart from the chronology until every row is valid. Applying it creates
/// a new <see cref="SubmissionVersion"/> in one transaction; nothing from it reaches the chronology before.
/// </summary>
public sealed class ChronologyImport : IHeldImport
{
    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid AgencyId { get; set; }
    public string FileName { get; set; } = string.Empty;
    public string Sha256 { get; set; } = string.Empty;
    public ImportStatus Status { get; set; }

    /// <summary>The file's headings, in order.</summary>
    public List<string> Headers { get; set; } = [];

    /// <summary>For each Lantern column (by its key, e.g. "date"), the index of the file's column it comes from.</summary>
    public Dictionary<string, int> Mapping { get; set; } = [];

    public Guid UploadedByUserId { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid? SubmissionVersionId { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>One row of an import, as read from the file, with any problems found in it.</summary>
public sealed class ImportRow : IHeldImportRow
{
    public const int ExclusionReasonMaxLength = 500;

    public Guid Id { get; set; }
    public Guid ImportId { get; set; }
    public Guid ReviewId { get; set; }

    /// <summary>The row's number in the file (1 = the first row after the headings).</summary>
    public int RowNumber { get; set; }

    /// <summary>The cells, in the file's column order, as text.</summary>
    public List<string> Cells { get; set; } = [];

    /// <summary>The problems found, one per cell at most; empty when the row is valid.</summary>
    public List<CellProblem> Problems { get; set; } = [];

    /// <summary>Warnings that do not stop the row (for example, a date after the incident).</summary>
    public List<CellProblem> Warnings { get; set; } = [];

    /// <summary>Set when someone chose to leave the row out, with their reason; never done silently.</summary>
    public string? ExclusionReason { get; set; }

    /// <summary>The cells exactly as the agency's file had them, kept when the row is first corrected; null if never corrected.</summary>
    public List<string>? OriginalCells { get; set; }

    /// <summary>Who last corrected the row in the quarantine, and when.</summary>
    public Guid? CorrectedByUserId { get; set; }

    public DateTime? CorrectedAt { get; set; }
}

/// <summary>A plain-English problem with one cell: the Lantern column's key and the message.</summary>
public sealed record CellProblem(string Column, string Message);
