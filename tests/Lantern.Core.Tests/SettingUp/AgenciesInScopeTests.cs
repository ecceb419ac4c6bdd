using Lantern.Core.SettingUp;

namespace Lantern.Core.Tests.SettingUp;

public sealed class AgenciesInScopeTests
{
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid Health = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Housing = Guid.NewGuid();

    private static readonly (Guid, string)[] Agencies = [(Police, "Police"), (Health, "health visiting"), (School, "Ashdown Primary School"), (Housing, "Housing")];

    [Fact]
    public void Order_InScopeFirstByName_ThenTheOthersMarked()
    {
        var ordered = AgenciesInScope.Order(Agencies, [Police, Health]);

        Assert.Equal(["health visiting", "Police", "Ashdown Primary School", "Housing"], ordered.Select(a => a.Name));
        Assert.Equal([false, false, true, true], ordered.Select(a => a.OutsideTerms));
    }

    [Fact]
    public void Order_NoTermsYet_ByNameWithNoneMarked()
    {
        var ordered = AgenciesInScope.Order(Agencies, null);

        Assert.Equal(["Ashdown Primary School", "health visiting", "Housing", "Police"], ordered.Select(a => a.Name));
        Assert.All(ordered, a => Assert.False(a.OutsideTerms));
    }
}
