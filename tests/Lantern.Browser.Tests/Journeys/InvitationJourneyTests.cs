using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>Journey 3: an administrator invites someone, who accepts through the one-time link.</summary>
public sealed class InvitationJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task Invitation_AdministratorInvitesAndInviteeAcceptsTheLink_InviteeSignedIn()
    {
        // Arrange
        var factory = world.Factory;
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var admin = await journey.OpenAsync("administrator");
        await admin.SignInAsync(factory, world.World.Administrator);

        // Act: the administrator finds the invitation form.
        await admin.ClickAsync(admin.Link("Administration"), "administration");
        await admin.ClickAsync(admin.Link("People"), "people");
        await admin.ClickAsync(admin.Button("Invite someone"), "invite");
        await Expect(admin.Heading).ToHaveTextAsync("Invite someone");

        // Sent empty, the form lists what is missing in the order of its fields.
        await admin.ClickAsync(admin.Button("Create invitation"), "invite-empty");
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["Enter the person's full name", "Enter the person's email address", "Select the person's agency"], await admin.ErrorsAsync());

        // An address without a domain is refused.
        await admin.Field("Full name").FillAsync("Sasha Brightwell");
        await admin.Field("Email address").FillAsync("sasha.brightwell@");
        await admin.Field("Agency").SelectOptionAsync(new SelectOptionValue { Label = "Testshire Council" });
        await admin.Field("Partner").CheckAsync();
        await admin.ClickAsync(admin.Button("Create invitation"), "invite-bad-email");
        await Expect(admin.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["Enter an email address in the correct format, like name@example.org"], await admin.ErrorsAsync());
        await Expect(admin.Field("Full name")).ToHaveValueAsync("Sasha Brightwell");
        await Expect(admin.Field("Partner")).ToBeCheckedAsync();

        await admin.Field("Email address").FillAsync("sasha.brightwell@testshire.example");
        await admin.ClickAsync(admin.Button("Create invitation"), "invitation-created");
        await Expect(admin.Heading).ToHaveTextAsync("Invitation created");
        var link = (await admin.Page.Locator(".app-one-time-link code").InnerTextAsync()).Trim();
        Assert.StartsWith(new Uri(world.BaseAddress, "/account/invitation/").ToString(), link, StringComparison.Ordinal);
        await admin.SignOutAsync();

        // The invitee, in a browser of their own, opens the link.
        var invitee = await journey.OpenAsync("invitee");
        await invitee.GotoAsync(link, "invitation");
        await Expect(invitee.Heading).ToHaveTextAsync("Create your password");
        await Expect(invitee.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Sasha Brightwell");
        await Expect(invitee.Page.Locator(".govuk-summary-list")).ToContainTextAsync("sasha.brightwell@testshire.example");

        // A password on the common-password list is refused.
        await invitee.Field("Create a password").FillAsync("sunshine2024!");
        await invitee.Field("Confirm password").FillAsync("sunshine2024!");
        await invitee.ClickAsync(invitee.Button("Continue"), "invitation-common-password");
        await Expect(invitee.ErrorSummary).ToBeFocusedAsync();
        Assert.Equal(["Choose a password that is harder to guess. This one is on a list of passwords that are used often"], await invitee.ErrorsAsync());

        await invitee.Field("Create a password").FillAsync("marble heron ticket puddle");
        await invitee.Field("Confirm password").FillAsync("marble heron ticket puddle");
        await invitee.ClickAsync(invitee.Button("Continue"), "set-up-authenticator");
        await invitee.SetUpAuthenticatorAsync(factory);
        await invitee.ClickAsync(invitee.Button("I have saved my codes: continue"), "reviews");

        // Assert: signed in as themselves, seeing no review until they are given a role on one.
        Assert.Equal("/reviews", invitee.Path);
        await Expect(invitee.Page.Locator(".app-account-summary")).ToContainTextAsync("Signed in as Sasha Brightwell");
        await Expect(invitee.Page.GetByRole(AriaRole.Heading, new() { Name = "There are no reviews to show" })).ToBeVisibleAsync();
        await Expect(invitee.Page.GetByText("You will see a review here when your business unit gives you a role on it.")).ToBeVisibleAsync();

        // The link worked once.
        await invitee.GotoAsync(link, "invitation-used");
        await Expect(invitee.Heading).ToHaveTextAsync("This invitation link cannot be used");
        await Expect(invitee.Page.GetByText(new Regex("already been used"))).ToBeVisibleAsync();
    }
}
