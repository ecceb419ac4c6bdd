using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteChronologyImportDataTests() : ChronologyImportDataTests(DatabaseProvider.Sqlite)
{
    /// <summary>On SQLite rows are bound by position outside Microsoft.Data.Sqlite, so each stored value (its
    /// type and text) must be exactly what EF's own insert stores, or queries comparing ids or dates would miss.</summary>
    [Fact]
    public async Task BulkInsert_OnSqlite_StoresEveryValueAsEfDoes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Guid reviewId, agencyId, versionId, personId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Stored Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Sam Stored");
            var review = Seed.Review(db, partnership, type, user, "Child S");
            (reviewId, agencyId) = (review.Id, agency.Id);
            var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = agencyId, CurrentVersion = 1, CreatedAt = Seed.Now };
            var version = new SubmissionVersion
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                ReviewId = reviewId,
                Number = 1,
                Source = SubmissionSource.Form,
                RowCount = 2,
                AppliedByUserId = user.Id,
                AppliedAt = Seed.Now,
            };
            var person = new Person { Id = Guid.NewGuid(), ReviewId = reviewId, RealName = "Stella Stored", Pseudonym = "Sister", CreatedAt = Seed.Now };
            db.AddRange(submission, version, person);
            await db.SaveChangesAsync();
            (versionId, personId) = (version.Id, person.Id);
        }

        ChronologyEntry Entry(int row) => new()
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            AgencyId = agencyId,
            SubmissionVersionId = versionId,
            LineageId = Guid.NewGuid(),
            IsCurrent = true,
            RowNumber = row,
            Date = new DateOnly(2023, 12, 31),
            Time = row == 1 ? new TimeOnly(9, 5) : new TimeOnly(23, 59, 58, 123, 456),
            Precision = DatePrecision.Month,
            EventType = EventTypes.HomeVisit,
            Description = "Visit – naïve “quotes” 🙂",
            PeopleInvolved = null,
            SourceReference = "S-1",
        };

        var byEf = new[] { Entry(1), Entry(2) };
        var bulk = new[] { Entry(1), Entry(2) };
        await using (var db = database.CreateContext())
        {
            db.ChronologyEntries.AddRange(byEf);
            db.EntryPeople.Add(new EntryPerson { EntryId = byEf[0].Id, PersonId = personId, ReviewId = reviewId, MatchedText = "Stella" });
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using (var insert = BulkInsert<ChronologyEntry>.For(db))
            {
                foreach (var entry in bulk)
                {
                    await insert.AddAsync(entry, default);
                }

                await insert.CompleteAsync(default);
            }

            await using (var linkInsert = BulkInsert<EntryPerson>.For(db))
            {
                await linkInsert.AddAsync(new EntryPerson { EntryId = bulk[0].Id, PersonId = personId, ReviewId = reviewId, MatchedText = "Stella" }, default);
                await linkInsert.CompleteAsync(default);
            }

            await transaction.CommitAsync();
        }

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        async Task<List<string>> StoredAsync(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.Add(Enumerable.Range(0, reader.FieldCount).Aggregate(string.Empty, (text, i) => text + "|" + reader.GetString(i)));
            }

            return values;
        }

        string Columns(string table, params string[] names) =>
            string.Join(", ", names.Select(n => $"typeof(\"{n}\") || ':' || quote(\"{n}\")")) + $" FROM \"{table}\"";
        string[] entryColumns = ["Id", "ReviewId", "AgencyId", "SubmissionVersionId", "LineageId", "IsCurrent", "RowNumber", "Date", "Time", "Precision", "EventType",
            "Description", "PeopleInvolved", "AuthorRole", "SourceReference", "MergedEventId"];
        var stored = await StoredAsync($"SELECT {Columns("ChronologyEntries", entryColumns)} ORDER BY \"RowNumber\", rowid");
        Assert.Equal(4, stored.Count);
        string WithoutIds(string row) => string.Join('|', row.Split('|').Where((_, i) => i is not 1 and not 5));
        Assert.Equal(WithoutIds(stored[0]), WithoutIds(stored[1]));
        Assert.Equal(WithoutIds(stored[2]), WithoutIds(stored[3]));
        Assert.Contains($"text:'{bulk[0].Id.ToString().ToUpperInvariant()}'", stored[1]);
        Assert.Contains("text:'23:59:58.1234560'", stored[3]);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(1, await db.ChronologyEntries.CountAsync(e => e.Id == bulk[1].Id && e.Date == new DateOnly(2023, 12, 31) && e.Time == new TimeOnly(23, 59, 58, 123, 456)));
        }

        var links = await StoredAsync($"SELECT {Columns("EntryPeople", "PersonId", "ReviewId", "MatchedText")} ORDER BY rowid");
        Assert.Equal(links[0], links[1]);
    }
}

public sealed class PostgresChronologyImportDataTests() : ChronologyImportDataTests(DatabaseProvider.Postgres);

/// <summary>Entries and name links written by <see cref="BulkInsert{T}"/> read back through EF exactly as EF
/// itself would have written them, on both databases: ids, dates, times, enums held as text, nulls; more
/// rows than one statement holds; and nothing left once the transaction rolls back.</summary>
public abstract class ChronologyImportDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task BulkInsert_EntriesAndLinks_RoundTripAndRollBack()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, agencyId, versionId, personId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Bulk Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit, "Bo Bulk");
            var review = Seed.Review(db, partnership, type, user, "Child B");
            (reviewId, agencyId) = (review.Id, agency.Id);
            var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = agencyId, CurrentVersion = 1, CreatedAt = Seed.Now };
            var version = new SubmissionVersion
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                ReviewId = reviewId,
                Number = 1,
                Source = SubmissionSource.Upload,
                RowCount = 250,
                AppliedByUserId = user.Id,
                AppliedAt = Seed.Now,
            };
            var person = new Person { Id = Guid.NewGuid(), ReviewId = reviewId, RealName = "Kerry Testwell", Aliases = ["Kez"], Pseudonym = "Mother", CreatedAt = Seed.Now };
            db.AddRange(submission, version, person);
            await db.SaveChangesAsync();
            (versionId, personId) = (version.Id, person.Id);
        }

        var entries = Enumerable.Range(1, 250).Select(i => new ChronologyEntry
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            AgencyId = agencyId,
            SubmissionVersionId = versionId,
            LineageId = Guid.NewGuid(),
            IsCurrent = true,
            RowNumber = i,
            Date = new DateOnly(2024, 2, 29).AddDays(i),
            Time = i % 2 == 0 ? new TimeOnly(14, 30, 15) : null,
            Precision = i % 3 == 0 ? DatePrecision.Approximate : DatePrecision.Day,
            EventType = EventTypes.HomeVisit,
            Description = $"Seen at home, \"row\" {i}; café",
            PeopleInvolved = i == 1 ? "Kez" : null,
            SourceReference = $"R{i}",
        }).ToList();

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using (var cache = await BulkInsertCache.EnlargeAsync(db, default))
            {
                await using var insert = BulkInsert<ChronologyEntry>.For(db);
                foreach (var entry in entries)
                {
                    await insert.AddAsync(entry, default);
                }

                await insert.CompleteAsync(default);
                await using var links = BulkInsert<EntryPerson>.For(db);
                await links.AddAsync(new EntryPerson { EntryId = entries[0].Id, PersonId = personId, ReviewId = reviewId, MatchedText = "Kez" }, default);
                await links.CompleteAsync(default);
            }

            await transaction.CommitAsync();
        }

        await using (var db = database.CreateContext())
        {
            var read = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId).OrderBy(e => e.RowNumber).ToListAsync();
            Assert.Equal(250, read.Count);
            Assert.Equivalent(entries, read);
            Assert.Equal(3, await db.ChronologyEntries.CountAsync(e => e.ReviewId == reviewId && e.Time == new TimeOnly(14, 30, 15) && e.Date < new DateOnly(2024, 3, 7)));
            Assert.Equal(83, await db.ChronologyEntries.CountAsync(e => e.Precision == DatePrecision.Approximate));
            var link = await db.EntryPeople.SingleAsync();
            Assert.Equal((entries[0].Id, personId, "Kez"), (link.EntryId, link.PersonId, link.MatchedText));
        }

        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using var insert = BulkInsert<ChronologyEntry>.For(db);
            await insert.AddAsync(new ChronologyEntry
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                AgencyId = agencyId,
                SubmissionVersionId = versionId,
                LineageId = Guid.NewGuid(),
                Date = new DateOnly(2024, 1, 1),
                EventType = "Other",
                Description = "Rolled back",
            }, default);
            await insert.CompleteAsync(default);
            await transaction.RollbackAsync();
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal(250, await db.ChronologyEntries.CountAsync());
        }
    }
}
