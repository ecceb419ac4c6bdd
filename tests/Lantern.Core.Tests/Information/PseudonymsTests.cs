using Lantern.Core.Information;

namespace Lantern.Core.Tests.Information;

public sealed class PseudonymsTests
{
    [Theory]
    [InlineData(PersonCategory.Subject, null, null, "Child Q")]
    [InlineData(PersonCategory.FamilyOrHousehold, "mother", null, "Mother")]
    [InlineData(PersonCategory.FamilyOrHousehold, "Mother's partner", null, "Mother's partner")]
    [InlineData(PersonCategory.FamilyOrHousehold, "sibling", null, "Sibling 1")]
    [InlineData(PersonCategory.FamilyOrHousehold, "  older   brother ", null, "Older brother 1")]
    [InlineData(PersonCategory.FamilyOrHousehold, null, null, "Family member 1")]
    [InlineData(PersonCategory.Professional, null, "social worker", "Social worker 1")]
    [InlineData(PersonCategory.Professional, null, null, "Professional 1")]
    [InlineData(PersonCategory.Other, "neighbour", null, "Neighbour 1")]
    [InlineData(PersonCategory.Other, null, null, "Other person 1")]
    public void Propose_FromThePersonsPlaceInTheCase(PersonCategory category, string? relationship, string? role, string expected) =>
        Assert.Equal(expected, Pseudonyms.Propose(category, relationship, role, "Child Q", []));

    [Fact]
    public void Propose_WhenTaken_NumbersOnWithoutRegardToCase()
    {
        Assert.Equal("Mother 2", Pseudonyms.Propose(PersonCategory.FamilyOrHousehold, "Mother", null, "Child Q", ["mother"]));
        Assert.Equal("Sibling 3", Pseudonyms.Propose(PersonCategory.FamilyOrHousehold, "Sibling", null, "Child Q", ["Sibling 1", "SIBLING 2"]));
        Assert.Equal("Health visitor 2", Pseudonyms.Propose(PersonCategory.Professional, null, "Health visitor", "Child Q", ["Health visitor 1", "Social worker 1"]));
        Assert.Equal("Child Q 2", Pseudonyms.Propose(PersonCategory.Subject, null, null, "Child Q", ["Child Q"]));
    }

    [Fact]
    public void Propose_AVeryLongRole_StaysWithinTheLimitAndKeepsItsNumber()
    {
        var proposal = Pseudonyms.Propose(PersonCategory.Professional, null, new string('x', 200), "Child Q", []);

        Assert.Equal(Person.PseudonymMaxLength, proposal.Length);
        Assert.EndsWith(" 1", proposal, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesBlankTooLongTakenAndAnythingSharingARealName()
    {
        Assert.Equal("Enter a pseudonym", Pseudonyms.Check("  ", "Robin Fictional", [], []));
        Assert.Equal("The pseudonym must be 60 characters or fewer", Pseudonyms.Check(new string('a', 61), "Robin Fictional", [], []));
        Assert.Equal("Someone else in this review is already called mother. Choose a different pseudonym", Pseudonyms.Check("mother", "Robin Fictional", [], ["Mother"]));
        Assert.Equal("The pseudonym must not include any part of the person's real name or aliases", Pseudonyms.Check("Mother Robin", "Robin Fictional", [], []));
        Assert.Equal("The pseudonym must not include any part of the person's real name or aliases", Pseudonyms.Check("Aunt Bobs", "Robin Fictional", ["bobs"], []));
        Assert.Null(Pseudonyms.Check("Mother", "Robin Fictional", ["Robbie"], ["Father"]));
        Assert.Null(Pseudonyms.Check("Child A", "A Fictional", [], []));
    }
}
