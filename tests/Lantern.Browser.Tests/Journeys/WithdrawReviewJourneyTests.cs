using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>A review created twice by mistake: the business unit is warned about the title, creates it anyway,
/// then withdraws it with a reason; the review says so and leaves the dashboard.</summary>
public sealed partial class WithdrawReviewJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task DuplicateTitle_WarnedCreatedAnywayThenWithdrawn_ShowsTheBannerAndLeavesTheDashboard()
    {
        // Arrange: the partnership already has Child Sorrel, with a task for the business unit.
        var factory = world.Factory;
        var existing = await factory.ReviewAsync(world.World.PartnershipId, world.World.ReviewTypeId, world.World.BusinessUnit.Id, "Child Sorrel");
        await factory.TaskAsync(existing, TaskKind.InformFamily, "Tell the family about the review", null);
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var page = await journey.OpenAsync("business-unit");
        await page.SignInAsync(factory, world.World.BusinessUnit);

        // Act: a second review with the same title, typed differently.
        await page.ClickAsync(page.Button("Create a review without a referral"), "create-review");
        await page.Field("Working title").FillAsync("child sorrel");
        await page.Field("Rapid review").CheckAsync();
        await page.ClickAsync(page.Button("Create review"), "same-title-warning");

        // Assert: warned, naming the review that has the title, and nothing created yet.
        Assert.Equal(["There is already a review called child sorrel. Change the working title, or tick the box to create it anyway"], await page.ErrorsAsync());
        var warning = page.Page.Locator("#same-title");
        await Expect(warning).ToContainTextAsync("Your partnership already has a review with this working title");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Child Sorrel" })).ToHaveAttributeAsync("href", $"/reviews/{existing}");

        await page.Field("Create it anyway").CheckAsync();
        await page.ClickAsync(page.Button("Create review"), "created-anyway");
        Assert.Matches(ReviewPath(), page.Path);
        var mistaken = page.Path;
        await Expect(page.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Another review has the same working title");

        // On the dashboard, both reviews and the task.
        await page.GotoAsync("/dashboard", "dashboard-before");
        var rows = page.Page.Locator("table.app-dashboard-table tbody tr");
        await Expect(rows.Filter(new() { HasTextRegex = LowerCaseTitle() })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasTextRegex = FirstTitle() })).ToHaveCountAsync(1);

        // Withdraw the mistaken one, first forgetting the reason.
        await page.GotoAsync(mistaken, "mistaken-review");
        await page.ClickAsync(page.Link("Withdraw this review"), "withdraw");
        await Expect(page.Heading).ToHaveTextAsync("Withdraw this review");
        await Expect(page.Page.Locator(".govuk-warning-text")).ToContainTextAsync("cannot be changed or brought back");
        await page.ClickAsync(page.Button("Withdraw review"), "withdraw-no-reason");
        Assert.Equal(["Enter why the review is being withdrawn"], await page.ErrorsAsync());
        await page.Field("Why is the review being withdrawn?").FillAsync("Created twice by mistake: the review of this case is the first Child Sorrel.");
        await page.ClickAsync(page.Button("Withdraw review"), "withdrawn");

        // The review says who withdrew it, when and why.
        Assert.Equal(mistaken, page.Path);
        var banner = page.Page.Locator(".app-withdrawn-banner");
        await Expect(banner).ToContainTextAsync("This review has been withdrawn");
        await Expect(banner).ToContainTextAsync(new Regex(@"Withdrawn on \d{1,2} \w+ \d{4} by Bea Business: Created twice by mistake"));
        await Expect(page.Link("Withdraw this review")).ToHaveCountAsync(0);

        // Gone from the dashboard; listed last, tagged, with closed and withdrawn reviews.
        await page.GotoAsync("/dashboard", "dashboard-after");
        await Expect(rows.Filter(new() { HasTextRegex = LowerCaseTitle() })).ToHaveCountAsync(0);
        await Expect(rows.Filter(new() { HasTextRegex = FirstTitle() })).ToHaveCountAsync(1);
        await page.GotoAsync("/reviews?closed=true", "reviews-with-withdrawn");
        var last = page.Page.Locator("table tbody tr").Last;
        await Expect(last).ToContainTextAsync("child sorrel");
        await Expect(last.Locator(".govuk-tag")).ToHaveTextAsync("Withdrawn");
    }

    [GeneratedRegex("child sorrel")]
    private static partial Regex LowerCaseTitle();

    [GeneratedRegex("Child Sorrel")]
    private static partial Regex FirstTitle();

    [GeneratedRegex("^/reviews/[0-9a-f-]{36}$")]
    private static partial Regex ReviewPath();
}
