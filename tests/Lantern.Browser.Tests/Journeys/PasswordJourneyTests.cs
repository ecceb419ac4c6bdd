using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>Changing your own password, and an administrator resetting someone's with a one-time link.</summary>
public sealed class PasswordJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task ChangePassword_MistakesThenANewOne_OtherDeviceSignedOutAndThisOneKept()
    {
        // Arrange: signed in on a phone and a laptop.
        var factory = world.Factory;
        var person = await factory.PersonAsync(world.World.PartnershipId, world.World.AgencyId, PartnershipRoles.Partner, "Morgan Fairweather");
        const string chosen = "quarry kingfisher meadow";
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var phone = await journey.OpenAsync("phone");
        await phone.SignInAsync(factory, person);
        var laptop = await journey.OpenAsync("laptop");
        await laptop.SignInAsync(factory, person);

        // Act: from their account page to the form.
        await laptop.ClickAsync(laptop.Link("Morgan Fairweather"), "account");
        await laptop.ClickAsync(laptop.Link("Change your password"), "change-password");
        await Expect(laptop.Heading).ToHaveTextAsync("Change your password");

        await laptop.ClickAsync(laptop.Button("Change password"), "change-password-empty");
        await Expect(laptop.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["Enter your current password", "Enter a new password", "Enter your new password again"], await laptop.ErrorsAsync());

        // A wrong current password changes nothing.
        await FillAsync(laptop, "not the password I use", chosen, chosen);
        await laptop.ClickAsync(laptop.Button("Change password"), "change-password-wrong-current");
        Assert.Equal(["Your current password is not right"], await laptop.ErrorsAsync());
        await Expect(laptop.Field("Current password")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Error:\\s+Your current password is not right"));

        // A new password that would not do as a first one does not do here either.
        await FillAsync(laptop, person.Password, "sunshine2024!", "sunshine2024!");
        await laptop.ClickAsync(laptop.Button("Change password"), "change-password-common");
        Assert.Equal(["Choose a password that is harder to guess. This one is on a list of passwords that are used often"], await laptop.ErrorsAsync());

        await FillAsync(laptop, person.Password, chosen, "quarry kingfisher meadows");
        await laptop.ClickAsync(laptop.Button("Change password"), "change-password-mismatch");
        Assert.Equal(["The new passwords do not match"], await laptop.ErrorsAsync());

        await FillAsync(laptop, person.Password, chosen, chosen);
        await laptop.ClickAsync(laptop.Button("Change password"), "password-changed");

        // Assert: confirmed here, still signed in here, signed out on the phone.
        Assert.Equal("/account", laptop.Path);
        await Expect(laptop.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your password has been changed");
        await laptop.GotoAsync("/reviews", "reviews-still-signed-in");
        await Expect(laptop.Heading).ToHaveTextAsync("Reviews");

        await phone.GotoAsync("/reviews", "phone-signed-out");
        Assert.StartsWith("/account/sign-in", phone.Path, StringComparison.Ordinal);

        // The new password is the one that works now.
        await laptop.SignOutAsync();
        await laptop.SignInAsync(factory, person with { Password = chosen });
    }

    [Fact]
    public async Task ResetPassword_AdministratorResetsAndThePersonUsesTheLink_SignsInWithTheSameAuthenticator()
    {
        // Arrange: the person is signed in somewhere when their password is reset.
        var factory = world.Factory;
        var person = await factory.PersonAsync(world.World.PartnershipId, world.World.AgencyId, PartnershipRoles.Partner, "Jordan Ashby");
        const string chosen = "saffron tugboat evening";
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var them = await journey.OpenAsync("person");
        await them.SignInAsync(factory, person);
        var admin = await journey.OpenAsync("administrator");
        await admin.SignInAsync(factory, world.World.Administrator);

        // Act: the administrator resets it from the person's account page.
        await admin.GotoAsync($"/admin/users/{person.Id}", "their-account");
        await admin.ClickAsync(admin.Link("Reset their password"), "reset-password");
        await Expect(admin.Heading).ToHaveTextAsync("Reset Jordan Ashby's password?");
        await admin.ClickAsync(admin.Button("Reset password"), "password-reset");
        await Expect(admin.Heading).ToHaveTextAsync("Password reset");
        var link = (await admin.Page.Locator(".app-one-time-link code").InnerTextAsync()).Trim();
        Assert.StartsWith(new Uri(world.BaseAddress, "/account/new-password/").ToString(), link, StringComparison.Ordinal);
        await admin.ClickAsync(admin.Link("Back to their account"), "their-account-after-reset");
        await Expect(admin.Page.Locator(".govuk-summary-list .govuk-tag")).ToHaveTextAsync("Password reset");

        // Their session has ended.
        await them.GotoAsync("/reviews", "signed-out-by-reset");
        Assert.StartsWith("/account/sign-in", them.Path, StringComparison.Ordinal);

        // They open the link, and choose a new password after one mistake.
        await them.GotoAsync(link, "new-password");
        await Expect(them.Heading).ToHaveTextAsync("Choose a new password");
        await them.Field("New password").FillAsync(chosen);
        await them.Field("Confirm new password").FillAsync("saffron tugboat evenings");
        await them.ClickAsync(them.Button("Continue"), "new-password-mismatch");
        await Expect(them.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["The passwords do not match"], await them.ErrorsAsync());

        await them.Field("New password").FillAsync(chosen);
        await them.Field("Confirm new password").FillAsync(chosen);
        await them.ClickAsync(them.Button("Continue"), "two-factor");

        // Assert: the authenticator they already had signs them in.
        Assert.Equal("/account/two-factor", them.Path);
        await them.Field("Enter the code from your authenticator app").FillAsync(factory.NextCode(person));
        await them.ClickAsync(them.Button("Sign in"), "reviews");
        Assert.Equal("/reviews", them.Path);
        await Expect(them.Page.Locator(".app-account-summary")).ToContainTextAsync("Signed in as Jordan Ashby");

        // The link worked once.
        await them.GotoAsync(link, "new-password-used");
        await Expect(them.Heading).ToHaveTextAsync("This link cannot be used");
    }

    private static async Task FillAsync(LanternPage page, string current, string next, string confirm)
    {
        await page.Field("Current password").FillAsync(current);
        await page.Field("New password").FillAsync(next);
        await page.Field("Confirm new password").FillAsync(confirm);
    }
}
