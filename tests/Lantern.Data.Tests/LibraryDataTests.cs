using Lantern.Core.Library;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteLibraryDataTests() : LibraryDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresLibraryDataTests() : LibraryDataTests(DatabaseProvider.Postgres);

/// <summary>The library's full-text index is the database's own and moves with the rows in the same transaction:
/// stemmed matches, the title weighted above the text, one partnership's library only, an extract with the matching
/// words marked, a change or removal reflected at once, and a rolled-back change leaving the index as it was.</summary>
public abstract class LibraryDataTests(DatabaseProvider provider)
{
    private static LibraryEntry Entry(Guid partnershipId, string key, string title, string text, params (LibraryFacet Facet, string Value)[] facets)
    {
        var id = Guid.NewGuid();
        return new LibraryEntry
        {
            Id = id,
            PartnershipId = partnershipId,
            Key = key,
            ReviewLabel = "Child " + key[^1],
            Title = title,
            Text = text,
            UpdatedAt = DateTime.UtcNow,
            Facets = [.. facets.Select(f => new LibraryFacetValue { EntryId = id, Facet = f.Facet, Value = f.Value })],
        };
    }

    private static async Task<List<string>> KeysAsync(LanternDbContext db, Guid partnershipId, string typed)
    {
        var matches = await LibrarySearch.MatchAsync(db, partnershipId, SearchText.Parse(typed), 20);
        var ids = matches.Select(m => m.EntryId).ToList();
        var keys = await db.LibraryEntries.Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Key);
        return [.. ids.Select(i => keys[i])];
    }

    [Fact]
    public async Task Search_IsStemmedRankedAndPartnershipOnly_AndTheIndexMovesWithTheRowsInTheSameTransaction()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid mine, theirs;
        await using (var db = database.CreateContext())
        {
            var (partnership, _, _) = Seed.Partnership(db, "Library Partnership");
            var (other, _, _) = Seed.Partnership(db, "Other Partnership");
            (mine, theirs) = (partnership.Id, other.Id);
            db.LibraryEntries.AddRange(
                Entry(mine, "lp/r1/1", "Home visits did not see the baby alone", "Health visitors recorded visits but the baby was asleep or out.",
                    (LibraryFacet.Theme, "not-brought"), (LibraryFacet.Pattern, "1")),
                Entry(mine, "lp/r2/1", "Strategy discussions by phone", "Nobody owned the decision about a medical examination after the visit was discussed.",
                    (LibraryFacet.Theme, "domestic-abuse")),
                Entry(mine, "lp/r3/1", "Moves between areas", "Records did not follow the family when they moved.", (LibraryFacet.Theme, "moves-between-areas")),
                Entry(theirs, "op/r1/1", "Visiting practice", "Visits were missed."));
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            // "visited" finds "visits" and "visit"; the entry with it in its title comes first; the other partnership's is not seen.
            Assert.Equal(["lp/r1/1", "lp/r2/1"], await KeysAsync(db, mine, "visited"));
            Assert.Equal(["lp/r3/1"], await KeysAsync(db, mine, "\"family when they moved\""));
            Assert.Empty(await KeysAsync(db, mine, "\"moved family\""));
            Assert.Equal(["op/r1/1"], await KeysAsync(db, theirs, "visit"));
            Assert.Empty(await KeysAsync(db, mine, "AND OR NOT"));

            var extract = Assert.Single(await LibrarySearch.MatchAsync(db, mine, SearchText.Parse("examination"), 5)).Extract;
            Assert.Contains($"{LibrarySearch.MarkStart}examination{LibrarySearch.MarkEnd}", extract, StringComparison.Ordinal);
        }

        await using (var db = database.CreateContext())
        {
            // A change the transaction rolls back leaves the index as it was.
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                var entry = await db.LibraryEntries.SingleAsync(e => e.Key == "lp/r3/1");
                entry.Text = "Records were lost when the household relocated.";
                await db.SaveChangesAsync();
                Assert.Equal(["lp/r3/1"], await KeysAsync(db, mine, "relocated"));
                await transaction.RollbackAsync();
            }
        }

        await using (var db = database.CreateContext())
        {
            Assert.Empty(await KeysAsync(db, mine, "relocated"));
            Assert.Equal(["lp/r3/1"], await KeysAsync(db, mine, "moved"));

            // A change saved is found by its new words and not its old; a removal takes it out.
            var entry = await db.LibraryEntries.SingleAsync(e => e.Key == "lp/r3/1");
            entry.Text = "Records were lost when the household relocated.";
            await db.SaveChangesAsync();
            Assert.Equal(["lp/r3/1"], await KeysAsync(db, mine, "relocated"));
            Assert.Empty(await KeysAsync(db, mine, "moved family"));
            db.LibraryEntries.Remove(await db.LibraryEntries.SingleAsync(e => e.Key == "lp/r1/1"));
            await db.SaveChangesAsync();
            Assert.Equal(["lp/r2/1"], await KeysAsync(db, mine, "visits"));
            Assert.False(await db.LibraryFacetValues.AnyAsync(f => f.Value == "not-brought"));
        }
    }

    [Fact]
    public async Task AKeyIsUniqueInAPartnershipsLibrary()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var (partnership, _, _) = Seed.Partnership(db, "Keyed Partnership");
        db.LibraryEntries.Add(Entry(partnership.Id, "kp/r1/1", "One", "First."));
        await db.SaveChangesAsync();
        db.LibraryEntries.Add(Entry(partnership.Id, "kp/r1/1", "Two", "Second."));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
