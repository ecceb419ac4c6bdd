using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class UnmatchedNamesTests
{
    [Fact]
    public void Names_ACell_IsSplitIntoPeople_RolesAndFamilyWordsLeftOut()
    {
        var names = UnmatchedNames.Names("Mum (Kelly), SW Jo Bloggs; Sam (neighbour) and Dr Patel / baby, police officer, Kai & Lee-Ann O'Dowd");

        Assert.Equal(["Kelly", "Jo Bloggs", "Sam", "Patel", "Kai", "Lee-Ann O'Dowd"], names);
    }

    [Fact]
    public void Find_CountsEntriesPerName_AndLeavesOutTheRegister()
    {
        var matcher = new NameMatcher([new KnownNames(Guid.NewGuid(), ["Kai Testwell", "Kai"])]);
        string?[] cells = ["Kai, Kelly", "KELLY (mother)", "Kelly; Kelly", "Child Q, Dean", null, "KÉLLY"];

        var found = UnmatchedNames.Find(cells, matcher, ["Child Q"]);

        // "Kelly", "KELLY" and "KÉLLY" are one name in four entries, shown as most often written.
        Assert.Equal([("Kelly", 4), ("Dean", 1)], found.Select(f => (f.Name, f.Entries)));
    }

    [Theory]
    [InlineData("Mum", true)]
    [InlineData("the child", true)]
    [InlineData("Baby", true)]
    [InlineData("DAD", true)]
    [InlineData("Not known", true)]
    [InlineData("Kez", false)]
    [InlineData("Mumtaz", false)]
    public void IsCommonWord_FamilyWords_AreNotNames(string name, bool common) =>
        Assert.Equal(common, NameWords.IsCommonWord(name));
}
