using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteChronologyImportDataTests() : ChronologyImportDataTests(DatabaseProvider.Sqlite);

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
