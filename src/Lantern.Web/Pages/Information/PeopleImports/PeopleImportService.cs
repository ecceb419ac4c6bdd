using System.Security.Cryptography;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Information.Import;
using Lantern.Data;
using Lantern.Web.Infrastructure;
using Lantern.Web.Infrastructure.Auditing;
using Lantern.Web.Pages.Information.Submissions;
using Microsoft.EntityFrameworkCore;
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
public sealed class PeopleImportService(LanternDbContext db, AuditRecorder recorder, ChronologyLinks links, IOptions<ImportLimits> limits)
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

        var errors = new List<(string, string)>();
        foreach (var column in PeopleColumns.All)
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
                errors.Add((column.Key, $"The column \u201C{import.Headers[twice.Key!.Value]}\u201D is already chosen for the {PeopleColumns.Find(twice.First().Key).Heading.ToLowerInvariant()}"));
            }
        }

        if (errors.Count > 0)
        {
            return new WriteResult(false, errors);
        }

        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Mapping = options.Columns.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);
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
        if (reason.Length == 0)
        {
            return WriteResult.Refused("Reason", "Say why this row is being left out");
        }

        if (reason.Length > ImportRow.ExclusionReasonMaxLength)
        {
            return WriteResult.Refused("Reason", "The reason must be 500 characters or fewer");
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

    public async Task<(WriteResult Result, int Added)> ApplyAsync(ApplyPeopleImportOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.ReviewId, options.ImportId, cancellationToken);
        if (import is null)
        {
            return (WriteResult.Missing, 0);
        }

        if (import.Version != options.Version)
        {
            return (WriteResult.Stale, 0);
        }

        if (import.Status != ImportStatus.Ready)
        {
            return (WriteResult.Refused(string.Empty, "Fix or leave out every row with a problem before adding the people"), 0);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await RowsAsync(import.Id, cancellationToken);
        await CheckAllAsync(import, rows, options.PartnershipId, cancellationToken);
        if (import.Status != ImportStatus.Ready)
        {
            // Someone added one of these people by hand since the file was checked: the row is held again, with why.
            var held = await db.SaveOrConflictAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (held.Succeeded ? WriteResult.Refused(string.Empty, "Some rows have problems now, such as a person added to the register since the file was checked. Fix them or leave them out, then add the people") : held, 0);
        }

        var validator = await ValidatorAsync(import.ReviewId, options.PartnershipId, import.Mapping, cancellationToken);
        var valid = validator.CheckAll([.. rows.OrderBy(r => r.RowNumber).Select(Of)])
            .Where(c => rows.Single(r => r.RowNumber == c.RowNumber).ExclusionReason is null)
            .Select(c => c.Row!)
            .ToList();
        var people = await WithPseudonymsAsync(import.ReviewId, valid, cancellationToken);
        foreach (var add in people)
        {
            var person = new Person
            {
                Id = Guid.NewGuid(),
                ReviewId = import.ReviewId,
                Category = add.Row.Category,
                RealName = add.Row.RealName,
                Aliases = [.. add.Row.Aliases],
                DateOfBirth = add.Row.DateOfBirth,
                Address = add.Row.Address,
                Relationship = add.Row.Relationship,
                AgencyId = add.Row.AgencyId,
                ProfessionalRole = add.Row.ProfessionalRole,
                Pseudonym = add.Pseudonym,
                Notes = add.Row.Notes,
                CreatedAt = recorder.Now,
            };
            db.People.Add(person);
            recorder.Audit(audit, AuditActions.PersonAdded, import.ReviewId, options.PartnershipId, "Person", person.Id);
        }

        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Status = ImportStatus.Applied;
        import.PeopleAdded = people.Count;
        import.AppliedByUserId = audit.UserId;
        import.AppliedAt = recorder.Now;

        // The register now holds what the rows held; the file's copy of real names is not kept.
        db.PeopleImportRows.RemoveRange(rows);
        recorder.Audit(audit, AuditActions.PeopleImported, import.ReviewId, options.PartnershipId, "PeopleImport", import.Id);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.Succeeded)
        {
            return (saved, 0);
        }

        await links.RelinkAsync(import.ReviewId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (WriteResult.Done, people.Count);
    }

    public async Task<WriteResult> DiscardAsync(DiscardPeopleImportOptions options, AuditActor audit, CancellationToken cancellationToken = default)
    {
        var import = await FindAsync(options.ReviewId, options.ImportId, cancellationToken);
        if (import is null)
        {
            return WriteResult.Missing;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Entry(import).Property(i => i.Version).OriginalValue = options.Version;
        import.Status = ImportStatus.Discarded;
        recorder.Audit(audit, AuditActions.PeopleImportDiscarded, options.ReviewId, options.PartnershipId, "PeopleImport", import.Id);
        var saved = await db.SaveOrConflictAsync(cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        // The file's rows are not kept once it is thrown away; the import stays as the record that it was uploaded.
        await db.PeopleImportRows.Where(r => r.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WriteResult.Done;
    }

    /// <summary>Checks every row again and sets each row's problems and the import's status to match.</summary>
    private async Task CheckAllAsync(PeopleImport import, IReadOnlyList<PeopleImportRow> rows, Guid partnershipId, CancellationToken cancellationToken)
    {
        var validator = await ValidatorAsync(import.ReviewId, partnershipId, import.Mapping, cancellationToken);
        var ordered = rows.OrderBy(r => r.RowNumber).ToList();
        var checks = validator.CheckAll([.. ordered.Select(Of)]);
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!ordered[i].Problems.SequenceEqual(checks[i].Problems))
            {
                ordered[i].Problems = [.. checks[i].Problems];
            }
        }

        import.Status = ordered.Any(r => r.ExclusionReason is null && r.Problems.Count > 0) ? ImportStatus.Quarantined : ImportStatus.Ready;

        // Any change to the rows is a change to the import, so a page showing an older state is stale.
        if (db.Entry(import).State != EntityState.Detached)
        {
            db.Entry(import).Property(i => i.Status).IsModified = true;
        }
    }

    private async Task<PeopleRowValidator> ValidatorAsync(Guid reviewId, Guid partnershipId, IReadOnlyDictionary<string, int> mapping, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.PartnershipId == partnershipId)
            .OrderByDescending(a => a.IsActive).ThenBy(a => a.Name)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var register = await db.People.AsNoTracking().Where(p => p.ReviewId == reviewId)
            .Select(p => new RegisteredPerson(p.RealName, p.DateOfBirth, p.Pseudonym)).ToListAsync(cancellationToken);
        return new PeopleRowValidator(mapping, agencies.Select(a => (a.Id, a.Name)).ToList(), register, recorder.Today);
    }

    /// <summary>The pseudonym each person will have: their own from the file, or one proposed as the form proposes
    /// it, unique among the register and everyone before them in the file.</summary>
    private async Task<IReadOnlyList<PersonToAdd>> WithPseudonymsAsync(Guid reviewId, IReadOnlyList<PersonRow> rows, CancellationToken cancellationToken)
    {
        var title = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.WorkingTitle).SingleAsync(cancellationToken);
        var taken = await db.People.Where(p => p.ReviewId == reviewId).Select(p => p.Pseudonym).ToListAsync(cancellationToken);
        taken.AddRange(rows.Where(r => r.Pseudonym is not null).Select(r => r.Pseudonym!));
        var people = new List<PersonToAdd>();
        foreach (var row in rows)
        {
            if (row.Pseudonym is { } chosen)
            {
                people.Add(new PersonToAdd(row, chosen, false));
                continue;
            }

            var proposed = Pseudonyms.ProposeFor(row.Category, row.Relationship, row.ProfessionalRole, row.RealName, row.Aliases, title, taken);
            taken.Add(proposed);
            people.Add(new PersonToAdd(row, proposed, true));
        }

        return people;
    }

    private static PeopleFileRow Of(PeopleImportRow row) => new(row.RowNumber, row.Cells, row.ExclusionReason is null);

    private Task<List<PeopleImportRow>> RowsAsync(Guid importId, CancellationToken cancellationToken) =>
        db.PeopleImportRows.Where(r => r.ImportId == importId).OrderBy(r => r.RowNumber).ToListAsync(cancellationToken);

    /// <summary>An import of this review still waiting: one applied or discarded is no longer found.</summary>
    private Task<PeopleImport?> FindAsync(Guid reviewId, Guid importId, CancellationToken cancellationToken) =>
        db.PeopleImports.SingleOrDefaultAsync(i => i.Id == importId && i.ReviewId == reviewId && i.Status != ImportStatus.Applied && i.Status != ImportStatus.Discarded,
            cancellationToken);

    private async Task<(PeopleImport?, PeopleImportRow?)> FindRowAsync(Guid reviewId, Guid importId, Guid rowId, CancellationToken cancellationToken)
    {
        var import = await FindAsync(reviewId, importId, cancellationToken);
        if (import is null || import.Status is not (ImportStatus.Quarantined or ImportStatus.Ready))
        {
            return (null, null);
        }

        return (import, await db.PeopleImportRows.AsNoTracking().SingleOrDefaultAsync(r => r.Id == rowId && r.ImportId == importId, cancellationToken));
    }

    internal static string Plural(int n, string one) => $"{n:N0} {(n == 1 ? one : one + "s")}";
}
