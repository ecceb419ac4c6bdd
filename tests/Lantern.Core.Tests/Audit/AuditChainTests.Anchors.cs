using System.Reflection;
using Lantern.Core.Audit;

namespace Lantern.Core.Tests.Audit;

/// <summary>Empty trails, anchors and the hash's own edges.</summary>
public sealed partial class AuditChainTests
{
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
