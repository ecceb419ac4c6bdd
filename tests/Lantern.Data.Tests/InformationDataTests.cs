using Lantern.Core.Access;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteInformationDataTests() : InformationDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresInformationDataTests() : InformationDataTests(DatabaseProvider.Postgres);

/// <summary>The people register, the per-review identity setting and held imports keep every field on both databases.</summary>
public abstract class InformationDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task PeopleAndImports_RoundTrip_AndPseudonymsAreUniqueWithinAReview()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, otherReviewId, personId, importId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Information Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Ivy Roundtrip");
            var review = Seed.Review(db, partnership, type, user, "Child I");
            var other = Seed.Review(db, partnership, type, user, "Child J");
            review.SetIdentityRoles(IdentityRoles.Of(ReviewRole.ReviewTeamMember, ReviewRole.Observer));
            (reviewId, otherReviewId) = (review.Id, other.Id);
            var person = new Person
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Category = PersonCategory.Professional,
                RealName = "Quinn Madeup",
                Aliases = ["Q. Madeup", "Quin Madeup"],
                DateOfBirth = new DateOnly(1980, 2, 29),
                AgencyId = agency.Id,
                ProfessionalRole = "Health visitor",
                Pseudonym = "Health visitor 1",
                Notes = "Fictional.",
                CreatedAt = Seed.Now,
            };
            personId = person.Id;
            db.People.Add(person);
            db.People.Add(new Person { Id = Guid.NewGuid(), ReviewId = other.Id, Category = PersonCategory.Other, RealName = "Other", Pseudonym = "Health visitor 1", CreatedAt = Seed.Now });
            var import = new ChronologyImport
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                AgencyId = agency.Id,
                FileName = "health.csv",
                Sha256 = new string('a', 64),
                Status = ImportStatus.Quarantined,
                Headers = ["Date", "Details"],
                Mapping = new() { ["date"] = 0, ["description"] = 1 },
                UploadedByUserId = user.Id,
                UploadedAt = Seed.Now,
            };
            importId = import.Id;
            db.ChronologyImports.Add(import);
            db.ImportRows.Add(new ImportRow
            {
                Id = Guid.NewGuid(),
                ImportId = import.Id,
                ReviewId = review.Id,
                RowNumber = 3,
                Cells = ["31/02/2024", "Home visit, \"quoted\""],
                Problems = [new CellProblem("date", "31/02/2024 is not a real date")],
                Warnings = [],
            });
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var person = await db.People.SingleAsync(p => p.Id == personId);
            Assert.Equal(PersonCategory.Professional, person.Category);
            Assert.Equal(["Q. Madeup", "Quin Madeup"], person.Aliases);
            Assert.Equal(new DateOnly(1980, 2, 29), person.DateOfBirth);
            Assert.Equal("Health visitor 1", person.Pseudonym);
            var roles = await db.Reviews.Where(r => r.Id == reviewId).Select(r => r.RealIdentityRoles).SingleAsync();
            Assert.Equal([ReviewRole.ReviewTeamMember, ReviewRole.Observer], roles.Roles);
            Assert.Equal(IdentityRoles.Default, await db.Reviews.Where(r => r.Id == otherReviewId).Select(r => r.RealIdentityRoles).SingleAsync());
            var import = await db.ChronologyImports.SingleAsync(i => i.Id == importId);
            Assert.Equal(["Date", "Details"], import.Headers);
            Assert.Equal(1, import.Mapping["description"]);
            var row = await db.ImportRows.SingleAsync(r => r.ImportId == importId);
            Assert.Equal(["31/02/2024", "Home visit, \"quoted\""], row.Cells);
            Assert.Equal(new CellProblem("date", "31/02/2024 is not a real date"), row.Problems.Single());

            db.People.Add(new Person { Id = Guid.NewGuid(), ReviewId = reviewId, Category = PersonCategory.Other, RealName = "Dup", Pseudonym = "Health visitor 1", CreatedAt = Seed.Now });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }
}
