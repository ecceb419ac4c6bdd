using Lantern.Core.Information;

namespace Lantern.Testing.Web;

public static class PeopleSeed
{
    /// <summary>A fictional person in the review's people register.</summary>
    public static async Task<Guid> RegisterPersonAsync(this LanternFactory factory, Guid reviewId, string realName = "Robin Fictional",
        string pseudonym = "Mother", PersonCategory category = PersonCategory.FamilyOrHousehold, string? relationship = "Mother",
        IEnumerable<string>? aliases = null, Guid? agencyId = null, string? role = null, DateOnly? dateOfBirth = null)
    {
        await using var db = factory.CreateDbContext();
        var person = new Lantern.Core.Information.Person
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Category = category,
            RealName = realName,
            Aliases = [.. aliases ?? ["Robbie"]],
            DateOfBirth = dateOfBirth ?? new DateOnly(1994, 5, 17),
            Relationship = category == PersonCategory.Professional ? null : relationship,
            AgencyId = agencyId,
            ProfessionalRole = role,
            Pseudonym = pseudonym,
            CreatedAt = DateTime.UtcNow,
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    }

    /// <summary>A file of people held in quarantine with one row whose date of birth is impossible.</summary>
    public static async Task<(Guid ImportId, Guid RowId)> QuarantinedPeopleImportAsync(this LanternFactory factory, Guid reviewId, Guid uploadedBy)
    {
        await using var db = factory.CreateDbContext();
        var import = new PeopleImport
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            FileName = "people.csv",
            Sha256 = new string('c', 64),
            Status = ImportStatus.Quarantined,
            Headers = ["Name", "Relationship", "DOB"],
            Mapping = new() { ["name"] = 0, ["relationship"] = 1, ["date-of-birth"] = 2 },
            UploadedByUserId = uploadedBy,
            UploadedAt = DateTime.UtcNow,
        };
        var row = new PeopleImportRow
        {
            Id = Guid.NewGuid(),
            ImportId = import.Id,
            ReviewId = reviewId,
            RowNumber = 1,
            Cells = ["Avery Imagined", "Aunt", "31/02/1990"],
            Problems = [new CellProblem("date-of-birth", "31/02/1990 is not a real date")],
        };
        db.PeopleImports.Add(import);
        db.PeopleImportRows.Add(row);
        await db.SaveChangesAsync();
        return (import.Id, row.Id);
    }
}
