using Lantern.Web.Infrastructure.Layout;

namespace Lantern.Web.Tests.Infrastructure;

public sealed class UkTimeTests
{
    [Fact]
    public void UkDate_JustAfterMidnightInSummer_IsTheNextDayInTheUk() =>
        Assert.Equal("1 July 2026", new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc).UkDate());

    [Fact]
    public void UkDate_InWinter_IsTheUtcDate() =>
        Assert.Equal("31 December 2026", new DateTime(2026, 12, 31, 23, 30, 0, DateTimeKind.Utc).UkDate());
}
