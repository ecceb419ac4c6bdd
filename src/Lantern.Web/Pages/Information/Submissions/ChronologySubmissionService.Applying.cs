using System.Security.Cryptography;
using Lantern.Core.Information.Import;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>Applying, discarding and adding entries, and the steps every import shares.</summary>
public sealed partial class ChronologySubmissionService
{
    public async Task<(WriteResult Result, SubmissionVersion? Version)> ApplyImportAsync(ApplyImportOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.Viewer, options.ImportId, cancellationToken);
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
        var import = await FindAsync(options.Viewer, options.ImportId, cancellationToken);
        if (import is null || import.Status is ImportStatus.Applied or ImportStatus.Discarded)
        {
            return WriteResult.Missing;
        }

        recorder.Audit(audit, AuditActions.ChronologyDiscarded, options.ReviewId, options.PartnershipId, "ChronologyImport", import.Id);
        return await db.DiscardAsync<ImportRow>(import, options.Version, cancellationToken);
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

    /// <summary>The held import, when the viewer may work on it (their own agency's, for an agency contact).</summary>
    private Task<ChronologyImport?> FindAsync(Viewer viewer, Guid importId, CancellationToken cancellationToken) =>
        db.ChronologyImports.ChangeableBy(viewer).SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);

    private async Task<(ChronologyImport?, ImportRow?)> FindRowAsync(Viewer viewer, Guid importId, Guid rowId, CancellationToken cancellationToken)
    {
        var import = await FindAsync(viewer, importId, cancellationToken);
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
