using Lantern.Browser.Tests.Infrastructure;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>Journey 6: people who may not see a review open its address directly.</summary>
public sealed class RefusedAccessJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task RefusedAccess_PersonWithNoRoleOpensTheReview_NoAccessPage()
    {
        await using var journey = Journey.Start(browser, world.BaseAddress);

        var page = await OpenReviewAsAsync(journey, world.World.NoRole, expectedStatus: 403);

        await AssertRefusedAsync(page, "You do not have access to this page", "Your role does not let you see this page");
    }

    [Fact]
    public async Task RefusedAccess_PersonOfAnotherPartnershipOpensTheReview_PageNotFound()
    {
        await using var journey = Journey.Start(browser, world.BaseAddress);

        var page = await OpenReviewAsAsync(journey, world.World.OtherBusinessUnit, expectedStatus: 404);

        await AssertRefusedAsync(page, "Page not found", "If you typed the web address, check it is correct.");
    }

    [Fact]
    public async Task RefusedAccess_AdministratorOpensTheReview_NoAccessPage()
    {
        await using var journey = Journey.Start(browser, world.BaseAddress);

        var page = await OpenReviewAsAsync(journey, world.World.Administrator, expectedStatus: 403);

        await AssertRefusedAsync(page, "You do not have access to this page", "Your role does not let you see this page");
    }

    /// <summary>Signs the person in, checks the review is not in their list, then opens its address.</summary>
    private async Task<LanternPage> OpenReviewAsAsync(Journey journey, Person person, int expectedStatus)
    {
        var page = await journey.OpenAsync(person.Name);
        await page.SignInAsync(world.Factory, person);
        await Expect(page.Link("Child Q")).ToHaveCountAsync(0);
        await page.GotoAsync($"/reviews/{world.World.ReviewId}", "review-refused", expectedStatus);
        return page;
    }

    private static async Task AssertRefusedAsync(LanternPage page, string heading, string explanation)
    {
        Assert.Equal($"{heading} - Lantern", await page.Page.TitleAsync());
        await Expect(page.Heading).ToHaveTextAsync(heading);
        await Expect(page.Page.GetByText(explanation)).ToBeVisibleAsync();
        await Expect(page.Page.Locator("main")).Not.ToContainTextAsync("Child Q");
        await Expect(page.Link("Go to your reviews")).ToBeVisibleAsync();

        // Still signed in: the refusal is about this review, not the session.
        await Expect(page.Button("Sign out")).ToBeVisibleAsync();
    }
}
