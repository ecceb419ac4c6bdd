namespace Lantern.Core.Information;

/// <summary>The kinds of file Lantern accepts as evidence. Anything else is refused.</summary>
public enum DocumentKind
{
    Pdf,
    Word,
    Excel,
    Csv,
    Text,
    Png,
    Jpeg,
}

/// <summary>How carefully a document or item must be handled.</summary>
public enum Sensitivity
{
    /// <summary>Ordinary care: shared with the review team.</summary>
    Normal,

    /// <summary>Personal or confidential details: share only with those who need them.</summary>
    Sensitive,

    /// <summary>For example health, police intelligence or sexual abuse details: the fewest people possible.</summary>
    HighlySensitive,
}

/// <summary>Whether a document may be disclosed (to the family, a court, the police) if asked.</summary>
public enum Disclosability
{
    NotDecided,
    Yes,
    No,
}

/// <summary>
/// A file gathered as evidence (records, minutes, policies). The file itself is kept outside the web root
/// under a random name (<see cref="StoredName"/>), never the name it was uploaded with, and its SHA-256 digest
/// is checked again on every download.
/// </summary>
public sealed class EvidenceDocument : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int ProvenanceMaxLength = 500;
    public const int DescriptionMaxLength = 2000;
    public const int FileNameMaxLength = 200;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public string Title { get; set; } = string.Empty;
    public string? Description { get; set; }

    /// <summary>The agency the document belongs to: it decides whether it may be disclosed.</summary>
    public Guid OwnerAgencyId { get; set; }

    /// <summary>Where it came from ("Sent by the school's safeguarding lead on 3 March").</summary>
    public string Provenance { get; set; } = string.Empty;

    public Sensitivity Sensitivity { get; set; }
    public Disclosability Disclosable { get; set; }
    public DocumentKind Kind { get; set; }

    /// <summary>The name the file had when uploaded, shown to readers and offered on download.</summary>
    public string OriginalFileName { get; set; } = string.Empty;

    /// <summary>The random name the file is stored under.</summary>
    public string StoredName { get; set; } = string.Empty;

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the file, lower-case hex.</summary>
    public string Sha256 { get; set; } = string.Empty;

    public Guid UploadedByUserId { get; set; }
    public DateTime UploadedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class DocumentKinds
{
    /// <summary>The content type each kind is always served with (never text/html).</summary>
    public static string ContentType(this DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "application/pdf",
        DocumentKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        DocumentKind.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        DocumentKind.Csv => "text/csv",
        DocumentKind.Text => "text/plain",
        DocumentKind.Png => "image/png",
        DocumentKind.Jpeg => "image/jpeg",
        _ => "application/octet-stream",
    };

    public static string DisplayName(this DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "PDF",
        DocumentKind.Word => "Word document",
        DocumentKind.Excel => "Excel workbook",
        DocumentKind.Csv => "CSV file",
        DocumentKind.Text => "Text file",
        DocumentKind.Png => "PNG image",
        DocumentKind.Jpeg => "JPEG image",
        _ => kind.ToString(),
    };

    /// <summary>The file name endings that may carry each kind.</summary>
    public static DocumentKind? FromExtension(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => DocumentKind.Pdf,
        ".docx" => DocumentKind.Word,
        ".xlsx" => DocumentKind.Excel,
        ".csv" => DocumentKind.Csv,
        ".txt" => DocumentKind.Text,
        ".png" => DocumentKind.Png,
        ".jpg" or ".jpeg" => DocumentKind.Jpeg,
        _ => null,
    };

    public static string DisplayName(this Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Normal => "Normal",
        Sensitivity.Sensitive => "Sensitive",
        Sensitivity.HighlySensitive => "Highly sensitive",
        _ => sensitivity.ToString(),
    };

    public static string DisplayName(this Disclosability disclosable) => disclosable switch
    {
        Disclosability.Yes => "Yes",
        Disclosability.No => "No",
        Disclosability.NotDecided => "Not decided",
        _ => disclosable.ToString(),
    };

    /// <summary>A size as people read it: "340 KB", "2.4 MB".</summary>
    public static string ReadableSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Max(1, bytes / 1024)} KB",
        _ => (bytes / (1024d * 1024d)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB",
    };
}
