using Lantern.Core.Disclosure;
using static Lantern.Core.Tests.Disclosure.TestRegister;

namespace Lantern.Core.Tests.Disclosure;

/// <summary>Innocent look-alikes: words that look like an identifier and are not one, and the look-alike rule for
/// registered names that are ordinary words too ("Will", "Hope", "Baker", "Rose", "May").</summary>
public sealed class LookalikeTests
{
    [Theory]
    [InlineData("Child Q lived with Mother and Sibling 1.")]
    [InlineData("Child Q's school was told. Mother's partner was not.")]
    [InlineData("Social worker 1 visited with the GP.")]
    [InlineData("The social worker visited; the GP did not.")]
    [InlineData("Maternal grandmother and Family friend came to the meeting.")]
    public void Scan_PseudonymsAndRoles_AreNotHits(string text) => Assert.Empty(Scan(text));

    [Theory]
    [InlineData("The meeting in May agreed a plan.")]
    [InlineData("By May 2024 the plan had lapsed.")]
    [InlineData("The review met on 3 June and again in July.")]
    [InlineData("Mother said she will attend if she can.")]
    [InlineData("There was hope that things would improve.")]
    [InlineData("She bought bread from the baker on the corner.")]
    [InlineData("A rose bush grew by the door, and the rent rose in spring.")]
    [InlineData("The family may move in the new year.")]
    [InlineData("In 2023 the partnership changed its threshold.")]
    [InlineData("The school raised a concern with the nursery.")]
    [InlineData("Will the Board ask for an update?")]
    [InlineData("The group meets at the Hope Street clinic on Fridays.")]
    [InlineData("She moved to a flat off Rose Lane near the park.")]
    [InlineData("The contact took place at May House, a family centre.")]
    [InlineData("Hope is not a plan, the chair said.")]
    [InlineData("It was two summers before anyone joined it up.")]
    public void Scan_OrdinaryWordsThatAreAlsoNames_AreNotHits(string text) => Assert.Empty(Scan(text));

    [Theory]
    [InlineData("The social worker told Hope that she would come back.", "Hope", "Sibling 1")]
    [InlineData("The social worker met Will at the flat.", "Will", "Mother's partner")]
    [InlineData("Will Baker was not at home.", "Will Baker", "Mother's partner")]
    [InlineData("The letter was sent to Mr Baker.", "Baker", "Mother's partner")]
    [InlineData("The letter was sent to May Rose.", "May Rose", "Family friend")]
    [InlineData("The social worker phoned May twice.", "May", "Family friend")]
    [InlineData("Hope said she felt safe at school.", "Hope", "Sibling 1")]
    [InlineData("Hope Morris said she felt safe.", "Hope Morris", "Sibling 1")]
    [InlineData("The school nurse, Mrs Summers, knew.", "Summers", "School nurse 1")]
    public void Scan_OrdinaryWordNames_AreHitsWhereTheyReadAsNames(string text, string expected, string suggestion) =>
        Expect(text, expected, suggestion: suggestion);

    [Fact]
    public void Scan_NameInsideAnotherWord_IsNotAHit() => Assert.Empty(Scan("The Morrisons delivery came late."));
}
