using Lantern.Core.Accounts;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

/// <summary>Every data test runs on both databases.</summary>
public sealed class SqliteDataTests() : DataTests(DatabaseProvider.Sqlite);

public sealed class PostgresDataTests() : DataTests(DatabaseProvider.Postgres);

public abstract class DataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Model_AfterAllMigrations_HasNoPendingChanges()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model has changes no migration covers: run scripts/ef both migrations add <Name>.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Migrate_FreshDatabase_RoundTripsEveryEntity()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid partnershipId, agencyId, typeId, userId, reviewId, memberId, linkId;
        string tokenHash;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db, "Round Trip Partnership");
            var user = Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit | PartnershipRoles.Chair, "Ana Roundtrip");
            var review = Seed.Review(db, partnership, type, user, "Children F, G and H");
            var member = new ReviewMember(Guid.NewGuid(), review.Id, user.Id, ReviewRole.Observer, Seed.Now, user.Id);
            db.ReviewMembers.Add(member);
            var (link, _) = OneTimeLink.Issue(OneTimeLinkPurpose.Invitation, user.Id, Seed.Now);
            db.OneTimeLinks.Add(link);
            db.Audit(Seed.Event(AuditActions.ReviewCreated, review.Id, partnership.Id));
            await db.SaveChangesAsync();
            (partnershipId, agencyId, typeId, userId, reviewId, memberId, linkId, tokenHash) =
                (partnership.Id, agency.Id, type.Id, user.Id, review.Id, member.Id, link.Id, link.TokenHash);
        }

        await using (var db = database.CreateContext())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId);
            Assert.StartsWith("Round Trip Partnership", partnership.Name, StringComparison.Ordinal);
            Assert.Equal(Seed.Now, partnership.CreatedAt);
            Assert.Equal(DateTimeKind.Utc, partnership.CreatedAt.Kind);

            var agency = await db.Agencies.SingleAsync(a => a.Id == agencyId);
            Assert.Equal(AgencyType.ChildrensSocialCare, agency.Type);
            Assert.True(agency.IsActive);

            Assert.Equal(7, await db.ReviewTypes.CountAsync(t => t.PartnershipId == partnershipId));
            Assert.Equal("Local child safeguarding practice review", (await db.ReviewTypes.SingleAsync(t => t.Id == typeId)).Name);

            var user = await db.Users.SingleAsync(u => u.Id == userId);
            Assert.Equal(PartnershipRoles.BusinessUnit | PartnershipRoles.Chair, user.PartnershipRoles);
            Assert.Equal("Ana Roundtrip", user.DisplayName);
            Assert.Equal(agencyId, user.AgencyId);

            var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
            Assert.Equal("Children F, G and H", review.WorkingTitle);
            Assert.Equal(ReviewStatus.InProgress, review.Status);
            Assert.Equal(typeId, review.ReviewTypeId);

            var member = await db.ReviewMembers.SingleAsync(m => m.Id == memberId);
            Assert.Equal(ReviewRole.Observer, member.Role);

            var link = await db.OneTimeLinks.SingleAsync(l => l.Id == linkId);
            Assert.Equal(tokenHash, link.TokenHash);
            Assert.Equal(Seed.Now + OneTimeLink.InvitationLifetime, link.ExpiresAt);

            var auditEvent = await db.AuditEvents.SingleAsync(e => e.ReviewId == reviewId);
            Assert.Equal(AuditActions.ReviewCreated, auditEvent.Action);
            Assert.Equal(AuditChain.ComputeHash(auditEvent, TestDatabase.TestKey), auditEvent.Hash);
        }
    }

    [Fact]
    public async Task SaveChanges_StaleVersion_IsRefusedAndNothingIsLost()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid reviewId, typeId;
        await using (var db = database.CreateContext())
        {
            var (partnership, agency, type) = Seed.Partnership(db);
            var review = Seed.Review(db, partnership, type, Seed.User(db, partnership, agency));
            await db.SaveChangesAsync();
            (reviewId, typeId) = (review.Id, type.Id);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Reviews.SingleAsync(r => r.Id == reviewId);
        var theirs = await second.Reviews.SingleAsync(r => r.Id == reviewId);
        theirs.ChangeDetails("Child R", typeId, ReviewStatus.ReportDrafting);
        await second.SaveChangesAsync();

        mine.ChangeDetails("Child S", typeId, ReviewStatus.Closed);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());

        await using var check = database.CreateContext();
        var saved = await check.Reviews.SingleAsync(r => r.Id == reviewId);
        Assert.Equal("Child R", saved.WorkingTitle);
        Assert.Equal(ReviewStatus.ReportDrafting, saved.Status);
    }

    [Fact]
    public async Task SaveChanges_AuditEvents_AreChainedInOrderWithAHead()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.Audit(Seed.Event(at: Seed.Now));
            db.Audit(Seed.Event(at: Seed.Now.AddSeconds(1)));
            await db.SaveChangesAsync();
            db.Audit(Seed.Event(at: Seed.Now.AddSeconds(2)));
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var events = await check.AuditEvents.OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, events[0].PreviousHash);
        Assert.Equal(events[0].Hash, events[1].PreviousHash);
        Assert.Equal(events[1].Hash, events[2].PreviousHash);
        var head = await check.AuditChainHeads.SingleAsync();
        Assert.Equal(3, head.LastSequence);
        Assert.Equal(events[2].Hash, head.LastHash);
        Assert.True((await AuditTrail.VerifyAsync(check)).IsIntact);
    }

    [Fact]
    public async Task SaveChanges_ParallelWriters_KeepOneUnbrokenChain()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        const int writers = 6, eventsEach = 8;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < eventsEach; i++)
            {
                await using var db = database.CreateContext();
                db.Audit(Seed.Event());
                await db.SaveChangesAsync();
            }
        })));

        await using var check = database.CreateContext();
        var result = await AuditTrail.VerifyAsync(check);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(writers * eventsEach, result.EventsChecked);
    }

    [Fact]
    public async Task SaveChanges_SecondSaveAfterAnotherWriter_ContinuesFromTheRealHead()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        first.Audit(Seed.Event());
        await first.SaveChangesAsync();
        second.Audit(Seed.Event());
        await second.SaveChangesAsync();
        first.Audit(Seed.Event());
        await first.SaveChangesAsync();

        await using var check = database.CreateContext();
        var result = await AuditTrail.VerifyAsync(check);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(3, result.EventsChecked);
    }

    [Fact]
    public async Task SaveChanges_FailedSave_LeavesNoEventAndTheChainCarriesOn()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var (partnership, agency, type) = Seed.Partnership(db);
        var review = Seed.Review(db, partnership, type, Seed.User(db, partnership, agency));
        db.Audit(Seed.Event());
        await db.SaveChangesAsync();

        db.Entry(review).Property(r => r.Version).OriginalValue = Guid.NewGuid();
        review.ChangeDetails("Child T", type.Id, ReviewStatus.Closed);
        db.Audit(Seed.Event(AuditActions.ReviewDetailsChanged));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        await using var next = database.CreateContext();
        next.Audit(Seed.Event(AuditActions.ReviewViewed));
        await next.SaveChangesAsync();
        var result = await AuditTrail.VerifyAsync(next);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(2, result.EventsChecked);
        Assert.DoesNotContain(await next.AuditEvents.Select(e => e.Action).ToListAsync(), a => a == AuditActions.ReviewDetailsChanged);
    }

    [Fact]
    public async Task AuditEvents_UpdateOrDeleteThroughTheDatabase_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        db.Audit(Seed.Event());
        await db.SaveChangesAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEvents" SET "Action" = 'review.deleted'"""));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" """));

        Assert.Equal(1, await db.AuditEvents.CountAsync());
        Assert.True((await AuditTrail.VerifyAsync(db)).IsIntact);
    }

    [Fact]
    public async Task Verify_RowEditedDirectlyInTheDatabase_NamesThatEvent()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ChainOfAsync(database, 5);
        await database.DisableAuditTriggersAsync(db);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditEvents" SET "IpAddress" = '203.0.113.99' WHERE "Sequence" = 3""");

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(await db.AuditEvents.Where(e => e.Sequence == 3).Select(e => e.Id).SingleAsync(), result.FirstBrokenEventId);
        Assert.Contains("changed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_RowDeletedDirectlyInTheDatabase_NamesTheGap()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ChainOfAsync(database, 5);
        await database.DisableAuditTriggersAsync(db);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" = 2""");

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_LastRowsDeletedDirectlyInTheDatabase_AreDetected()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ChainOfAsync(database, 5);
        await database.DisableAuditTriggersAsync(db);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" >= 4""");

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Verify_LastRowsDeletedAndHeadRewoundInTheDatabase_AreDetected()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await ChainOfAsync(database, 5);
        await database.DisableAuditTriggersAsync(db);
        var third = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Sequence == 3);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" >= 4""");
        await db.Database.ExecuteSqlAsync($"""UPDATE "AuditChainHeads" SET "LastSequence" = 3, "LastHash" = {third.Hash}""");

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Contains("recorded end of the trail has been changed", result.Message, StringComparison.Ordinal);
    }

    private static async Task<LanternDbContext> ChainOfAsync(TestDatabase database, int count)
    {
        var db = database.CreateContext();
        for (var i = 0; i < count; i++)
        {
            db.Audit(Seed.Event(at: Seed.Now.AddSeconds(i)));
            await db.SaveChangesAsync();
        }

        Assert.True((await AuditTrail.VerifyAsync(db)).IsIntact);
        return db;
    }
}
