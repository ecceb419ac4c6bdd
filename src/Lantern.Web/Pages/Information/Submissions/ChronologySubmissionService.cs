using System.Security.Cryptography;
using Lantern.Core.Information.Import;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.Submissions;

public sealed record UploadChronologyOptions(Guid ReviewId, Guid PartnershipId, Guid AgencyId, string FileName, byte[] Content);

/// <summary>How an upload ended: refused (nothing stored), held as an import to map or fix, or applied at once.</summary>
public sealed record UploadOutcome(WriteResult Result, Guid? ImportId = null, ImportStatus? Status = null, SubmissionVersion? Applied = null, IReadOnlyList<string>? Notes = null);

public sealed record MapColumnsOptions(Viewer Viewer, Guid PartnershipId, Guid ImportId, IReadOnlyDictionary<string, int?> Columns, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record FixRowOptions(Viewer Viewer, Guid PartnershipId, Guid ImportId, Guid RowId, IReadOnlyDictionary<string, string?> Cells)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record ExcludeRowOptions(Viewer Viewer, Guid PartnershipId, Guid ImportId, Guid RowId, string Reason)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record ApplyImportOptions(Viewer Viewer, Guid PartnershipId, Guid ImportId, Guid Version, int ExpectedCurrentVersion)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record DiscardImportOptions(Viewer Viewer, Guid PartnershipId, Guid ImportId, Guid Version)
{
    public Guid ReviewId => Viewer.ReviewId;
}

public sealed record AddEntryOptions(Guid ReviewId, Guid PartnershipId, Guid AgencyId, IReadOnlyDictionary<string, string?> Cells, int ExpectedCurrentVersion);

/// <summary>
/// Agencies' chronologies arriving: uploads read and checked, held apart while they have problems (never
/// partly applied), fixed or excluded row by row, then applied as a new version in one transaction; and
/// entries typed into a form. Every write is audited in the same transaction.
/// </summary>
public sealed partial class ChronologySubmissionService(LanternDbContext db, ChronologyApplier applier, AuditRecorder recorder, IOptions<ImportLimits> limits)
{
    /// <summary>The order Lantern keeps a row's cells in when it is typed rather than uploaded.</summary>
    public static readonly IReadOnlyDictionary<string, int> FormMapping =
        ChronologyColumns.All.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);

    public ImportLimits Limits => limits.Value;

    public async Task<UploadOutcome> UploadAsync(UploadChronologyOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var userId = audit.UserId ?? throw new InvalidOperationException("A chronology is uploaded by a signed-in person.");
        var read = ChronologyFileReader.Read(options.Content, options.FileName, limits.Value);
        if (read.Table is not { } table)
        {
            return new UploadOutcome(WriteResult.Refused("File", read.Error!));
        }

        var import = new ChronologyImport
        {
            Id = Guid.NewGuid(),
            ReviewId = options.ReviewId,
            AgencyId = options.AgencyId,
            FileName = Path.GetFileName(options.FileName) is { Length: > SubmissionVersion.FileNameMaxLength } name ? name[..SubmissionVersion.FileNameMaxLength] : Path.GetFileName(options.FileName),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(options.Content)),
            Headers = [.. table.Headings],
            UploadedByUserId = userId,
            UploadedAt = recorder.Now,
        };

        var mapping = ChronologyColumns.AutoMap(table.Headings);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!mapping.IsComplete)
        {
            import.Status = ImportStatus.NeedsMapping;
            Hold(import, table.Rows.Select((cells, i) => (i + 1, cells)), checks: null);
            recorder.Audit(audit, AuditActions.ChronologyUploaded, options.ReviewId, options.PartnershipId, "ChronologyImport", import.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new UploadOutcome(WriteResult.Done, import.Id, import.Status, Notes: table.Notes);
        }

        import.Mapping = new Dictionary<string, int>(mapping.Columns);
        var validator = await ValidatorAsync(mapping.Columns, options.ReviewId, cancellationToken);
        var checks = new RowCheck[table.Rows.Count];
        Parallel.For(0, checks.Length, i => checks[i] = validator.Check(i + 1, table.Rows[i]));
        var problems = checks.Any(c => !c.IsValid);

        recorder.Audit(audit, AuditActions.ChronologyUploaded, options.ReviewId, options.PartnershipId, "ChronologyImport", import.Id);
        if (problems || IgnoredColumns(import.Headers, import.Mapping, table.Rows).Count > 0)
        {
            // Rows with problems wait in the quarantine; columns Lantern would leave out are shown before anything is applied.
            import.Status = problems ? ImportStatus.Quarantined : ImportStatus.Ready;
            Hold(import, table.Rows.Select((cells, i) => (i + 1, cells)), checks);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new UploadOutcome(WriteResult.Done, import.Id, import.Status, Notes: table.Notes);
        }

        // Every row is valid and every column used: applied straight away. The import is kept as the record of the
        // upload, with the rows that carried a warning, so the version's page can list them.
        import.Status = ImportStatus.Applied;
        db.ChronologyImports.Add(import);
        Hold(import, table.Rows.Select((cells, i) => (i + 1, cells)).Where(r => checks[r.Item1 - 1].Warnings.Count > 0), checks, addImport: false);
        var applied = await ApplyAsync(import, checks.Select(c => c.Row!).ToList(), null, audit, options.PartnershipId, cancellationToken);
        if (applied is null)
        {
            return new UploadOutcome(WriteResult.Stale);
        }

        await transaction.CommitAsync(cancellationToken);
        return new UploadOutcome(WriteResult.Done, import.Id, import.Status, applied, table.Notes);
    }

    public async Task<WriteResult> MapColumnsAsync(MapColumnsOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.Viewer, options.ImportId, cancellationToken);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return WriteResult.Missing;
        }

        var errors = ColumnMapping.Check(ChronologyColumns.All, options.Columns, import.Headers);
        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Mapping = ColumnMapping.Chosen(options.Columns);
        var rows = await db.ImportRows.Where(r => r.ImportId == import.Id).ToListAsync(cancellationToken);
        var validator = await ValidatorAsync(import.Mapping, options.ReviewId, cancellationToken);
        foreach (var row in rows)
        {
            var check = validator.Check(row.RowNumber, row.Cells);
            row.Problems = [.. check.Problems];
            row.Warnings = [.. check.Warnings];
        }

        import.Status = rows.Any(r => r.Problems.Count > 0 && r.ExclusionReason is null) ? ImportStatus.Quarantined : ImportStatus.Ready;
        recorder.Audit(audit, AuditActions.ChronologyColumnsMapped, options.ReviewId, options.PartnershipId, "ChronologyImport", import.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> FixRowAsync(FixRowOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var (import, row) = await FindRowAsync(options.Viewer, options.ImportId, options.RowId, cancellationToken);
        if (import is null || row is null)
        {
            return WriteResult.Missing;
        }

        // A value typed for a Lantern column the file did not have gets a column of its own, named for what it
        // holds, so it is kept rather than thrown away; the other rows are simply empty in it.
        var headers = import.Headers.ToList();
        var mapping = new Dictionary<string, int>(import.Mapping);
        foreach (var (key, value) in options.Cells)
        {
            if (!mapping.ContainsKey(key) && !string.IsNullOrWhiteSpace(value) && ChronologyColumns.All.Any(c => c.Key == key))
            {
                mapping[key] = headers.Count;
                headers.Add($"{ChronologyColumns.Find(key).Heading} (added in Lantern)");
            }
        }

        var cells = RowCorrections.Apply(row.Cells, mapping, options.Cells);

        var check = (await ValidatorAsync(mapping, options.ReviewId, cancellationToken)).Check(row.RowNumber, cells);
        if (!check.IsValid)
        {
            return new WriteResult(false, check.Problems.Select(p => (p.Column, p.Message)).ToList());
        }

        if (mapping.Count != import.Mapping.Count)
        {
            import.Headers = headers;
            import.Mapping = mapping;
        }

        if (!cells.SequenceEqual(row.Cells))
        {
            row.OriginalCells ??= [.. row.Cells];
            row.CorrectedByUserId = audit.UserId;
            row.CorrectedAt = recorder.Now;
        }

        row.Cells = cells;
        row.Problems = [];
        row.Warnings = [.. check.Warnings];
        row.ExclusionReason = null;
        await UpdateStatusAsync(import, row.Id, cancellationToken);
        recorder.Audit(audit, AuditActions.ChronologyRowFixed, options.ReviewId, options.PartnershipId, "ImportRow", row.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<WriteResult> ExcludeRowAsync(ExcludeRowOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var (import, row) = await FindRowAsync(options.Viewer, options.ImportId, options.RowId, cancellationToken);
        if (import is null || row is null)
        {
            return WriteResult.Missing;
        }

        var reason = options.Reason?.Trim() ?? string.Empty;
        if (RowCorrections.ExclusionProblem(reason) is { } problem)
        {
            return WriteResult.Refused("Reason", problem);
        }

        row.ExclusionReason = reason;
        await UpdateStatusAsync(import, row.Id, cancellationToken);
        recorder.Audit(audit, AuditActions.ChronologyRowExcluded, options.ReviewId, options.PartnershipId, "ImportRow", row.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }
}
