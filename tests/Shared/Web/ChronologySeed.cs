using Lantern.Core.Information;
using Lantern.Core.Organisation;

namespace Lantern.Testing.Web;

/// <summary>Agencies' chronologies made directly in the database, for tests that need them to exist.</summary>
public static class ChronologySeed
{
    /// <summary>For the world every access test runs in: a second agency, version 1 of the first agency's
    /// chronology and an upload of it held in quarantine.</summary>
    public static async Task<(Guid SecondAgencyId, Guid ImportId, Guid RowId)> ChronologyWorldAsync(this LanternFactory factory, Guid partnershipId, Guid reviewId,
        Guid agencyId, Guid businessUnitId)
    {
        var second = await factory.AgencyAsync(partnershipId);
        await factory.ChronologyVersionAsync(reviewId, agencyId, businessUnitId);
        var (importId, rowId) = await factory.QuarantinedImportAsync(reviewId, agencyId, businessUnitId);
        return (second, importId, rowId);
    }

    /// <summary>Another agency of the partnership, whose pages an agency contact of the first may not use.</summary>
    public static async Task<Guid> AgencyAsync(this LanternFactory factory, Guid partnershipId, string name = "Testshire Police", AgencyType type = AgencyType.Police)
    {
        await using var db = factory.CreateDbContext();
        var agency = new Agency(Guid.NewGuid(), partnershipId, name, type);
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return agency.Id;
    }

    /// <summary>Version 1 of an agency's chronology with two fictional entries.</summary>
    public static async Task<Guid> ChronologyVersionAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid appliedBy)
    {
        await using var db = factory.CreateDbContext();
        var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = agencyId, CurrentVersion = 1, CreatedAt = DateTime.UtcNow };
        var version = new SubmissionVersion
        {
            Id = Guid.NewGuid(),
            SubmissionId = submission.Id,
            ReviewId = reviewId,
            Number = 1,
            Source = SubmissionSource.Upload,
            FileName = "chronology.csv",
            Sha256 = new string('a', 64),
            RowCount = 2,
            RowsAdded = 2,
            AppliedByUserId = appliedBy,
            AppliedAt = DateTime.UtcNow,
        };
        db.ChronologySubmissions.Add(submission);
        db.SubmissionVersions.Add(version);
        for (var i = 1; i <= 2; i++)
        {
            db.ChronologyEntries.Add(new ChronologyEntry
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                AgencyId = agencyId,
                SubmissionVersionId = version.Id,
                LineageId = Guid.NewGuid(),
                IsCurrent = true,
                RowNumber = i,
                Date = new DateOnly(2024, 2, i),
                Precision = DatePrecision.Day,
                EventType = EventTypes.HomeVisit,
                Description = $"Planned visit number {i}; the family was seen at home.",
                SourceReference = $"REF-{i}",
            });
        }

        await db.SaveChangesAsync();
        return version.Id;
    }

    /// <summary>An upload held in quarantine with one row whose date is impossible.</summary>
    public static async Task<(Guid ImportId, Guid RowId)> QuarantinedImportAsync(this LanternFactory factory, Guid reviewId, Guid agencyId, Guid uploadedBy)
    {
        await using var db = factory.CreateDbContext();
        var import = new ChronologyImport
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            AgencyId = agencyId,
            FileName = "faulty.csv",
            Sha256 = new string('b', 64),
            Status = ImportStatus.Quarantined,
            Headers = ["Date", "Event type", "Description"],
            Mapping = new() { ["date"] = 0, ["event-type"] = 1, ["description"] = 2 },
            UploadedByUserId = uploadedBy,
            UploadedAt = DateTime.UtcNow,
        };
        var row = new ImportRow
        {
            Id = Guid.NewGuid(),
            ImportId = import.Id,
            ReviewId = reviewId,
            RowNumber = 1,
            Cells = ["31/02/2024", "Phone call", "Called the family"],
            Problems = [new CellProblem("date", "31/02/2024 is not a real date")],
        };
        db.ChronologyImports.Add(import);
        db.ImportRows.Add(row);
        await db.SaveChangesAsync();
        return (import.Id, row.Id);
    }
}
