using System.Reflection;
using Lantern.Core.Audit;

namespace Lantern.Core.Tests.Audit;

public sealed partial class AuditChainTests
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);
    private static readonly AuditKey Key = AuditKey.Create();

    private static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        var previous = (Sequence: 0L, Hash: AuditChain.Genesis);
        for (var i = 0; i < count; i++)
        {
            var e = new AuditEvent(Guid.NewGuid(), Start.AddMinutes(i), new AuditActor(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "192.0.2.10"),
                AuditActions.ReviewViewed, AuditSubject.ForReview(Guid.NewGuid(), Guid.NewGuid()));
            e.Chain(previous.Sequence, previous.Hash, Key);
            previous = (e.Sequence, e.Hash);
            events.Add(e);
        }

        return events;
    }

    private static AuditChainHead HeadOf(List<AuditEvent> events)
    {
        var head = new AuditChainHead();
        head.Advance(events[^1], Key);
        return head;
    }

    private static void Set(AuditEvent e, string property, object? value) =>
        typeof(AuditEvent).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(e, value);

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var events = Chain(5);

        var result = AuditChain.Verify(events, HeadOf(events), Key);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(5, result.EventsChecked);
    }

    [Theory]
    [InlineData("Action", "review.member-added")]
    [InlineData("IpAddress", "198.51.100.7")]
    [InlineData("UserId", null)]
    public void Verify_EditedEvent_NamesThatEvent(string property, string? value)
    {
        var events = Chain(5);
        Set(events[2], property, property == "UserId" ? null : value);

        var result = AuditChain.Verify(events, HeadOf(events), Key);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(events[2].Id, result.FirstBrokenEventId);
        Assert.Contains("changed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EditedEventWithRecomputedHash_IsCaughtAtTheNextEvent()
    {
        var events = Chain(5);
        Set(events[1], "Action", "review.details-changed");
        Set(events[1], "Hash", AuditChain.ComputeHash(events[1], Key));

        var result = AuditChain.Verify(events, HeadOf(events), Key);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_DeletedMiddleEvent_NamesTheGap()
    {
        var events = Chain(5);
        var head = HeadOf(events);
        events.RemoveAt(2);

        var result = AuditChain.Verify(events, head, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_DeletedLastEvents_IsCaughtByTheHead()
    {
        var events = Chain(5);
        var head = HeadOf(events);
        events.RemoveRange(3, 2);

        var result = AuditChain.Verify(events, head, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("deleted from the end", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EventEditedAndRehashedWithoutTheKey_IsDetected()
    {
        var events = Chain(3);
        var forger = AuditKey.Create();
        Set(events[1], "Action", AuditActions.ReviewDetailsChanged);
        Set(events[1], "Hash", AuditChain.ComputeHash(events[1], forger));
        Set(events[2], "PreviousHash", events[1].Hash);
        Set(events[2], "Hash", AuditChain.ComputeHash(events[2], forger));
        var head = HeadOf(events);

        var result = AuditChain.Verify(events, head, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(2, result.FirstBrokenSequence);
    }

    [Fact]
    public void Verify_LastEventsDeletedAndHeadRewoundToAnEarlierEvent_IsDetected()
    {
        var events = Chain(5);
        var head = HeadOf(events);
        events.RemoveRange(3, 2);
        head.LastSequence = events[^1].Sequence;
        head.LastHash = events[^1].Hash;

        var result = AuditChain.Verify(events, head, Key);

        Assert.False(result.IsIntact);
        Assert.Contains("recorded end of the trail has been changed", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WithAReplacedKey_SaysTheKeyDiffersRatherThanBlamingAnEvent()
    {
        var events = Chain(2);
        var head = HeadOf(events);
        var replacement = AuditKey.Create();

        var result = AuditChain.Verify([], head, replacement);

        Assert.False(result.IsIntact);
        Assert.Contains("different audit key", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditKey_CreateFileThenLoad_CreatesAPrivateFileOnceAndReadsItBack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-key-{Guid.NewGuid():N}", "audit-chain.key");

        var created = AuditKey.CreateFile(path);
        var loaded = AuditKey.Load(path)!;

        Assert.Equal(created.Value, loaded.Value);
        Assert.Equal(created.Id, loaded.Id);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Throws<IOException>(() => AuditKey.CreateFile(path));
        Assert.Equal(created.Value, AuditKey.Load(path)!.Value);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void AuditKey_LoadWithNoFile_MakesNoKey()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lantern-key-{Guid.NewGuid():N}", "audit-chain.key");

        var loaded = AuditKey.Load(path);

        Assert.Null(loaded);
        Assert.False(File.Exists(path));
    }
}
