using System.Security.Cryptography;
using Lantern.Core.Information.Import;
using Lantern.Web.Pages.Information.Submissions;
using Microsoft.Extensions.Options;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>Applying or discarding an import, and the checks every row goes through.</summary>
public sealed partial class PeopleImportService
{
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

        recorder.Audit(audit, AuditActions.PeopleImportDiscarded, options.ReviewId, options.PartnershipId, "PeopleImport", import.Id);
        return await db.DiscardAsync<PeopleImportRow>(import, options.Version, cancellationToken);
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
