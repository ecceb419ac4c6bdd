using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>Journey 1: a brand-new Lantern, opened with the setup link it prints, gets its first administrator.</summary>
public sealed class FirstAdministratorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task FirstAdministrator_FreshLanternSetUpThroughThePages_SignedInWithEmptyReviewList()
    {
        // Arrange: Lantern with an empty database prints a one-time setup link at start.
        await using var factory = LiveLanternFactory.Create(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        factory.StartServer();
        var link = factory.Console.LinkContaining("/setup/");
        Assert.NotNull(link);
        Assert.StartsWith(new Uri(factory.BaseAddress, "/setup/").ToString(), link, StringComparison.Ordinal);
        await using var journey = Journey.Start(browser, factory.BaseAddress);
        var page = await journey.OpenAsync("administrator");

        // Act and assert: sending the empty form shows the error summary, focused so screen readers announce it.
        await page.GotoAsync(link, "setup");
        await Expect(page.Heading).ToHaveTextAsync("Set up Lantern");
        await page.ClickAsync(page.Button("Create administrator account"), "setup-errors");
        await Expect(page.ErrorSummary).ToBeFocusedAsync();
        await Expect(page.ErrorSummary.Locator("[role=alert]")).ToContainTextAsync("There is a problem");
        await Expect(page.Page).ToHaveTitleAsync(new Regex("^Error: Set up Lantern"));
        Assert.Equal(
            [
                "Enter the name of the partnership", "Enter the name of your agency", "Select the type of your agency", "Enter your full name",
                "Enter your email address", "Enter a password", "Enter your password again",
            ],
            await page.ErrorsAsync());

        // The error links take the person to the field.
        await page.ErrorSummary.GetByRole(AriaRole.Link, new() { Name = "Enter your full name" }).ClickAsync();
        await Expect(page.Field("Full name")).ToBeFocusedAsync();

        await page.Field("Name of the partnership").FillAsync("Eastvale Safeguarding Children Partnership");
        await page.Field("Name of your agency").FillAsync("Eastvale Council");
        await page.Field("Type of agency").SelectOptionAsync(new SelectOptionValue { Label = "Children's social care" });
        await page.Field("Full name").FillAsync("Morgan Fairweather");
        await page.Field("Email address").FillAsync("morgan.fairweather@eastvale.example");
        await page.Field("Create a password").FillAsync("kettle orchard velvet quilt");
        await page.Field("Confirm password").FillAsync("kettle orchard velvet quilt");
        await page.ClickAsync(page.Button("Create administrator account"), "set-up-authenticator");

        await page.SetUpAuthenticatorAsync(factory);
        await page.ClickAsync(page.Button("I have saved my codes: continue"), "reviews");

        // Assert: signed in as the new administrator, with nothing to show yet.
        Assert.Equal("/reviews", page.Path);
        await Expect(page.Heading).ToHaveTextAsync("Reviews");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "There are no reviews to show" })).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".app-account-summary")).ToContainTextAsync("Morgan Fairweather");
        await Expect(page.Page.Locator(".app-account-summary")).ToContainTextAsync("Eastvale Safeguarding Children Partnership");

        // The link worked once.
        await page.GotoAsync(link, "setup-link-used");
        await Expect(page.Heading).ToHaveTextAsync("This setup link cannot be used");
    }
}
