using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>The business unit builds the people register; pseudonyms are proposed, real names shown on request,
/// and a review team member sees pseudonyms only.</summary>
public sealed class PeopleJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task PeopleRegister_AddWithErrorsThenProposedPseudonyms_RealNamesOnlyForThoseAllowed()
    {
        // Arrange
        var factory = world.Factory;
        var reviewId = await factory.ReviewAsync(world.World.PartnershipId, world.World.ReviewTypeId, world.World.BusinessUnit.Id, "Child N");
        var teamMember = world.World.OnReview[ReviewRole.ReviewTeamMember];
        await factory.GiveRoleAsync(reviewId, teamMember, ReviewRole.ReviewTeamMember, world.World.BusinessUnit.Id);
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var page = await journey.OpenAsync("business-unit");
        await page.SignInAsync(factory, world.World.BusinessUnit);

        // Act: from the review to the people register.
        await page.GotoAsync($"/reviews/{reviewId}", "review");
        await page.ClickAsync(page.Link("Information"), "information");
        await Expect(page.Heading).ToHaveTextAsync("Information");
        await page.ClickAsync(page.Link("People and pseudonyms"), "people-empty");
        await Expect(page.Page.GetByText("No one has been added yet.")).ToBeVisibleAsync();
        await page.ClickAsync(page.Button("Add a person"), "add-person");
        await page.ClickAsync(page.Button("Add to the register"), "add-person-empty");
        Assert.Equal(["Select who this person is in the case", "Enter the person's real name, or 'Not known'"], await page.ErrorsAsync());

        await page.Field("Family or household member").CheckAsync();
        await page.Field("Real name").FillAsync("Robin Fictional");
        await page.Field("Other names (optional)").FillAsync("Robbie\nRobyn Fictional");
        await page.Field("Relationship to the child or adult (family, household and others)").FillAsync("mother");
        await page.ClickAsync(page.Button("Add to the register"), "people-with-mother");
        await Expect(page.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Person added as Mother");

        await page.ClickAsync(page.Button("Add a person"), "add-professional");
        await page.Field("Professional").CheckAsync();
        await page.Field("Real name").FillAsync("Pat Pretend");
        await page.Field("Agency (professionals)").SelectOptionAsync(new SelectOptionValue { Label = "Testshire Council" });
        await page.Field("Role (professionals)").FillAsync("Social worker");
        await page.Field("Pseudonym").FillAsync("Pat the social worker");
        await page.ClickAsync(page.Button("Add to the register"), "add-professional-revealing");
        Assert.Equal(["The pseudonym must not include any part of the person's real name or aliases"], await page.ErrorsAsync());
        await page.Field("Pseudonym").FillAsync(string.Empty);
        await page.ClickAsync(page.Button("Add to the register"), "people-with-two");
        await Expect(page.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Person added as Social worker 1");
        await Expect(page.Page.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Page.Locator("main")).Not.ToContainTextAsync("Robin Fictional");

        await page.ClickAsync(page.Link("Show real names"), "people-real-names");
        await Expect(page.Page.Locator("tbody")).ToContainTextAsync("Robin Fictional");
        await Expect(page.Page.Locator("tbody")).ToContainTextAsync("Also: Robbie, Robyn Fictional");

        // Assert: the review team member sees the register by pseudonym only, and no way to show names.
        var team = await journey.OpenAsync("review-team");
        await team.SignInAsync(factory, teamMember);
        await team.GotoAsync($"/reviews/{reviewId}/information/people", "people-as-review-team");
        await Expect(team.Page.Locator("tbody")).ToContainTextAsync("Mother");
        await Expect(team.Page.Locator("main")).Not.ToContainTextAsync("Robin Fictional");
        await Expect(team.Link("Show real names")).ToHaveCountAsync(0);
        await team.ClickAsync(team.Link("Mother"), "person-as-review-team");
        await Expect(team.Heading).ToHaveTextAsync("Mother");
        await Expect(team.Page.GetByText("You see this person by their pseudonym only.")).ToBeVisibleAsync();
    }
}
