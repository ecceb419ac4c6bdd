namespace Lantern.Web.Pages.Information.Documents;

/// <summary>A document's details, as the upload and change forms give them.</summary>
public class DocumentInput
{
    public static IReadOnlyList<GovUkOption> SensitivityOptions { get; } =
    [
        new(nameof(Core.Information.Sensitivity.Normal), "Normal", "Ordinary care: anyone on the review team may read it"),
        new(nameof(Core.Information.Sensitivity.Sensitive), "Sensitive", "Personal or confidential details: share only with those who need them"),
        new(nameof(Core.Information.Sensitivity.HighlySensitive), "Highly sensitive", "For example health records, police intelligence or details of abuse: as few people as possible"),
    ];

    public static IReadOnlyList<GovUkOption> DisclosableOptions { get; } =
    [
        new(nameof(Disclosability.Yes), "Yes"),
        new(nameof(Disclosability.No), "No"),
        new(nameof(Disclosability.NotDecided), "Not decided yet"),
    ];

    [Display(Name = "Title", Order = 2)]
    public string? Title { get; set; }

    [Display(Name = "Owner", Order = 3)]
    public Guid? OwnerAgencyId { get; set; }

    [Display(Name = "Where it came from", Order = 4)]
    public string? Provenance { get; set; }

    [Display(Order = 5)]
    [Required(ErrorMessage = "Select how sensitive the document is")]
    public Sensitivity? Sensitivity { get; set; }

    [Display(Order = 6)]
    [Required(ErrorMessage = "Select whether the document may be disclosed, or Not decided yet")]
    public Disclosability? Disclosable { get; set; }

    [Display(Name = "Description", Order = 7)]
    public string? Description { get; set; }

    public DocumentDetails ToDetails() =>
        new(Title, OwnerAgencyId, Provenance, Sensitivity ?? Core.Information.Sensitivity.Normal, Disclosable ?? Disclosability.NotDecided, Description);
}

public sealed class DocumentUploadInput : DocumentInput
{
    [Display(Name = "File", Order = 1)]
    public IFormFile? File { get; set; }
}

public sealed class ChangeDocumentInput : DocumentInput
{
    public Guid Version { get; set; }

    public static ChangeDocumentInput From(EvidenceDocument document) => new()
    {
        Title = document.Title,
        OwnerAgencyId = document.OwnerAgencyId,
        Provenance = document.Provenance,
        Sensitivity = document.Sensitivity,
        Disclosable = document.Disclosable,
        Description = document.Description,
        Version = document.Version,
    };
}
