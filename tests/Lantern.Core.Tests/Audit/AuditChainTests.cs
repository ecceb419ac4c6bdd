using System.Reflection;
using Lantern.Core.Audit;

namespace Lantern.Core.Tests.Audit;

public sealed class AuditChainTests
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

    [Fact]
    public void Verify_EmptyTrailWithNoHead_IsIntact()
    {
        var result = AuditChain.Verify([], null, Key);

        Assert.True(result.IsIntact);
        Assert.Equal(0, result.EventsChecked);
    }

    [Fact]
    public void Verify_EmptyTrailInADatabaseWithRecords_SaysTheTrailWasEmptied()
    {
        var result = AuditChain.Verify([], null, Key, databaseHoldsRecords: true);

        Assert.False(result.IsIntact);
        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Contains("the trail has been emptied", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_TrailReachingPastItsAnchor_IsIntact()
    {
        var events = Chain(5);

        var result = AuditChain.Verify(events, HeadOf(events), Key, AuditAnchor.For(events[2].Sequence, events[2].Hash, Key));

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(5, result.EventsChecked);
    }

    [Fact]
    public void Verify_TrailEndingBeforeItsAnchor_SaysWhichEventsAreMissing()
    {
        var events = Chain(5);
        var anchor = AuditAnchor.For(events[4].Sequence, events[4].Hash, Key);
        events.RemoveRange(3, 2);

        var result = AuditChain.Verify(events, HeadOf(events), Key, anchor);

        Assert.False(result.IsIntact);
        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("events after #3 are missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EmptyTrailAndNoHeadButAnAnchor_SaysEveryEventIsMissing()
    {
        var events = Chain(2);

        var result = AuditChain.Verify([], null, Key, AuditAnchor.For(events[1].Sequence, events[1].Hash, Key));

        Assert.False(result.IsIntact);
        Assert.Contains("every event is missing", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ANewTrailAsLongAsTheAnchoredOne_SaysTheTrailWasRewritten()
    {
        var original = Chain(3);
        var anchor = AuditAnchor.For(original[2].Sequence, original[2].Hash, Key);
        var replacement = Chain(4);

        var result = AuditChain.Verify(replacement, HeadOf(replacement), Key, anchor);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Equal(replacement[2].Id, result.FirstBrokenEventId);
        Assert.Contains("the trail was rewritten", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AnchorEditedByHand_IsRefused()
    {
        var events = Chain(5);
        var genuine = AuditAnchor.For(events[4].Sequence, events[4].Hash, Key);
        var edited = genuine with { Sequence = 3, Hash = events[2].Hash };

        var result = AuditChain.Verify(events.Take(3), HeadOf(events), Key, edited);

        Assert.False(result.IsIntact);
        Assert.Contains("has been edited", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_AnchorSealedWithAnotherKey_SaysTheKeyDiffers()
    {
        var events = Chain(2);

        var result = AuditChain.Verify(events, HeadOf(events), Key, AuditAnchor.For(events[1].Sequence, events[1].Hash, AuditKey.Create()));

        Assert.False(result.IsIntact);
        Assert.Contains("different audit key", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditAnchor_FormatThenParse_GivesTheSameAnchorAndRefusesOtherText()
    {
        var events = Chain(1);
        var anchor = AuditAnchor.For(events[0].Sequence, events[0].Hash, Key);

        var parsed = AuditAnchor.Parse(anchor.Format());

        Assert.Equal(anchor, parsed);
        Assert.True(parsed!.IsSealedBy(Key));
        Assert.Null(AuditAnchor.Parse(""));
        Assert.Null(AuditAnchor.Parse(anchor.Format().Replace("sequence 1", "sequence -1", StringComparison.Ordinal)));
        Assert.Null(AuditAnchor.Parse(Convert.ToBase64String(Key.Value)));
    }

    [Fact]
    public void ComputeHash_FieldsThatWouldRunTogether_GiveDifferentHashes()
    {
        var a = new AuditEvent(Guid.Empty, Start, new AuditActor(null, null, null, "ab"), "c", AuditSubject.None);
        var b = new AuditEvent(Guid.Empty, Start, new AuditActor(null, null, null, "a"), "bc", AuditSubject.None);
        a.Chain(0, AuditChain.Genesis, Key);
        b.Chain(0, AuditChain.Genesis, Key);

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Truncate_SubMicrosecondTicks_AreDroppedSoBothDatabasesHashTheSame()
    {
        var precise = new DateTime(638_000_000_000_000_123, DateTimeKind.Utc);

        var truncated = AuditChain.Truncate(precise);

        Assert.Equal(638_000_000_000_000_120, truncated.Ticks);
        Assert.Equal(DateTimeKind.Utc, truncated.Kind);
    }

    [Fact]
    public void AuditActions_AllNames_AreUniqueAndLowerCase()
    {
        Assert.Equal(AuditActions.All.Count, AuditActions.All.Distinct().Count());
        Assert.All(AuditActions.All, a => Assert.Matches("^[a-z-]+\\.[a-z-]+$", a));
    }
}

public sealed class AuditActionDescriptionTests
{
    [Fact]
    public void Describe_EveryAction_HasItsOwnPlainDescription()
    {
        var descriptions = AuditActions.All.Select(AuditActions.Describe).ToList();

        Assert.All(AuditActions.All.Zip(descriptions), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal(descriptions.Count, descriptions.Distinct().Count());
    }
}
