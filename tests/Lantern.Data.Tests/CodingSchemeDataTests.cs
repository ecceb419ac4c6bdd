using Lantern.Core.Analysis;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteCodingSchemeDataTests() : CodingSchemeDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresCodingSchemeDataTests() : CodingSchemeDataTests(DatabaseProvider.Postgres);

/// <summary>A partnership's coding scheme keeps its codes through the database, each version is held once, and
/// a stale version token is refused, on both databases.</summary>
public abstract class CodingSchemeDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task StoredCodingScheme_RoundTrips_VersionsAreUnique_AndAStaleTokenIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var codes = CodingSchemeOutline.Parse("- Person : What did they bring?\n  - Tiredness\n    - Long shifts\n- Tools").Codes;
        Guid partnershipId, userId, id;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, _) = Seed.Partnership(db, "Schemes Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.Administrator, "Sam Scheme");
            (partnershipId, userId) = (partnership.Id, user.Id);
            var row = new StoredCodingScheme(Guid.NewGuid(), partnershipId, CodingSchemePurpose.ContributoryFactors, new CodingScheme("people", "People", 1, codes), userId, Seed.Now);
            id = row.Id;
            db.CodingSchemes.Add(row);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.CodingSchemes.SingleAsync(s => s.Id == id);
            var scheme = stored.ToScheme();
            Assert.Equal(("people", "People", 1, CodingSchemePurpose.ContributoryFactors), (scheme.Key, scheme.Name, scheme.Version, stored.Purpose));
            Assert.Equal(["Person", "Tiredness", "Long shifts", "Tools"], scheme.All.Select(c => c.Name));
            Assert.Equal("What did they bring?", scheme.Find("person")!.Prompt);
            Assert.Equal(["Person", "Tiredness", "Long shifts"], scheme.PathTo("long-shifts"));
            Assert.Equal((userId, Seed.Now, false, (DateTime?)null), (stored.CreatedByUserId, stored.CreatedAt, stored.IsRetired, stored.SupersededAt));

            db.CodingSchemes.Add(new StoredCodingScheme(Guid.NewGuid(), partnershipId, CodingSchemePurpose.ContributoryFactors, scheme, userId, Seed.Now));
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.CodingSchemes.SingleAsync(s => s.Id == id);
            db.Entry(stored).Property(s => s.Version).OriginalValue = Guid.NewGuid();
            stored.Retire();
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }
    }
}
