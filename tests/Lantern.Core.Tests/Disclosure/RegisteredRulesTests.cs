using Lantern.Core.Disclosure;
using static Lantern.Core.Tests.Disclosure.TestRegister;

namespace Lantern.Core.Tests.Disclosure;

public sealed class RegisteredRulesTests
{
    [Theory]
    [InlineData("Child Q was born on 12/03/2019 at home.", "12/03/2019")]
    [InlineData("Child Q was born on 12/3/19 at home.", "12/3/19")]
    [InlineData("Child Q was born on 12.03.2019 at home.", "12.03.2019")]
    [InlineData("Child Q was born on 12-03-2019 at home.", "12-03-2019")]
    [InlineData("Child Q was born on 2019-03-12 at home.", "2019-03-12")]
    [InlineData("Child Q was born on 12 March 2019 at home.", "12 March 2019")]
    [InlineData("Child Q was born on 12th Mar 2019 at home.", "12th Mar 2019")]
    [InlineData("Child Q was born on the 12th of March, 2019 at home.", "12th of March, 2019")]
    [InlineData("Child Q was born on March 12th, 2019 at home.", "March 12th, 2019")]
    public void Scan_DateOfBirthInAnyCommonForm_IsFound(string text, string expected)
    {
        var hit = Single(text);

        Assert.Equal(expected, hit.Text);
        Assert.Equal(DisclosureRule.DateOfBirth, hit.Rule);
        Assert.Equal("[date of birth removed]", hit.Suggestion);
        Assert.Contains("Child Q", hit.Why);
    }

    [Fact]
    public void Scan_SameDayInAnotherYear_IsOnlyAnExactDate()
    {
        var hit = Single("A visit took place on 12 March 2024.");

        Assert.Equal(DisclosureRule.ExactDate, hit.Rule);
        Assert.Equal(DisclosureSeverity.Medium, hit.Severity);
    }

    [Theory]
    [InlineData("They lived at 14 Acacia Road for a year.", "14 Acacia Road")]
    [InlineData("They lived at 14, Acacia Rd for a year.", "14, Acacia Rd")]
    [InlineData("They lived on Acacia Road for a year.", "Acacia Road")]
    [InlineData("They lived on acacia road for a year.", "acacia road")]
    public void Scan_RegisteredAddressLine_IsAnAddress(string text, string expected) =>
        Expect(text, expected, DisclosureRule.Address, "[address removed]");

    [Theory]
    [InlineData("The flat (BK4 7QT) was damp.", "BK4 7QT")]
    [InlineData("The flat (bk47qt) was damp.", "bk47qt")]
    public void Scan_RegisteredPostcode_SaysWhose(string text, string expected)
    {
        var hit = Single(text);

        Assert.Equal(expected, hit.Text);
        Assert.Equal(DisclosureRule.Postcode, hit.Rule);
        Assert.Contains("Child Q and Mother", hit.Why);
    }

    [Fact]
    public void Scan_TownOfARegisteredAddressAlone_IsNotAHit() =>
        Assert.Empty(Scan("The review was commissioned by the Brackenford partnership."));

    [Theory]
    [InlineData("She started at Oakfield Primary School in the autumn.", "Oakfield Primary School", "a local primary school")]
    [InlineData("She started at Oakfield school in the autumn.", "Oakfield school", "a local primary school")]
    [InlineData("She started at St Aidan's CE Primary School in the autumn.", "St Aidan's CE Primary School", "another primary school")]
    [InlineData("She started at Saint Aidans in the autumn.", "Saint Aidans", "another primary school")]
    [InlineData("Her Menkes syndrome was diagnosed late.", "Menkes syndrome", "a rare genetic condition")]
    [InlineData("Her MENKES was diagnosed late.", "MENKES", "a rare genetic condition")]
    [InlineData("She was registered at Hollins Lane.", "Hollins Lane", "the family's GP practice")]
    [InlineData("She was taken to Brackenford Royal Infirmary.", "Brackenford Royal Infirmary", "the local hospital")]
    [InlineData("She was taken to Brackenford hospital.", "Brackenford hospital", "the local hospital")]
    [InlineData("They moved to the Sunnybank Estate.", "Sunnybank Estate", "a housing estate")]
    public void Scan_RegisteredDetail_IsFoundWithItsReplacement(string text, string expected, string suggestion) =>
        Expect(text, expected, DisclosureRule.IdentifyingDetail, suggestion);

    [Fact]
    public void Scan_OneWordOwnNameOfAHospitalAlone_IsNotAHit() =>
        Assert.Empty(Scan("Brackenford has two hospitals."));

    [Fact]
    public void Scan_EmptyRegister_StillFindsGenericIdentifiers()
    {
        var check = new DisclosureCheck([], []);

        var hit = Assert.Single(check.Scan("Call 0113 496 0123 to book."));

        Assert.Equal(DisclosureRule.PhoneNumber, hit.Rule);
    }
}
