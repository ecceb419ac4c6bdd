using System.Net;
using Lantern.Core.Audit;
using Lantern.Data;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Account;
using Lantern.Web.Pages.Admin.Users;
using Lantern.Web.Tests.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Admin;

/// <summary>An administrator resets someone's password: a one-time link, the authenticator kept, sessions ended.</summary>
public sealed class PasswordResetTests(AccountWorld world) : IClassFixture<AccountWorld>
{
    private const string ChosenPassword = "harbour violet snowdrift";

    private LanternFactory Factory => world.Factory;

    private static string LinkOn(PageResult page) =>
        page.Document.QuerySelector(".app-one-time-link code")?.TextContent.Trim() ?? throw new InvalidOperationException($"No link on the page: {page.Heading} {string.Join("; ", page.Errors)}");

    private async Task<string?> AuthenticatorKeyAsync(Person person)
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LanternUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(person.Id.ToString()))!);
    }

    [Fact]
    public async Task ResetPassword_LinkWorksOnceKeepsTheAuthenticatorAndEndsSessions()
    {
        var person = await world.PersonAsync("Robin Resetme");
        var theirs = await Factory.SignInAsync(person);
        var admin = await Factory.SignInAsync(world.Administrator);

        var reset = await admin.PostAsync($"/admin/users/{person.Id}/reset-password", []);

        Assert.Equal("Password reset", reset.Heading);
        var link = LinkOn(reset);
        Assert.StartsWith("https://localhost/account/new-password/", link, StringComparison.Ordinal);
        Assert.Contains(link, await MailToAsync(person.Email), StringComparison.Ordinal);

        // Their session ended, their old password no longer works, and their authenticator is untouched.
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.GetAsync("/reviews")).Status);
        var old = await Factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", person.Password)));
        Assert.Equal([SignInModel.WrongDetails], old.Errors);
        Assert.Equal(person.AuthenticatorKey, await AuthenticatorKeyAsync(person));
        var details = await admin.GetAsync($"/admin/users/{person.Id}");
        Assert.Equal("Password reset", details.Document.QuerySelector(".govuk-summary-list .govuk-tag")?.TextContent.Trim());

        // They choose a new password through the link, then sign in with the authenticator they already had.
        var browser = Factory.Anonymous();
        var path = new Uri(link).AbsolutePath;
        var form = await browser.GetAsync(path);
        Assert.Equal("Choose a new password", form.Heading);
        var lateTab = Factory.Anonymous();
        var lateForm = await lateTab.GetAsync(path);
        var common = await browser.PostAsync(path, Form.Of(("Input.Password", "password1234"), ("Input.ConfirmPassword", "password1234")));
        Assert.Contains(common.Errors, e => e.Contains("harder to guess", StringComparison.Ordinal));
        var mismatch = await browser.PostAsync(path, Form.Of(("Input.Password", ChosenPassword), ("Input.ConfirmPassword", "harbour violet snowdrifts")));
        Assert.Equal(["The passwords do not match"], mismatch.Errors);

        var chosen = await browser.PostAsync(path, Form.Of(("Input.Password", ChosenPassword), ("Input.ConfirmPassword", ChosenPassword)));
        Assert.Equal("/account/two-factor", chosen.Location);
        var code = await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", Factory.NextCode(person))));
        Assert.Equal("/reviews", code.Location);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/reviews")).Status);
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.SignInAsync(person with { Password = ChosenPassword })).GetAsync("/reviews")).Status);

        // The link worked once.
        var again = await Factory.Anonymous().GetAsync(path);
        Assert.Equal("This link cannot be used", again.Heading);
        Assert.Contains("already been used", again.Html, StringComparison.Ordinal);
        var reused = await lateTab.PostWithTokenAsync(path, lateForm.Token, Form.Of(("Input.Password", "another fresh passphrase"), ("Input.ConfirmPassword", "another fresh passphrase")));
        Assert.Equal("This link cannot be used", reused.Heading);
        Assert.StartsWith("/account/two-factor", (await Factory.Anonymous().PostAsync("/account/sign-in",
            Form.Of(("Input.Email", person.Email), ("Input.Password", ChosenPassword)))).Location, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PasswordReset && e.EntityId == person.Id && e.UserId == world.Administrator.Id));
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PasswordResetCompleted && e.UserId == person.Id));
        Assert.True((await db.Users.SingleAsync(u => u.Id == person.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task ResetPassword_SomeoneLockedOutByForgetting_SignsInOnceTheyHaveChosenANewPassword()
    {
        var person = await world.PersonAsync("Lena Lockedout");
        for (var i = 0; i < 5; i++)
        {
            await Factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", $"was it this one {i}")));
        }

        var admin = await Factory.SignInAsync(world.Administrator);
        var path = new Uri(LinkOn(await admin.PostAsync($"/admin/users/{person.Id}/reset-password", []))).AbsolutePath;
        var browser = Factory.Anonymous();
        await browser.PostAsync(path, Form.Of(("Input.Password", ChosenPassword), ("Input.ConfirmPassword", ChosenPassword)));

        var code = await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", Factory.NextCode(person))));

        Assert.Equal("/reviews", code.Location);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == person.Id)).LockoutEnd);
    }

    [Fact]
    public async Task ResetPassword_Again_ReplacesTheEarlierLink()
    {
        var person = await world.PersonAsync("Remy Twice");
        var admin = await Factory.SignInAsync(world.Administrator);

        var first = new Uri(LinkOn(await admin.PostAsync($"/admin/users/{person.Id}/reset-password", []))).AbsolutePath;
        var second = new Uri(LinkOn(await admin.PostAsync($"/admin/users/{person.Id}/reset-password", []))).AbsolutePath;

        Assert.Equal("This link cannot be used", (await Factory.Anonymous().GetAsync(first)).Heading);
        Assert.Equal("Choose a new password", (await Factory.Anonymous().GetAsync(second)).Heading);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PasswordReset && e.EntityId == person.Id));
    }

    [Fact]
    public async Task NewInvitation_ForSomeoneWhosePasswordWasReset_IsRefusedAndTheResetLinkStillWorks()
    {
        var person = await world.PersonAsync("Ina Notinvited");
        var admin = await Factory.SignInAsync(world.Administrator);
        var path = new Uri(LinkOn(await admin.PostAsync($"/admin/users/{person.Id}/reset-password", []))).AbsolutePath;

        // Through the service: an invitation is for someone who has never set up their account, and would withdraw the reset link.
        using var scope = Factory.Services.CreateScope();
        var (refused, invitation) = await scope.ServiceProvider.GetRequiredService<UserAdminService>()
            .ReissueInvitationAsync(world.PartnershipId, person.Id, new AuditActor(world.Administrator.Id, world.AgencyId, world.PartnershipId, null));

        Assert.False(refused.Succeeded);
        Assert.Null(invitation);
        Assert.Contains(refused.Errors, e => e.Message.Contains("is choosing a new password", StringComparison.Ordinal));
        Assert.Equal("Choose a new password", (await Factory.Anonymous().GetAsync(path)).Heading);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.InvitationReissued && e.EntityId == person.Id));
    }

    [Fact]
    public async Task ResetPassword_LinkAfterSevenDays_HasExpired()
    {
        var person = await world.PersonAsync("Ezra Expired");
        var admin = await Factory.SignInAsync(world.Administrator);
        var path = new Uri(LinkOn(await admin.PostAsync($"/admin/users/{person.Id}/reset-password", []))).AbsolutePath;

        Factory.Clock.Advance(TimeSpan.FromDays(7));
        var page = await Factory.Anonymous().GetAsync(path);

        Assert.Equal("This link cannot be used", page.Heading);
        Assert.Contains("stop working after 7 days", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_OwnAccount_IsRefusedAndChangesNothing()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var page = await admin.PostAsync($"/admin/users/{world.Administrator.Id}/reset-password", []);

        Assert.Equal(["You cannot reset your own password here. Change it from your account page instead"], page.Errors);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/reviews")).Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PasswordReset && e.EntityId == world.Administrator.Id));
    }

    [Fact]
    public async Task ResetPassword_SomeoneWhoIsNotAnAdministrator_IsRefused()
    {
        var person = await world.PersonAsync("Nell Notadmin");
        var target = await world.PersonAsync("Tom Target");
        var browser = await Factory.SignInAsync(person);
        var token = (await browser.GetAsync("/account")).Token;

        var page = await browser.PostWithTokenAsync($"/admin/users/{target.Id}/reset-password", token, []);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PasswordReset && e.EntityId == target.Id));
    }

    private async Task<string> MailToAsync(string email)
    {
        foreach (var file in Directory.GetFiles(Factory.MailFolder, "*.eml"))
        {
            var text = await File.ReadAllTextAsync(file);
            if (text.Contains(email, StringComparison.OrdinalIgnoreCase))
            {
                return System.Text.RegularExpressions.Regex.Replace(text, "=\r?\n", string.Empty);
            }
        }

        throw new InvalidOperationException($"No email to {email} in {Factory.MailFolder}.");
    }
}
