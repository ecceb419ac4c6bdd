using System.Net;
using Lantern.Core.Audit;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Account;

public sealed class ChangePasswordTests(AccountWorld world) : IClassFixture<AccountWorld>
{
    private const string NewPassword = "lighthouse pebble marmalade";

    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Change(string current, string next, string? confirm = null) =>
        Form.Of(("Input.CurrentPassword", current), ("Input.NewPassword", next), ("Input.ConfirmPassword", confirm ?? next));

    private async Task<string?> PasswordHashAsync(Person person)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Users.Where(u => u.Id == person.Id).Select(u => u.PasswordHash).SingleAsync();
    }

    private async Task<int> CountAsync(string action, Person person)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.CountAsync(e => e.Action == action && e.UserId == person.Id);
    }

    private async Task<PageResult> SignInWithPasswordAsync(Person person, string password) =>
        await Factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", password)));

    [Fact]
    public async Task ChangePassword_EmptyForm_AsksForEachField()
    {
        var browser = await Factory.SignInAsync(await world.PersonAsync("Emma Empty"));

        var page = await browser.PostAsync("/account/change-password", []);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Enter your current password", "Enter a new password", "Enter your new password again"], page.Errors);
        Assert.Equal("#Input_CurrentPassword", page.Document.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("#Input_NewPassword-error"));
    }

    [Fact]
    public async Task ChangePassword_WrongCurrentPassword_ChangesNothingAndIsAudited()
    {
        var person = await world.PersonAsync("Will Wrongcurrent");
        var browser = await Factory.SignInAsync(person);
        var other = await Factory.SignInAsync(person);
        var before = await PasswordHashAsync(person);

        var page = await browser.PostAsync("/account/change-password", Change("not my password at all", NewPassword));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Your current password is not right"], page.Errors);
        Assert.Equal(before, await PasswordHashAsync(person));
        Assert.Equal(1, await CountAsync(AuditActions.PasswordChangeFailed, person));
        Assert.Equal(0, await CountAsync(AuditActions.PasswordChanged, person));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/reviews")).Status);
        Assert.StartsWith("/account/two-factor", (await SignInWithPasswordAsync(person, person.Password)).Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short one", "Password must be 12 characters or more")]
    [InlineData("password1234", "Choose a password that is harder to guess. This one is on a list of passwords that are used often")]
    public async Task ChangePassword_WeakNewPassword_IsRefusedByTheRulesForAFirstPassword(string weak, string error)
    {
        var person = await world.PersonAsync("Wendy Weak");
        var browser = await Factory.SignInAsync(person);
        var before = await PasswordHashAsync(person);

        var page = await browser.PostAsync("/account/change-password", Change(person.Password, weak));

        Assert.Equal([error], page.Errors);
        Assert.NotNull(page.Document.QuerySelector("#Input_NewPassword-error"));
        Assert.Equal(before, await PasswordHashAsync(person));
        Assert.Equal(0, await CountAsync(AuditActions.PasswordChanged, person));
    }

    [Fact]
    public async Task ChangePassword_NewPasswordsDoNotMatch_IsRefused()
    {
        var person = await world.PersonAsync("Max Mismatch");
        var browser = await Factory.SignInAsync(person);
        var before = await PasswordHashAsync(person);

        var page = await browser.PostAsync("/account/change-password", Change(person.Password, NewPassword, "lighthouse pebble marmalades"));

        Assert.Equal(["The new passwords do not match"], page.Errors);
        Assert.Equal(before, await PasswordHashAsync(person));
    }

    [Fact]
    public async Task ChangePassword_SameAsCurrent_IsRefused()
    {
        var person = await world.PersonAsync("Sam Same");
        var browser = await Factory.SignInAsync(person);

        var page = await browser.PostAsync("/account/change-password", Change(person.Password, person.Password));

        Assert.Equal(["Your new password must be different from your current password"], page.Errors);
        Assert.Equal(0, await CountAsync(AuditActions.PasswordChanged, person));
    }

    [Fact]
    public async Task ChangePassword_Success_KeepsThisSessionEndsTheOthersAndIsAudited()
    {
        var person = await world.PersonAsync("Cleo Changer");
        var laptop = await Factory.SignInAsync(person);
        var phone = await Factory.SignInAsync(person);

        var changed = await laptop.PostAsync("/account/change-password", Change(person.Password, NewPassword));

        Assert.Equal("/account", changed.Location);
        var account = await laptop.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.Contains("Your password has been changed", account.Document.QuerySelector(".govuk-notification-banner--success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/reviews")).Status);
        var ended = await phone.GetAsync("/reviews");
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Contains("/account/sign-in", ended.Location, StringComparison.Ordinal);

        Assert.Equal([SignInModel.WrongDetails], (await SignInWithPasswordAsync(person, person.Password)).Errors);
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.SignInAsync(person with { Password = NewPassword })).GetAsync("/reviews")).Status);
        Assert.Equal(1, await CountAsync(AuditActions.PasswordChanged, person));
        await using var db = Factory.CreateDbContext();
        var changedEvent = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.PasswordChanged && e.UserId == person.Id);
        Assert.Equal(person.Id, changedEvent.EntityId);
    }

    [Fact]
    public async Task ChangePassword_FiveWrongCurrentPasswords_LockTheAccount()
    {
        var person = await world.PersonAsync("Lou Lockchange");
        var browser = await Factory.SignInAsync(person);
        for (var i = 0; i < 5; i++)
        {
            await browser.PostAsync("/account/change-password", Change($"wrong guess number {i}", NewPassword));
        }

        var right = await browser.PostAsync("/account/change-password", Change(person.Password, NewPassword));

        Assert.Equal(["You have entered the wrong password too many times. Wait 15 minutes, then try again"], right.Errors);
        Assert.Equal(0, await CountAsync(AuditActions.PasswordChanged, person));
        await using var db = Factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == person.Id)).LockoutEnd > DateTimeOffset.UtcNow);
    }
}
