namespace Lantern.Web.Pages.Information.Documents;

/// <summary>What is said about a document, as the forms give it.</summary>
public sealed record DocumentDetails(string? Title, Guid? OwnerAgencyId, string? Provenance, Sensitivity Sensitivity, Disclosability Disclosable, string? Description);

/// <param name="Length">The file's size as the request gave it, when known: a file over the limit is refused before any of it is kept.</param>
public sealed record UploadDocumentOptions(Guid ReviewId, Guid PartnershipId, DocumentDetails Details, string? FileName, Stream? Content, long? Length = null);

public sealed record ChangeDocumentOptions(Guid ReviewId, Guid PartnershipId, Guid DocumentId, DocumentDetails Details, Guid Version);

/// <summary>A document's file ready to send, or why it cannot be.</summary>
public sealed record DocumentDownload(Stream? Content, string ContentType, string FileName, string? Problem);

/// <summary>
/// Evidence documents: uploaded with their details, checked against the allow-list by content, kept outside the
/// web root, listed in the index of material, and sent back only after their digest is checked.
/// </summary>
public sealed class DocumentService(LanternDbContext db, DocumentStore store, AuditRecorder recorder)
{
    public const string Location = "Lantern (uploaded document)";

    public string TooLarge => $"The selected file must be smaller than {store.Options.MaxFileMegabytes} MB";

    public async Task<(WriteResult Result, Guid? DocumentId)> UploadDocumentAsync(UploadDocumentOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A document is uploaded by a signed-in person.");
        var errors = await CheckDetailsAsync(options.Details, options.PartnershipId, cancellationToken);
        var fileName = DocumentFileNames.Clean(options.FileName);
        if (options.Content is null || fileName.Length == 0)
        {
            errors.Add(("File", "Select a file to upload"));
        }
        else if (options.Length > store.Options.MaxFileBytes)
        {
            errors.Add(("File", TooLarge));
        }
        else if (fileName.Length > EvidenceDocument.FileNameMaxLength)
        {
            errors.Add(("File", "The file's name must be 200 characters or fewer. Rename it and try again"));
        }

        if (errors.Count > 0)
        {
            return (new WriteResult(false, errors), null);
        }

        using var incoming = await store.ReceiveAsync(options.Content!, cancellationToken);
        if (incoming.TooLarge)
        {
            return (WriteResult.Refused("File", TooLarge), null);
        }

        ContentCheck check;
        await using (var content = incoming.OpenRead())
        {
            check = DocumentContent.Check(content, fileName, new ContentLimits(store.Options.MaxUnpackedMegabytes * 1024L * 1024L));
        }

        if (!check.Accepted)
        {
            return (WriteResult.Refused("File", check.Problem!), null);
        }

        var details = options.Details;
        var document = new EvidenceDocument
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            Title = details.Title!.Trim(),
            Description = Clean(details.Description),
            OwnerAgencyId = details.OwnerAgencyId!.Value,
            Provenance = details.Provenance!.Trim(),
            Sensitivity = details.Sensitivity,
            Disclosable = details.Disclosable,
            Kind = check.Kind!.Value,
            OriginalFileName = fileName,
            StoredName = DocumentStore.NewStoredName(),
            SizeBytes = incoming.Size,
            Sha256 = incoming.Sha256,
            UploadedByUserId = userId,
            UploadedAt = recorder.Now,
        };
        db.Documents.Add(document);
        db.MaterialItems.Add(new MaterialItem
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            Kind = MaterialKind.Document,
            Title = document.Title,
            OwnerAgencyId = document.OwnerAgencyId,
            ItemDate = recorder.Today,
            Location = Location,
            Sensitivity = document.Sensitivity,
            DocumentId = document.Id,
            CreatedByUserId = userId,
            CreatedAt = recorder.Now,
        });
        recorder.Audit(audit, AuditActions.DocumentUploaded, options.ReviewId, options.PartnershipId, "Document", document.Id);
        await db.SaveChangesAsync(cancellationToken);

        // Only once the database holds the record: a failed save leaves no file, and the incoming copy is deleted.
        store.Keep(incoming, document.StoredName);
        return (WriteResult.Done, document.Id);
    }

    public async Task<WriteResult> ChangeDocumentAsync(ChangeDocumentOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == options.DocumentId && d.ReviewId == options.ReviewId, cancellationToken);
        if (document is null)
        {
            return WriteResult.Missing;
        }

        var errors = await CheckDetailsAsync(options.Details, options.PartnershipId, cancellationToken);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(document).Property(d => d.Version).OriginalValue = options.Version;
        var details = options.Details;
        document.Title = details.Title!.Trim();
        document.Description = Clean(details.Description);
        document.OwnerAgencyId = details.OwnerAgencyId!.Value;
        document.Provenance = details.Provenance!.Trim();
        document.Sensitivity = details.Sensitivity;
        document.Disclosable = details.Disclosable;

        // The index of material shows the document as it is described now.
        if (await db.MaterialItems.SingleOrDefaultAsync(m => m.DocumentId == document.Id, cancellationToken) is { } item)
        {
            item.Title = document.Title;
            item.OwnerAgencyId = document.OwnerAgencyId;
            item.Sensitivity = document.Sensitivity;
        }

        recorder.Audit(audit, AuditActions.DocumentChanged, options.ReviewId, options.PartnershipId, "Document", document.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>The file, once its digest matches the one recorded at upload; audited as downloaded either way.</summary>
    public async Task<DocumentDownload?> DownloadAsync(Guid reviewId, Guid partnershipId, Guid documentId, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.ReviewId == reviewId, cancellationToken);
        if (document is null)
        {
            return null;
        }

        recorder.Audit(audit, AuditActions.DocumentDownloaded, reviewId, partnershipId, "Document", document.Id);
        await db.SaveChangesAsync(cancellationToken);

        var content = store.Open(document.StoredName);
        string? problem = null;
        if (content is null)
        {
            problem = "The file for this document cannot be found. Ask your administrator to restore it from a backup";
        }
        else if (await DocumentStore.DigestAsync(content, cancellationToken) != document.Sha256)
        {
            await content.DisposeAsync();
            content = null;
            problem = "The file for this document has changed since it was uploaded, so Lantern will not send it. Ask your administrator to restore it from a backup";
        }

        return new DocumentDownload(content, document.Kind.ContentType(), document.OriginalFileName, problem);
    }

    /// <summary>What is wrong with a document's details, field by field (empty when nothing is).</summary>
    public async Task<List<(string Field, string Message)>> CheckDetailsAsync(DocumentDetails details, Guid partnershipId, CancellationToken cancellationToken)
    {
        var errors = new List<(string Field, string Message)>();
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            errors.Add(("Title", "Enter a title for the document"));
        }
        else if (details.Title.Trim().Length > EvidenceDocument.TitleMaxLength)
        {
            errors.Add(("Title", "The title must be 200 characters or fewer"));
        }

        if (details.OwnerAgencyId is not { } agencyId || !await db.Agencies.AnyAsync(a => a.Id == agencyId && a.PartnershipId == partnershipId, cancellationToken))
        {
            errors.Add(("OwnerAgencyId", "Select the agency that owns the document"));
        }

        if (string.IsNullOrWhiteSpace(details.Provenance))
        {
            errors.Add(("Provenance", "Say where the document came from"));
        }
        else if (details.Provenance.Trim().Length > EvidenceDocument.ProvenanceMaxLength)
        {
            errors.Add(("Provenance", "Where it came from must be 500 characters or fewer"));
        }

        if (details.Description?.Trim().Length > EvidenceDocument.DescriptionMaxLength)
        {
            errors.Add(("Description", "The description must be 2,000 characters or fewer"));
        }

        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
