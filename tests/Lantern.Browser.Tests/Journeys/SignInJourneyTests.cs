using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>Journey 2: signing in with a password and a real authenticator code, and signing out.</summary>
public sealed class SignInJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task SignIn_WrongCodeThenTheAppsCode_ErrorThenSignedInUntilSigningOut()
    {
        // Arrange
        var factory = world.Factory;
        var person = await factory.PersonAsync(world.World.PartnershipId, world.World.AgencyId, PartnershipRoles.Partner, "Rowan Ashdown");
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var page = await journey.OpenAsync("person");

        // Act: email and password.
        await page.GotoAsync("/account/sign-in", "sign-in");
        await Expect(page.Heading).ToHaveTextAsync("Sign in to Lantern");
        await page.Field("Email address").FillAsync(person.Email);
        await page.Field("Password").FillAsync(person.Password);
        await page.ClickAsync(page.Button("Continue"), "two-factor");
        Assert.Equal("/account/two-factor", page.Path);

        // A code the app is not showing (none of the three steps the server accepts) is refused.
        await page.Field("Enter the code from your authenticator app").FillAsync(WrongCode(person.AuthenticatorKey, factory.Clock.GetUtcNow()));
        await page.ClickAsync(page.Button("Sign in"), "two-factor-wrong-code");
        Assert.Equal("/account/two-factor", page.Path);
        await Expect(page.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["The code is not right. Enter the code your authenticator app shows now"], await page.ErrorsAsync());
        await Expect(page.Field("Enter the code from your authenticator app")).ToHaveAccessibleDescriptionAsync(new Regex(@"Error:\s+The code is not right"));

        // The code the app shows now is accepted.
        await page.Field("Enter the code from your authenticator app").FillAsync(factory.NextCode(person));
        await page.ClickAsync(page.Button("Sign in"), "reviews");

        // Assert: signed in, with their name in the header and a way to sign out.
        Assert.Equal("/reviews", page.Path);
        await Expect(page.Heading).ToHaveTextAsync("Reviews");
        await Expect(page.Page.Locator(".app-account-summary")).ToContainTextAsync("Signed in as Rowan Ashdown");
        await Expect(page.Button("Sign out")).ToBeVisibleAsync();

        await page.SignOutAsync();
        await Expect(page.Link("Sign in again")).ToBeVisibleAsync();
        await Expect(page.Button("Sign out")).ToHaveCountAsync(0);

        // Signed out means signed out: the reviews now ask for a sign-in.
        await page.GotoAsync("/reviews", "reviews-after-sign-out");
        Assert.StartsWith("/account/sign-in", page.Path, StringComparison.Ordinal);
    }

    /// <summary>A six-digit code that is not the person's code for the step before, now or after.</summary>
    private static string WrongCode(string key, DateTimeOffset now)
    {
        var accepted = new[] { -30, 0, 30 }.Select(s => Totp.Code(key, now.AddSeconds(s))).ToHashSet();
        return Enumerable.Range(123456, 10).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).First(c => !accepted.Contains(c));
    }
}
