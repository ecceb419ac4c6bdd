using Lantern.Core.Disclosure;
using Lantern.Core.Information;

namespace Lantern.Core.Tests.Disclosure;

/// <summary>Initials of a surname with an apostrophe, and short names that are found only with a capital.</summary>
public sealed class ShortNamesAndInitialsTests
{
    private static readonly DisclosureCheck Check = new(
    [
        new DisclosurePerson("Siobhan O'Riordan", ["Bee"], "Mother", PersonCategory.FamilyOrHousehold),
        new DisclosurePerson("Declan O’Sullivan", [], "Father", PersonCategory.FamilyOrHousehold),
        new DisclosurePerson("Christopher Dunmore", ["Kit"], "Child D", PersonCategory.Subject),
        new DisclosurePerson("Joanne Pettigrew", ["Jo", "Jojo"], "Aunt", PersonCategory.FamilyOrHousehold),
        new DisclosurePerson("Ruby Ash", [], "Sibling 1", PersonCategory.FamilyOrHousehold),
    ]);

    [Theory]
    [InlineData("The referral named S.O'R. as the main carer.", "S.O'R.")]
    [InlineData("The referral named S O'R as the main carer.", "S O'R")]
    [InlineData("The referral named S. O'R. as the main carer.", "S. O'R.")]
    [InlineData("The referral named S.O’R. as the main carer.", "S.O’R.")]
    [InlineData("The referral named SO'R as the main carer.", "SO'R")]
    [InlineData("The referral named SOR as the main carer.", "SOR")]
    [InlineData("The referral named D O'S as the father.", "D O'S")]
    [InlineData("The referral named D.O'S. as the father.", "D.O'S.")]
    public void Scan_InitialsOfAnApostropheSurname_AreFound(string text, string expected)
    {
        var hit = Assert.Single(Check.Scan(text));

        Assert.Equal(expected, hit.Text);
        Assert.Equal(DisclosureRule.Initials, hit.Rule);
    }

    [Fact]
    public void Scan_ApostropheSurnameWritten_IsOneNameHit()
    {
        var hit = Assert.Single(Check.Scan("The school rang Siobhan O'Riordan twice."));

        Assert.Equal("Siobhan O'Riordan", hit.Text);
        Assert.Equal("Mother", hit.Suggestion);
    }

    [Theory]
    [InlineData("Bee said she would come back.", "Bee")]
    [InlineData("The nurse asked Bee to wait.", "Bee")]
    [InlineData("Everyone called him Kit at school.", "Kit")]
    [InlineData("Kit's teacher wrote to the family.", "Kit's")]
    [InlineData("Only Jo answered the door.", "Jo")]
    [InlineData("JOJO came to the meeting.", "JOJO")]
    [InlineData("The family knew her as Ruby.", "Ruby")]
    public void Scan_ShortNameWithACapital_IsAHit(string text, string expected) =>
        Assert.Equal(expected, Assert.Single(Check.Scan(text)).Text);

    [Theory]
    [InlineData("She was stung by a bee in the garden.")]
    [InlineData("He packed his kit bag for the swimming lesson.")]
    [InlineData("The first aid kit was empty.")]
    [InlineData("The ash from the fire had not been cleared.")]
    [InlineData("She wore a ruby ring from her nan.")]
    [InlineData("The bees had made a nest in the shed.")]
    [InlineData("A jojo toy was on the floor.")]
    public void Scan_ShortNameInLowerCase_IsNotAHit(string text) => Assert.Empty(Check.Scan(text));

    [Fact]
    public void Scan_LongerNameInLowerCase_IsStillAHit() =>
        Assert.Equal("dunmore", Assert.Single(Check.Scan("The letter was sent to dunmore at the old address.")).Text);
}
