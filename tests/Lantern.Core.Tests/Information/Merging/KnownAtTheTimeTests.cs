using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class KnownAtTheTimeTests
{
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid Health = Guid.NewGuid();
    private static readonly DateOnly By = new(2024, 3, 10);

    [Fact]
    public void Select_OwnEntries_OnlyThoseOnOrBeforeTheDate()
    {
        var before = new DatedEntry(Guid.NewGuid(), Police, By.AddDays(-1), null);
        var on = new DatedEntry(Guid.NewGuid(), Police, By, null);
        var after = new DatedEntry(Guid.NewGuid(), Police, By.AddDays(1), null);

        var known = KnownAtTheTime.Select([after, on, before], Police, By);

        Assert.Equal([before.Id, on.Id], known.Select(e => e.Id));
    }

    [Fact]
    public void Select_OtherAgencysUnsharedEntry_NotKnown()
    {
        var health = new DatedEntry(Guid.NewGuid(), Health, By.AddDays(-5), null);

        Assert.Empty(KnownAtTheTime.Select([health], Police, By));
    }

    [Fact]
    public void Select_SharedEventTheAgencyTookPartIn_OtherAccountsAreKnown()
    {
        var merged = Guid.NewGuid();
        var police = new DatedEntry(Guid.NewGuid(), Police, By.AddDays(-3), merged);
        var health = new DatedEntry(Guid.NewGuid(), Health, By.AddDays(-2), merged);

        var known = KnownAtTheTime.Select([police, health], Police, By);

        Assert.Equal([police.Id, health.Id], known.Select(e => e.Id));
        Assert.True(KnownAtTheTime.WasTold(known[1], Police));
        Assert.False(KnownAtTheTime.WasTold(known[0], Police));
    }

    [Fact]
    public void Select_SharedEventAfterTheDate_NotYetKnown()
    {
        var merged = Guid.NewGuid();
        var police = new DatedEntry(Guid.NewGuid(), Police, By.AddDays(2), merged);
        var health = new DatedEntry(Guid.NewGuid(), Health, By.AddDays(-1), merged);

        Assert.Empty(KnownAtTheTime.Select([police, health], Police, By));
    }

    [Fact]
    public void Select_MergedEventWithoutTheAgency_NotKnown()
    {
        var merged = Guid.NewGuid();
        var health = new DatedEntry(Guid.NewGuid(), Health, By.AddDays(-1), merged);
        var school = new DatedEntry(Guid.NewGuid(), Guid.NewGuid(), By.AddDays(-1), merged);

        Assert.Empty(KnownAtTheTime.Select([health, school], Police, By));
    }
}
