using System.Security.Cryptography;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Information.Import;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.Submissions;

public sealed record UploadChronologyOptions(Guid ReviewId, Guid PartnershipId, Guid AgencyId, string FileName, byte[] Content);

/// <summary>How an upload ended: refused (nothing stored), held as an import to map or fix, or applied at once.</summary>
public sealed record UploadOutcome(WriteResult Result, Guid? ImportId = null, ImportStatus? Status = null, SubmissionVersion? Applied = null, IReadOnlyList<string>? Notes = null);

public sealed record MapColumnsOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, IReadOnlyDictionary<string, int?> Columns, Guid Version);

public sealed record FixRowOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid RowId, IReadOnlyDictionary<string, string?> Cells);

public sealed record ExcludeRowOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid RowId, string Reason);

public sealed record ApplyImportOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid Version, int ExpectedCurrentVersion);

public sealed record DiscardImportOptions(Guid ReviewId, Guid PartnershipId, Guid ImportId, Guid Version);

public sealed record AddEntryOptions(Guid ReviewId, Guid PartnershipId, Guid AgencyId, IReadOnlyDictionary<string, string?> Cells, int ExpectedCurrentVersion);

/// <summary>
/// Agencies' chronologies arriving: uploads read and checked, held apart while they have problems (never
/// partly applied), fixed or excluded row by row, then applied as a new version in one transaction; and
/// entries typed into a form. Every write is audited in the same transaction.
/// </summary>
public sealed class ChronologySubmissionService(LanternDbContext db, ChronologyApplier applier, AuditRecorder recorder, IOptions<ImportLimits> limits)
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
        var import = await FindAsync(options.ReviewId, options.ImportId, cancellationToken);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return WriteResult.Missing;
        }

        var errors = new List<(string, string)>();
        foreach (var column in ChronologyColumns.All)
        {
            var chosen = options.Columns.GetValueOrDefault(column.Key);
            if (column.Required && chosen is null)
            {
                errors.Add((column.Key, $"Select the column that holds the {column.Heading.ToLowerInvariant()}"));
            }
            else if (chosen is { } index && (index < 0 || index >= import.Headers.Count))
            {
                errors.Add((column.Key, $"Select one of the file's columns for the {column.Heading.ToLowerInvariant()}"));
            }
        }

        foreach (var twice in options.Columns.Where(c => c.Value is not null).GroupBy(c => c.Value).Where(g => g.Count() > 1))
        {
            foreach (var column in twice.Skip(1))
            {
                errors.Add((column.Key, $"The column \u201C{import.Headers[twice.Key!.Value]}\u201D is already chosen for the {ChronologyColumns.Find(twice.First().Key).Heading.ToLowerInvariant()}"));
            }
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Mapping = options.Columns.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);
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
        var (import, row) = await FindRowAsync(options.ReviewId, options.ImportId, options.RowId, cancellationToken);
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

        var cells = row.Cells.ToList();
        foreach (var (key, index) in mapping)
        {
            while (cells.Count <= index)
            {
                cells.Add(string.Empty);
            }

            if (options.Cells.TryGetValue(key, out var value))
            {
                cells[index] = value?.Trim() ?? string.Empty;
            }
        }

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
        var (import, row) = await FindRowAsync(options.ReviewId, options.ImportId, options.RowId, cancellationToken);
        if (import is null || row is null)
        {
            return WriteResult.Missing;
        }

        var reason = options.Reason?.Trim() ?? string.Empty;
        if (reason.Length == 0)
        {
            return WriteResult.Refused("Reason", "Say why this row is being left out");
        }

        if (reason.Length > ImportRow.ExclusionReasonMaxLength)
        {
            return WriteResult.Refused("Reason", "The reason must be 500 characters or fewer");
        }

        row.ExclusionReason = reason;
        await UpdateStatusAsync(import, row.Id, cancellationToken);
        recorder.Audit(audit, AuditActions.ChronologyRowExcluded, options.ReviewId, options.PartnershipId, "ImportRow", row.Id);
        return await db.SaveOrConflictAsync(cancellationToken);
    }

    public async Task<(WriteResult Result, SubmissionVersion? Version)> ApplyImportAsync(ApplyImportOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.ReviewId, options.ImportId, cancellationToken);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return (WriteResult.Missing, null);
        }

        if (import.Version != options.Version)
        {
            return (WriteResult.Stale, null);
        }

        var rows = await db.ImportRows.AsNoTracking()
            .Where(r => r.ImportId == import.Id && r.ExclusionReason == null)
            .OrderBy(r => r.RowNumber)
            .ToListAsync(cancellationToken);
        if (import.Status == ImportStatus.NeedsMapping || rows.Any(r => r.Problems.Count > 0))
        {
            return (WriteResult.Refused(string.Empty, "Fix or leave out every row with a problem before applying the chronology"), null);
        }

        var validator = await ValidatorAsync(import.Mapping, options.ReviewId, cancellationToken);
        var valid = rows.Select(r => validator.Check(r.RowNumber, r.Cells).Row is { } row
            ? r.OriginalCells is null ? row : row with { Flags = row.Flags | EntryFlags.Corrected }
            : null).ToList();
        if (valid.Any(r => r is null))
        {
            return (WriteResult.Refused(string.Empty, "Some rows have problems again. Check them before applying the chronology"), null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Status = ImportStatus.Applied;
        try
        {
            var applied = await ApplyAsync(import, valid!, options.ExpectedCurrentVersion, audit, options.PartnershipId, cancellationToken);
            if (applied is null)
            {
                return (WriteResult.Stale, null);
            }

            await transaction.CommitAsync(cancellationToken);
            return (WriteResult.Done, applied);
        }
        catch (DbUpdateConcurrencyException)
        {
            return (WriteResult.Stale, null);
        }
    }

    public async Task<WriteResult> DiscardImportAsync(DiscardImportOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.ReviewId, options.ImportId, cancellationToken);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return WriteResult.Missing;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Status = ImportStatus.Discarded;
        recorder.Audit(audit, AuditActions.ChronologyDiscarded, options.ReviewId, options.PartnershipId, "ChronologyImport", import.Id);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        // The file's rows are not kept once it is thrown away; the import stays as the record that it was uploaded.
        await db.ImportRows.Where(r => r.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult.Done;
    }

    public async Task<(WriteResult Result, SubmissionVersion? Version)> AddEntryAsync(AddEntryOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var cells = ChronologyColumns.All.Select(c => options.Cells.GetValueOrDefault(c.Key)?.Trim() ?? string.Empty).ToArray();
        var current = await db.ChronologyEntries.AsNoTracking()
            .Where(e => e.ReviewId == options.ReviewId && e.AgencyId == options.AgencyId && e.IsCurrent)
            .OrderBy(e => e.RowNumber)
            .ToListAsync(cancellationToken);
        var check = (await ValidatorAsync(FormMapping, options.ReviewId, cancellationToken)).Check(current.Count + 1, cells);
        if (!check.IsValid)
        {
            return (new WriteResult(false, check.Problems.Select(p => (p.Column, p.Message)).ToList()), null);
        }

        var rows = current.Select((e, i) => new ChronologyRow(i + 1, e.Date, e.Time, e.Precision, e.EventType, e.Description, e.PeopleInvolved, e.AuthorRole, e.SourceReference, e.Flags))
            .Append(check.Row!)
            .ToList();
        var userId = audit.UserId ?? throw new InvalidOperationException("An entry is added by a signed-in person.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var version = await applier.ApplyAsync(new NewVersion(options.ReviewId, options.AgencyId, rows, SubmissionSource.Form, null, null, options.ExpectedCurrentVersion),
                userId, recorder.Now, cancellationToken);
            if (version is null)
            {
                return (WriteResult.Stale, null);
            }

            recorder.Audit(audit, AuditActions.ChronologyEntryAdded, options.ReviewId, options.PartnershipId, "SubmissionVersion", version.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (WriteResult.Done, version);
        }
        catch (DbUpdateException)
        {
            return (WriteResult.Stale, null);
        }
    }

    private async Task<SubmissionVersion?> ApplyAsync(ChronologyImport import, IReadOnlyList<ChronologyRow> rows, int? expectedCurrentVersion, AuditActor audit,
        Guid partnershipId, CancellationToken cancellationToken)
    {
        SubmissionVersion? version;
        try
        {
            version = await applier.ApplyAsync(new NewVersion(import.ReviewId, import.AgencyId, rows, SubmissionSource.Upload, import.FileName, import.Sha256, expectedCurrentVersion),
                import.UploadedByUserId == audit.UserId ? import.UploadedByUserId : audit.UserId!.Value, recorder.Now, cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.InnerException is not null)
        {
            return null;
        }

        if (version is null)
        {
            return null;
        }

        db.ChronologyImports.Attach(import);
        import.SubmissionVersionId = version.Id;
        db.Entry(import).Property(i => i.SubmissionVersionId).IsModified = true;
        recorder.Audit(audit, AuditActions.ChronologyApplied, import.ReviewId, partnershipId, "SubmissionVersion", version.Id);
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>
    /// The file's columns that no Lantern column takes and that hold something in at least one row: Lantern would
    /// leave them out, so the uploader is shown them, by heading, before anything is applied.
    /// </summary>
    public static IReadOnlyList<(int Index, string Heading)> IgnoredColumns(IReadOnlyList<string> headers, IReadOnlyDictionary<string, int> mapping, IEnumerable<IReadOnlyList<string>> rows)
    {
        var used = mapping.Values.ToHashSet();
        var candidates = Enumerable.Range(0, headers.Count).Where(i => !used.Contains(i)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var filled = new HashSet<int>(candidates.Where(i => !string.IsNullOrWhiteSpace(headers[i])));
        foreach (var row in rows)
        {
            foreach (var i in candidates)
            {
                if (i < row.Count && !string.IsNullOrWhiteSpace(row[i]))
                {
                    filled.Add(i);
                }
            }

            if (filled.Count == candidates.Count)
            {
                break;
            }
        }

        return candidates.Where(filled.Contains).Select(i => (i, string.IsNullOrWhiteSpace(headers[i]) ? $"Column {i + 1} (no heading)" : headers[i].Trim())).ToList();
    }

    private void Hold(ChronologyImport import, IEnumerable<(int Number, string[] Cells)> rows, RowCheck[]? checks, bool addImport = true)
    {
        if (addImport)
        {
            db.ChronologyImports.Add(import);
        }

        foreach (var (number, cells) in rows)
        {
            var check = checks?[number - 1];
            db.ImportRows.Add(new ImportRow
            {
                Id = Guid.NewGuid(),
                ImportId = import.Id,
                ReviewId = import.ReviewId,
                RowNumber = number,
                Cells = [.. cells],
                Problems = check is null ? [] : [.. check.Problems],
                Warnings = check is null ? [] : [.. check.Warnings],
            });
        }
    }

    /// <summary>Ready once no row that is still in has a problem; the row just changed is counted from memory.</summary>
    private async Task UpdateStatusAsync(ChronologyImport import, Guid changedRowId, CancellationToken cancellationToken)
    {
        var othersWithProblems = await db.ImportRows
            .Where(r => r.ImportId == import.Id && r.Id != changedRowId && r.ExclusionReason == null)
            .Select(r => r.Problems)
            .ToListAsync(cancellationToken);
        var changed = db.ImportRows.Local.Single(r => r.Id == changedRowId);
        var open = othersWithProblems.Any(p => p.Count > 0) || (changed.ExclusionReason is null && changed.Problems.Count > 0);
        import.Status = open ? ImportStatus.Quarantined : ImportStatus.Ready;
    }

    private Task<ChronologyImport?> FindAsync(Guid reviewId, Guid importId, CancellationToken cancellationToken) =>
        db.ChronologyImports.SingleOrDefaultAsync(i => i.Id == importId && i.ReviewId == reviewId, cancellationToken);

    private async Task<(ChronologyImport?, ImportRow?)> FindRowAsync(Guid reviewId, Guid importId, Guid rowId, CancellationToken cancellationToken)
    {
        var import = await FindAsync(reviewId, importId, cancellationToken);
        if (import is null || import.Status is not (ImportStatus.Quarantined or ImportStatus.Ready))
        {
            return (null, null);
        }

        return (import, await db.ImportRows.SingleOrDefaultAsync(r => r.Id == rowId && r.ImportId == importId, cancellationToken));
    }

    /// <summary>The row checks for this review: warnings for dates after the incident or outside the period under review.</summary>
    private async Task<RowValidator> ValidatorAsync(IReadOnlyDictionary<string, int> mapping, Guid reviewId, CancellationToken cancellationToken)
    {
        var incident = await db.Referrals.Where(r => r.ReviewId == reviewId).Select(r => (DateOnly?)r.IncidentDate).FirstOrDefaultAsync(cancellationToken);
        var period = await db.TermsOfReference.Where(t => t.ReviewId == reviewId).OrderByDescending(t => t.VersionNumber)
            .Select(t => new { t.PeriodFrom, t.PeriodTo }).FirstOrDefaultAsync(cancellationToken);
        return new RowValidator(mapping, incident, period?.PeriodFrom, period?.PeriodTo);
    }
}
