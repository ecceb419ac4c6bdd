using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Infrastructure;

/// <summary>Steps several journeys share, done through the pages as a person would.</summary>
public static class Steps
{
    /// <summary>Signs in with email, password and a fresh code from the person's authenticator; ends on the
    /// reviews page.</summary>
    public static async Task SignInAsync(this LanternPage page, LanternFactory factory, Person person)
    {
        await page.GotoAsync("/account/sign-in", "sign-in");
        await page.Field("Email address").FillAsync(person.Email);
        await page.Field("Password").FillAsync(person.Password);
        await page.ClickAsync(page.Button("Continue"), "two-factor");
        await Expect(page.Heading).ToHaveTextAsync("Enter the code from your authenticator app");

        await page.Field("Enter the code from your authenticator app").FillAsync(factory.NextCode(person));
        await page.ClickAsync(page.Button("Sign in"), "reviews");
        Assert.Equal("/reviews", page.Path);
        await Expect(page.Heading).ToHaveTextAsync("Reviews");
    }

    /// <summary>Signs out with the header's button; ends on "You have signed out".</summary>
    public static async Task SignOutAsync(this LanternPage page)
    {
        await page.ClickAsync(page.Button("Sign out"), "signed-out");
        Assert.Equal("/account/signed-out", page.Path);
        await Expect(page.Heading).ToHaveTextAsync("You have signed out");
    }

    /// <summary>
    /// On "Set up your authenticator app": reads the key a person would type into their app (from under "I
    /// cannot scan the QR code"), enters the code the app would show, and checks the ten recovery codes.
    /// Returns the key, in the upper-case unspaced form authenticator apps use.
    /// </summary>
    public static async Task<string> SetUpAuthenticatorAsync(this LanternPage page, LanternFactory factory)
    {
        Assert.Equal("/account/set-up-authenticator", page.Path);
        await Expect(page.Heading).ToHaveTextAsync("Set up your authenticator app");
        var qr = page.Page.Locator("img.app-qr-code");
        await Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The QR code image did not load.");

        await page.Page.GetByText("I cannot scan the QR code").ClickAsync();
        var shown = page.Page.Locator(".app-shared-key code");
        await Expect(shown).ToBeVisibleAsync();
        await page.CheckAsync("authenticator-key-shown");
        var key = (await shown.InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Assert.Matches("^[A-Z2-7]{16,}$", key);

        await page.Field("Code from your authenticator app").FillAsync(Totp.Code(key, factory.Clock.GetUtcNow()));
        await page.ClickAsync(page.Button("Continue"), "recovery-codes");
        await Expect(page.Heading).ToHaveTextAsync("Your authenticator app is set up");
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Save your recovery codes", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Page.Locator(".app-recovery-codes li")).ToHaveCountAsync(10);
        var codes = await page.Page.Locator(".app-recovery-codes li").AllInnerTextsAsync();
        Assert.Equal(10, codes.Select(c => c.Trim()).Where(c => c.Length >= 8).Distinct().Count());
        return key;
    }

    /// <summary>Fills the day, month and year of the date input whose fieldset has the legend given.</summary>
    public static async Task FillDateAsync(this LanternPage page, string legend, DateOnly date)
    {
        var group = page.Page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
