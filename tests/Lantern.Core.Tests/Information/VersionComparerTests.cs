using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class VersionComparerTests
{
    private static readonly DateOnly Day = new(2024, 2, 3);

    private static PreviousEntry Old(string description, string? reference = null, Guid? merged = null) =>
        new(Guid.NewGuid(), merged, Day, null, DatePrecision.Day, "Home visit", description, null, null, reference);

    private static ChronologyRow New(string description, string? reference = null, int row = 1) =>
        new(row, Day, null, DatePrecision.Day, "Home visit", description, null, null, reference);

    [Fact]
    public void Compare_ByReference_CarriesLineageAndCountsTheChange()
    {
        var merged = Guid.NewGuid();
        var kept = Old("Seen at home", "HV-1", merged);
        var removed = Old("Phoned", "HV-2");

        var comparison = VersionComparer.Compare([kept, removed], [New("Seen at home with Nan", "HV-1"), New("A new visit", "HV-3")]);

        Assert.Equal((1, 1, 1), (comparison.Added, comparison.Changed, comparison.Removed));
        Assert.Same(kept, comparison.Rows[0].Previous);
        Assert.True(comparison.Rows[0].Changed);
        Assert.Null(comparison.Rows[1].Previous);
    }

    [Fact]
    public void Compare_WithoutReference_MatchesByDateTypeAndWordingIgnoringCaseAndSpacing()
    {
        var kept = Old("Seen at  home");

        var comparison = VersionComparer.Compare([kept], [New("seen at home")]);

        Assert.Same(kept, comparison.Rows[0].Previous);
        Assert.Equal((0, 1, 0), (comparison.Added, comparison.Changed, comparison.Removed));
    }

    [Fact]
    public void Compare_IdenticalRows_AreNeitherAddedNorChanged_AndDuplicatesPairOneToOne()
    {
        var first = Old("Seen");
        var second = Old("Seen");

        var comparison = VersionComparer.Compare([first, second], [New("Seen"), New("Seen"), New("Seen")]);

        Assert.Equal((1, 0, 0), (comparison.Added, comparison.Changed, comparison.Removed));
        Assert.Same(first, comparison.Rows[0].Previous);
        Assert.Same(second, comparison.Rows[1].Previous);
    }
}
