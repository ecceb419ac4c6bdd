using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>Journeys 4 and 5: the business unit creates a review, and gives someone a role on one.</summary>
public sealed partial class ReviewJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task CreateReview_EmptyFormThenADateInTheTitleThenAPseudonym_ErrorsThenTheOverview()
    {
        // Arrange
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var page = await journey.OpenAsync("business-unit");
        await page.SignInAsync(world.Factory, world.World.BusinessUnit);

        // Act: nothing entered.
        await page.ClickAsync(page.Button("Create a review without a referral"), "create-review");
        Assert.Equal("/reviews/new", page.Path);
        await Expect(page.Heading).ToHaveTextAsync("Create a review");
        await page.ClickAsync(page.Button("Create review"), "create-review-empty");
        await Expect(page.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["Enter a working title, such as Child Q", "Select the type of review"], await page.ErrorsAsync());

        // A title with a date in it could identify the child.
        await page.Field("Working title").FillAsync("Child Q 12/03/2019");
        await page.Field("Rapid review").CheckAsync();
        await page.ClickAsync(page.Button("Create review"), "create-review-date-in-title");
        Assert.Equal(["Working title must not include a date. Use a pseudonym only, such as Child Q"], await page.ErrorsAsync());
        await Expect(page.Field("Working title")).ToHaveAccessibleDescriptionAsync(new Regex(@"Error:\s+Working title must not include a date"));
        await Expect(page.Field("Rapid review")).ToBeCheckedAsync();

        await page.Field("Working title").FillAsync("Child M");
        await page.ClickAsync(page.Button("Create review"), "review-overview");

        // Assert: the new review's overview.
        Assert.Matches(ReviewPath(), page.Path);
        await Expect(page.Heading).ToHaveTextAsync("Child M");
        await Expect(page.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Review Child M created");
        await Expect(SummaryValue(page, "Type of review")).ToHaveTextAsync("Rapid review");
        await Expect(SummaryValue(page, "Status")).ToHaveTextAsync("Referral");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Sections", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".govuk-task-list__item")).ToHaveCountAsync(6);
        await Expect(page.Page.Locator(".govuk-task-list__item").First).ToContainTextAsync("Setting up");

        await page.ClickAsync(page.Link("All reviews"), "reviews");
        await Expect(page.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Child M" })).ToContainTextAsync("Rapid review");
    }

    [Fact]
    public async Task GiveRole_BusinessUnitMakesSomeoneLeadReviewer_TheyThenSeeAndOpenTheReview()
    {
        // Arrange: a review nobody has a role on, and a person with no role anywhere, signed in.
        var factory = world.Factory;
        var reviewId = await factory.ReviewAsync(world.World.PartnershipId, world.World.ReviewTypeId, world.World.BusinessUnit.Id, "Child P");
        var lead = await factory.PersonAsync(world.World.PartnershipId, world.World.AgencyId, PartnershipRoles.None, "Lena Marsh");
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var leadPage = await journey.OpenAsync("lead-reviewer");
        await leadPage.SignInAsync(factory, lead);
        await Expect(leadPage.Page.GetByRole(AriaRole.Heading, new() { Name = "There are no reviews to show" })).ToBeVisibleAsync();

        // Act: the business unit gives them the role from the review's members page.
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(factory, world.World.BusinessUnit);
        await unit.ClickAsync(unit.Link("Child P"), "review-overview");
        Assert.Equal($"/reviews/{reviewId}", unit.Path);
        await unit.ClickAsync(unit.Link("Members and roles"), "members");
        await Expect(unit.Heading).ToHaveTextAsync("Members and roles");
        await Expect(unit.Page.GetByRole(AriaRole.Heading, new() { Name = "Nobody has a role on this review yet" })).ToBeVisibleAsync();
        await unit.ClickAsync(unit.Button("Give someone a role"), "give-role");
        await Expect(unit.Heading).ToHaveTextAsync("Give someone a role on this review");
        await unit.Field("Person").SelectOptionAsync(new SelectOptionValue { Label = "Lena Marsh (Testshire Council)" });
        await unit.Field("Lead reviewer").CheckAsync();
        await unit.ClickAsync(unit.Button("Give role"), "members-with-lead");

        // Assert: the members table shows them in the role.
        Assert.Equal($"/reviews/{reviewId}/members", unit.Path);
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Role given: Lead reviewer");
        var rows = unit.Page.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("td").Nth(0)).ToHaveTextAsync("Lena Marsh");
        await Expect(rows.Locator("td").Nth(1)).ToHaveTextAsync("Testshire Council");
        await Expect(rows.Locator("td").Nth(2)).ToHaveTextAsync("Lead reviewer");

        // The lead reviewer now finds the review in their list, and can open it.
        await leadPage.GotoAsync("/reviews", "reviews-with-review");
        var row = leadPage.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Child P" });
        await Expect(row).ToContainTextAsync("Lead reviewer");
        await leadPage.ClickAsync(leadPage.Link("Child P"), "review-as-lead");
        Assert.Equal($"/reviews/{reviewId}", leadPage.Path);
        await Expect(leadPage.Heading).ToHaveTextAsync("Child P");
        await Expect(SummaryValue(leadPage, "Your role")).ToHaveTextAsync("Lead reviewer");
    }

    private static ILocator SummaryValue(LanternPage page, string key) =>
        page.Page.Locator(".govuk-summary-list__row").Filter(new() { Has = page.Page.Locator(".govuk-summary-list__key", new() { HasTextString = key }) })
            .Locator(".govuk-summary-list__value");

    [GeneratedRegex("^/reviews/[0-9a-f-]{36}$")]
    private static partial Regex ReviewPath();
}
