using System.Security.Cryptography;
using Lantern.Core.Information.Import;
using Lantern.Web.Pages.Information.Submissions;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.PeopleImports;

public sealed record UploadPeopleOptions(Guid ReviewId, Guid PartnershipId, string FileName, byte[] Content);

/// <summary>How an upload of people ended: refused (nothing stored) or held as an import to map, fix or check.</summary>
public sealed record PeopleUploadOutcome(WriteResult Result, Guid? ImportId = null, ImportStatus? Status = null, IReadOnlyList<string>? Notes = null);

public sealed record MapPeopleColumnsOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, IReadOnlyDictionary<string, int?> Columns, Guid Version);

public sealed record FixPersonRowOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid RowId, IReadOnlyDictionary<string, string?> Cells);

public sealed record ExcludePersonRowOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid RowId, string Reason);

public sealed record ApplyPeopleImportOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid Version);

public sealed record DiscardPeopleImportOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid Version);

/// <summary>One person an upload will add, with the pseudonym they will have (proposed when the file gave none).</summary>
public sealed record PersonToAdd(PersonRow Row, string Pseudonym, bool Proposed);

/// <summary>
/// People added to the register from a file, with the rules of chronology uploads: a file is read and checked
/// row by row against the register's own rules, held apart until every row is valid or left out with a reason,
/// and nothing is added until then. Unlike a chronology, a clean file is not applied at once: the person
/// uploading sees who will be added, with the pseudonyms Lantern proposes, and confirms (people are not removed
/// as easily as a chronology version is replaced). Then everyone is added in one transaction, each audited as
/// the form audits them, and the chronology's entries are matched again so the new names are linked.
/// </summary>
public sealed partial class PeopleImportService(LanternDbContext db, AuditRecorder recorder, ChronologyLinks links, IOptions<ImportLimits> limits)
{
    /// <summary>A register is tens or hundreds of people; a file far longer than that is not a list of people.</summary>
    public const int MaxRows = 2_000;

    public ImportLimits Limits => limits.Value with { MaxRows = MaxRows };

    public async Task<PeopleUploadOutcome> UploadAsync(UploadPeopleOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("People are uploaded by a signed-in person.");
        var read = ChronologyFileReader.Read(options.Content, options.FileName, Limits, TableFileKind.People);
        if (read.Table is not { } table)
        {
            return new PeopleUploadOutcome(WriteResult.Refused("File", read.Error!));
        }

        // Rows with nothing in them (a spreadsheet's blank lines) are nobody: left out without a word, numbers kept.
        var rows = table.Rows.Select((cells, i) => (Number: i + 1, Cells: cells)).Where(r => !PeopleRowValidator.IsEmpty(r.Cells)).ToList();
        if (rows.Count == 0)
        {
            return new PeopleUploadOutcome(WriteResult.Refused("File", "The file has headings but no people. Add the people, one on each row, under the headings."));
        }

        var fileName = Path.GetFileName(options.FileName);
        var import = new PeopleImport
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            FileName = fileName.Length > SubmissionVersion.FileNameMaxLength ? fileName[..SubmissionVersion.FileNameMaxLength] : fileName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(options.Content)),
            Headers = [.. table.Headings],
            UploadedByUserId = userId,
            UploadedAt = recorder.Now,
        };
        var held = rows.Select(r => new PeopleImportRow
        {
            Id = Guid.NewGuid(),
            ImportId = import.Id,
            ReviewId = options.ReviewId,
            RowNumber = r.Number,
            Cells = [.. r.Cells],
        }).ToList();

        var mapping = PeopleColumns.AutoMap(table.Headings);
        if (PeopleColumns.IsComplete(mapping))
        {
            import.Mapping = new Dictionary<string, int>(mapping);
            await CheckAllAsync(import, held, options.PartnershipId, cancellationToken);
        }
        else
        {
            import.Status = ImportStatus.NeedsMapping;
        }

        var notes = table.Rows.Count > rows.Count ? [.. table.Notes, $"{Plural(table.Rows.Count - rows.Count, "empty row")} left out."] : table.Notes;
        db.PeopleImports.Add(import);
        db.PeopleImportRows.AddRange(held);
        recorder.Audit(audit, AuditActions.PeopleUploaded, options.ReviewId, options.PartnershipId, "PeopleImport", import.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new PeopleUploadOutcome(WriteResult.Done, import.Id, import.Status, notes);
    }

    public async Task<WriteResult> MapColumnsAsync(MapPeopleColumnsOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.ReviewId, options.ImportId, cancellationToken);
        if (import is null)
        {
            return WriteResult.Missing;
        }

        var errors = ColumnMapping.Check(PeopleColumns.All, options.Columns, import.Headers);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Mapping = ColumnMapping.Chosen(options.Columns);
        var rows = await RowsAsync(import.Id, cancellationToken);
        await CheckAllAsync(import, rows, options.PartnershipId, cancellationToken);
        recorder.Audit(audit, AuditActions.PeopleColumnsMapped, options.ReviewId, options.PartnershipId, "PeopleImport", import.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> FixRowAsync(FixPersonRowOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var (import, row) = await FindRowAsync(options.ReviewId, options.ImportId, options.RowId, cancellationToken);
        if (import is null || row is null)
        {
            return WriteResult.Missing;
        }

        // A field the file had no column for is added as a column of the import, so a row can be given, say, an agency.
        var headers = import.Headers.ToList();
        var mapping = new Dictionary<string, int>(import.Mapping);
        foreach (var column in PeopleColumns.All.Where(c => !mapping.ContainsKey(c.Key) && !string.IsNullOrWhiteSpace(options.Cells.GetValueOrDefault(c.Key))))
        {
            headers.Add(column.Heading);
            mapping[column.Key] = headers.Count - 1;
        }

        var cells = RowCorrections.Apply(row.Cells, mapping, options.Cells);

        var rows = await RowsAsync(import.Id, cancellationToken);
        var validator = await ValidatorAsync(import.ReviewId, options.PartnershipId, mapping, cancellationToken);
        var others = rows.Where(r => r.Id != row.Id && r.ExclusionReason is null && r.RowNumber < row.RowNumber).Select(Of)
            .Append(new PeopleFileRow(row.RowNumber, cells));
        var check = validator.CheckAll([.. others]).Last();
        if (!check.IsValid)
        {
            return new WriteResult(false, check.Problems.Select(p => (p.Column, p.Message)).ToList());
        }

        if (headers.Count != import.Headers.Count)
        {
            import.Headers = headers;
            import.Mapping = mapping;
        }

        var tracked = rows.Single(r => r.Id == row.Id);
        tracked.OriginalCells ??= [.. tracked.Cells];
        tracked.Cells = cells;
        tracked.ExclusionReason = null;
        await CheckAllAsync(import, rows, options.PartnershipId, cancellationToken);
        recorder.Audit(audit, AuditActions.PeopleRowFixed, options.ReviewId, options.PartnershipId, "PeopleImportRow", row.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> ExcludeRowAsync(ExcludePersonRowOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var (import, row) = await FindRowAsync(options.ReviewId, options.ImportId, options.RowId, cancellationToken);
        if (import is null || row is null)
        {
            return WriteResult.Missing;
        }

        var reason = options.Reason?.Trim() ?? string.Empty;
        if (RowCorrections.ExclusionProblem(reason) is { } problem)
        {
            return WriteResult.Refused("Reason", problem);
        }

        var rows = await RowsAsync(import.Id, cancellationToken);
        rows.Single(r => r.Id == row.Id).ExclusionReason = reason;

        // Leaving a row out can clear another's problem (the same pseudonym twice), so the file is checked again.
        await CheckAllAsync(import, rows, options.PartnershipId, cancellationToken);
        recorder.Audit(audit, AuditActions.PeopleRowExcluded, options.ReviewId, options.PartnershipId, "PeopleImportRow", row.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    /// <summary>Who the import will add, with their pseudonyms, if every row still in is valid; null otherwise.</summary>
    public async Task<IReadOnlyList<PersonToAdd>?> PreviewAsync(PeopleImport import, Guid partnershipId, CancellationToken cancellationToken = default)
    {
        if (import.Status != ImportStatus.Ready)
        {
            return null;
        }

        var rows = await db.PeopleImportRows.AsNoTracking().Where(r => r.ImportId == import.Id).ToListAsync(cancellationToken);
        var validator = await ValidatorAsync(import.ReviewId, partnershipId, import.Mapping, cancellationToken);
        var checks = validator.CheckAll([.. rows.OrderBy(r => r.RowNumber).Select(Of)]);
        var included = rows.Where(r => r.ExclusionReason is null).Select(r => r.RowNumber).ToHashSet();
        var valid = checks.Where(c => included.Contains(c.RowNumber)).ToList();
        return valid.All(c => c.IsValid) ? await WithPseudonymsAsync(import.ReviewId, valid.Select(c => c.Row!).ToList(), cancellationToken) : null;
    }
}
