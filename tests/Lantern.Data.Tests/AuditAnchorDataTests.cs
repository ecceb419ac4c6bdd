using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lantern.Data.Tests;

public sealed class SqliteAuditAnchorDataTests() : AuditAnchorDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditAnchorDataTests() : AuditAnchorDataTests(DatabaseProvider.Postgres);

/// <summary>
/// Someone who can reach the database but not the keys folder empties or shortens the trail: the anchor kept
/// beside the key still shows how far the trail had reached.
/// </summary>
public abstract partial class AuditAnchorDataTests(DatabaseProvider provider) : IDisposable
{
    private readonly string keys = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "lantern-tests", $"keys-{Guid.NewGuid():N}")).FullName;
    private readonly List<AuditAnchorFile> anchors = [];

    private string AnchorPath => Path.Combine(keys, AuditAnchorFile.FileName);

    public void Dispose()
    {
        // As at shutdown, so no write scheduled for later lands after the folder has gone.
        anchors.ForEach(a => a.Dispose());
        Directory.Delete(keys, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Verify_TriggersDroppedAndBothAuditTablesEmptied_SaysEveryEventIsMissing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await TrailOfAsync(database, 5, Anchor());
        await database.DisableAuditTriggersAsync(db);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" """);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditChainHeads" """);

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(0, result.EventsChecked);
        Assert.Contains("had reached event 5: every event is missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_BothAuditTablesEmptiedAndNoAnchor_SaysTheTrailWasEmptiedBecauseRecordsExist()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await TrailOfAsync(database, 3, anchor: null);
        await database.DisableAuditTriggersAsync(db);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" """);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditChainHeads" """);

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Contains("the database holds accounts, partnerships or reviews", result.Message, StringComparison.Ordinal);
        Assert.Contains("the trail has been emptied", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NewestEventsAndTheHeadRowDeleted_SaysEventsAfterTheLastOneLeftAreMissing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await TrailOfAsync(database, 5, Anchor());
        await database.DisableAuditTriggersAsync(db);

        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" >= 4""");
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditChainHeads" """);

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("reached event 5: events after #3 are missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnchorAheadOfTheDatabase_Fails()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await TrailOfAsync(database, 3, Anchor());
        var laterHead = AuditAnchor.For(7, new string('a', 64), TestDatabase.TestKey);
        await File.WriteAllTextAsync(AnchorPath, laterHead.Format());

        var result = await AuditTrail.VerifyAsync(db);

        Assert.False(result.IsIntact);
        Assert.Contains("reached event 7: events after #3 are missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChanges_AfterTheTrailWasEmptied_LeavesTheAnchorWhereItWasAndVerifySaysTheTrailWasRewritten()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var anchor = Anchor();
        await using var db = await TrailOfAsync(database, 3, anchor);
        var anchored = await File.ReadAllTextAsync(AnchorPath);
        await database.DisableAuditTriggersAsync(db);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" """);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditChainHeads" """);

        // Lantern carries on recording, past the anchored sequence, and no request fails.
        for (var i = 0; i < 5; i++)
        {
            await using var writer = database.CreateContext(anchor: anchor);
            writer.Audit(Seed.Event());
            await writer.SaveChangesAsync();
        }

        anchor.Flush();
        Assert.Equal(anchored, await File.ReadAllTextAsync(AnchorPath));
        await using var check = database.CreateContext(anchor: Anchor());
        var result = await AuditTrail.VerifyAsync(check);
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("the trail was rewritten", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnchorFileEditedByHand_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await TrailOfAsync(database, 5, Anchor());
        var third = await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Sequence == 3);
        var genuine = AuditAnchor.Parse(await File.ReadAllTextAsync(AnchorPath))!;

        // Someone shortens the trail and sets the anchor back to match, keeping its old seal.
        await database.DisableAuditTriggersAsync(db);
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "AuditEvents" WHERE "Sequence" >= 4""");
        await File.WriteAllTextAsync(AnchorPath, (genuine with { Sequence = 3, Hash = third.Hash }).Format());

        var result = await AuditTrail.VerifyAsync(db);
        Assert.False(result.IsIntact);
        Assert.Contains("has been edited", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnchorFileReplacedWithOtherText_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await TrailOfAsync(database, 2, Anchor());
        await File.WriteAllTextAsync(AnchorPath, "sequence 1\n");

        var result = await AuditTrail.VerifyAsync(db);

        Assert.False(result.IsIntact);
        Assert.Contains("is not an audit anchor", result.Message, StringComparison.Ordinal);
    }

    private AuditAnchorFile Anchor()
    {
        var anchor = new AuditAnchorFile(AnchorPath, TestDatabase.TestKey, NullLogger<AuditAnchorFile>.Instance);
        anchors.Add(anchor);
        return anchor;
    }

    private long? AnchorSequence() => File.Exists(AnchorPath) ? AuditAnchor.Parse(File.ReadAllText(AnchorPath))?.Sequence : null;

    /// <summary>A partnership with an account and a review, and <paramref name="count"/> events, one save each.</summary>
    private static async Task<LanternDbContext> TrailOfAsync(TestDatabase database, int count, AuditAnchorFile? anchor)
    {
        var db = database.CreateContext(anchor: anchor);
        var (partnership, agency, type) = Seed.Partnership(db);
        Seed.Review(db, partnership, type, Seed.User(db, partnership, agency, PartnershipRoles.BusinessUnit));
        for (var i = 0; i < count; i++)
        {
            db.Audit(Seed.Event(at: Seed.Now.AddSeconds(i)));
            await db.SaveChangesAsync();
        }

        var result = await AuditTrail.VerifyAsync(db);
        Assert.True(result.IsIntact, result.Message);
        return db;
    }

    private sealed class CapturingLogger : ILogger<AuditAnchorFile>
    {
        public System.Collections.Concurrent.ConcurrentQueue<(LogLevel Level, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception), state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));
    }
}
