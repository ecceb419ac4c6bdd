using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lantern.Data.Tests;

/// <summary>How the anchor follows the trail's head as commits land.</summary>
public abstract partial class AuditAnchorDataTests
{
    [Fact]
    public async Task SaveChanges_EachCommit_MovesTheAnchorToTheNewHeadShortlyAfter()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext(anchor: Anchor());
        for (var i = 0; i < 4; i++)
        {
            db.Audit(Seed.Event());
            await db.SaveChangesAsync();
        }

        // Nothing asks for it: the write that follows the commits brings the file to the head on its own.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (AnchorSequence() != 4 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(AuditAnchorFile.WriteDelay);
        }

        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync();
        var anchor = AuditAnchor.Parse(await File.ReadAllTextAsync(AnchorPath))!;
        Assert.Equal(4, anchor.Sequence);
        Assert.Equal(head.LastHash, anchor.Hash);
        Assert.True(anchor.IsSealedBy(TestDatabase.TestKey));
        var result = await AuditTrail.VerifyAsync(db);
        Assert.True(result.IsIntact, result.Message);
    }

    [Fact]
    public async Task SaveChanges_InATransaction_MovesTheAnchorOnlyWhenItCommits()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext(anchor: Anchor());

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.Audit(Seed.Event());
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }

        db.AuditAnchorFile!.Flush();
        Assert.False(File.Exists(AnchorPath));
        db.ChangeTracker.Clear();
        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            db.Audit(Seed.Event());
            await db.SaveChangesAsync();
            db.AuditAnchorFile!.Flush();
            Assert.False(File.Exists(AnchorPath));
            await committed.CommitAsync();
        }

        db.AuditAnchorFile!.Flush();
        Assert.Equal(1, AuditAnchor.Parse(await File.ReadAllTextAsync(AnchorPath))!.Sequence);
        Assert.True((await AuditTrail.VerifyAsync(db)).IsIntact);
    }

    [Fact]
    public async Task Record_ALowerHeadFromAnotherInstance_NeverMovesTheAnchorBack()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var mine = Anchor();
        var theirs = Anchor();
        await using var db = database.CreateContext(anchor: mine);
        for (var i = 1; i <= 5; i++)
        {
            db.Audit(Seed.Event());
            await db.SaveChangesAsync();
            if (i == 2)
            {
                // Another instance sharing the keys folder reads the anchor while it is still at event 2.
                mine.Flush();
                Assert.Equal(2, theirs.Known!.Sequence);
            }
        }

        mine.Flush();

        var third = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Sequence == 3);
        var fifth = await File.ReadAllTextAsync(AnchorPath);

        // It commits late with the head it sealed earlier, and so does this instance with a repeat.
        theirs.Record(third.Sequence, third.Hash);
        theirs.Flush();
        mine.Record(third.Sequence, third.Hash);
        mine.Flush();

        Assert.Equal(fifth, await File.ReadAllTextAsync(AnchorPath));
        Assert.Equal(5, AuditAnchor.Parse(fifth)!.Sequence);
        Assert.True((await AuditTrail.VerifyAsync(db)).IsIntact);
    }

    [Fact]
    public async Task SaveChanges_AnchorLaggingAfterACrash_CatchesUpAndTheTrailVerifies()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var unanchored = await TrailOfAsync(database, 5, anchor: null))
        {
            var second = await unanchored.AuditEvents.AsNoTracking().SingleAsync(e => e.Sequence == 2);
            await File.WriteAllTextAsync(AnchorPath, AuditAnchor.For(second.Sequence, second.Hash, TestDatabase.TestKey).Format());
        }

        await using var db = database.CreateContext(anchor: Anchor());
        Assert.True((await AuditTrail.VerifyAsync(db)).IsIntact);
        db.Audit(Seed.Event());
        await db.SaveChangesAsync();
        db.AuditAnchorFile!.Flush();

        Assert.Equal(6, AuditAnchor.Parse(await File.ReadAllTextAsync(AnchorPath))!.Sequence);
        var result = await AuditTrail.VerifyAsync(db);
        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(6, result.EventsChecked);
    }

    [Fact]
    public async Task SaveChanges_AnchorCannotBeWritten_StillSavesAndWarnsOnceWithoutValues()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Directory.CreateDirectory(AnchorPath);
        var logger = new CapturingLogger();
        using var anchor = new AuditAnchorFile(AnchorPath, TestDatabase.TestKey, logger);

        for (var i = 0; i < 3; i++)
        {
            await using var db = database.CreateContext(anchor: anchor);
            db.Audit(Seed.Event());
            await db.SaveChangesAsync();
        }

        anchor.Flush();
        await using var check = database.CreateContext();
        Assert.Equal(3, await check.AuditEvents.CountAsync());
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(["{OriginalFormat}"], warning.Values.Select(v => v.Key));
        Assert.DoesNotContain(warning.Message, char.IsDigit);
    }
}
