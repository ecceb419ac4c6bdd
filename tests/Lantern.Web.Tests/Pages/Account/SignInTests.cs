using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Account;

public sealed class SignInTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private Task<Person> NewPersonAsync(PartnershipRoles roles = PartnershipRoles.None) =>
        Factory.PersonAsync(world.PartnershipId, world.AgencyId, roles, "Sam Signin");

    private static KeyValuePair<string, string>[] Credentials(Person person, string? password = null) =>
        Form.Of(("Input.Email", person.Email), ("Input.Password", password ?? person.Password));

    private async Task<int> CountAsync(string action, Guid? userId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.CountAsync(e => e.Action == action && e.UserId == userId);
    }

    [Fact]
    public async Task SignIn_RightPasswordAndCode_StartsASessionAndIsAudited()
    {
        var person = await NewPersonAsync();
        var browser = Factory.Anonymous();

        var password = await browser.PostAsync("/account/sign-in", Credentials(person));
        var code = await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", Factory.NextCode(person))));

        Assert.StartsWith("/account/two-factor", password.Location, StringComparison.Ordinal);
        Assert.Equal("/reviews", code.Location);
        var reviews = await browser.GetAsync("/reviews");
        Assert.Equal(HttpStatusCode.OK, reviews.Status);
        Assert.Contains("Sam Signin", reviews.Document.QuerySelector(".app-account-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Testshire Safeguarding Partnership", reviews.Document.QuerySelector(".app-account-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(AuditActions.SignedIn, person.Id));
    }

    [Fact]
    public async Task SignIn_PasswordOnly_GivesNoSession()
    {
        var person = await NewPersonAsync();
        var browser = Factory.Anonymous();

        await browser.PostAsync("/account/sign-in", Credentials(person));
        var reviews = await browser.GetAsync("/reviews");

        Assert.Equal(HttpStatusCode.Redirect, reviews.Status);
        Assert.Contains("/account/sign-in", reviews.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsAnErrorAndIsAudited()
    {
        var person = await NewPersonAsync();

        var page = await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person, "not the password at all"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([SignInModel.WrongDetails], page.Errors);
        Assert.Equal(1, await CountAsync(AuditActions.SignInFailed, person.Id));
    }

    [Fact]
    public async Task SignIn_UnknownEmail_ShowsTheSameErrorAndNamesNobody()
    {
        var page = await Factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", "nobody.here@testshire.example"), ("Input.Password", "whatever it is, it is wrong")));

        Assert.Equal([SignInModel.WrongDetails], page.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SignInFailed && e.UserId == null));
    }

    [Fact]
    public async Task SignIn_EmptyForm_AsksForEachField()
    {
        var page = await Factory.Anonymous().PostAsync("/account/sign-in", []);

        Assert.Equal(["Enter your email address", "Enter your password"], page.Errors);
    }

    [Fact]
    public async Task TwoFactor_WrongCode_IsRefusedAndAudited()
    {
        var person = await NewPersonAsync();
        var browser = Factory.Anonymous();
        await browser.PostAsync("/account/sign-in", Credentials(person));

        var page = await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", "123456")));

        Assert.Contains("The code is not right. Enter the code your authenticator app shows now", page.Errors);
        Assert.Equal(1, await CountAsync(AuditActions.TwoFactorFailed, person.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/reviews")).Status);
    }

    [Fact]
    public async Task TwoFactor_SameCodeTwice_IsRefusedTheSecondTime()
    {
        var person = await NewPersonAsync();
        var code = Factory.NextCode(person);
        var first = Factory.Anonymous();
        await first.PostAsync("/account/sign-in", Credentials(person));
        Assert.Equal("/reviews", (await first.PostAsync("/account/two-factor", Form.Of(("Input.Code", code)))).Location);

        var second = Factory.Anonymous();
        await second.PostAsync("/account/sign-in", Credentials(person));
        var replay = await second.PostAsync("/account/two-factor", Form.Of(("Input.Code", code)));

        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.Contains("The code is not right. Enter the code your authenticator app shows now", replay.Errors);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountForFifteenMinutes()
    {
        var person = await NewPersonAsync();
        for (var i = 0; i < 5; i++)
        {
            await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person, "wrong password number " + i));
        }

        var right = await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person));

        Assert.Equal([SignInModel.WrongDetails], right.Errors);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Null(right.Location);
        Assert.True(await CountAsync(AuditActions.LockedOut, person.Id) >= 1);
        await using var db = Factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Id == person.Id);
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }

    [Fact]
    public async Task SignIn_LockedAccount_AnswersExactlyAsAnUnknownEmailDoes()
    {
        var person = await NewPersonAsync();
        for (var i = 0; i < 5; i++)
        {
            await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person, "wrong password number " + i));
        }

        var unknown = await Factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", "nobody.here@testshire.example"), ("Input.Password", person.Password)));
        var lockedRight = await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person));
        var lockedWrong = await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person, "yet another wrong password"));

        await using var db = Factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == person.Id)).LockoutEnd > DateTimeOffset.UtcNow);
        foreach (var locked in new[] { lockedRight, lockedWrong })
        {
            Assert.Equal(unknown.Status, locked.Status);
            Assert.Equal(unknown.Location, locked.Location);
            Assert.Equal(unknown.Heading, locked.Heading);
            Assert.Equal(unknown.Errors, locked.Errors);
            Assert.Equal(ErrorMessages(unknown), ErrorMessages(locked));
        }

        Assert.Equal([SignInModel.WrongDetails], unknown.Errors);
        Assert.DoesNotContain("too many times", lockedRight.Html, StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> ErrorMessages(PageResult page) =>
        page.Document.QuerySelectorAll(".govuk-error-message").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public async Task RecoveryCode_WorksOnceInsteadOfTheApp()
    {
        var person = await NewPersonAsync();
        var signedIn = await Factory.SignInAsync(person);
        var form = await signedIn.GetAsync("/account/recovery-codes");
        var renewed = await signedIn.PostWithTokenAsync("/account/recovery-codes", form.Token, Form.Of(("Input.Code", Factory.NextCode(person))));
        var codes = renewed.Document.QuerySelectorAll(".app-recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);

        var browser = Factory.Anonymous();
        await browser.PostAsync("/account/sign-in", Credentials(person));
        var used = await browser.PostAsync("/account/recovery-code", Form.Of(("Input.Code", codes[0].ToLowerInvariant())));
        Assert.Equal("/reviews", used.Location);

        var again = Factory.Anonymous();
        await again.PostAsync("/account/sign-in", Credentials(person));
        var reused = await again.PostAsync("/account/recovery-code", Form.Of(("Input.Code", codes[0])));
        Assert.Contains("This recovery code is not right, or has already been used", reused.Errors);
        Assert.Equal(1, await CountAsync(AuditActions.RecoveryCodeUsed, person.Id));
    }

    [Fact]
    public async Task SignOut_EndsTheSessionAndIsAudited()
    {
        var person = await NewPersonAsync();
        var browser = await Factory.SignInAsync(person);
        var page = await browser.GetAsync("/reviews");

        var signedOut = await browser.PostWithTokenAsync("/account/sign-out", page.Token, []);

        Assert.Equal("/account/signed-out", signedOut.Location);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/reviews")).Status);
        Assert.Equal(1, await CountAsync(AuditActions.SignedOut, person.Id));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySessionOfThatPerson()
    {
        var person = await NewPersonAsync();
        var laptop = await Factory.SignInAsync(person);
        var phone = await Factory.SignInAsync(person);

        var confirm = await phone.GetAsync("/account/sign-out-everywhere");
        await phone.PostWithTokenAsync("/account/sign-out-everywhere", confirm.Token, []);

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/reviews")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/reviews")).Status);
        Assert.Equal(1, await CountAsync(AuditActions.SignedOutEverywhere, person.Id));
    }

    [Fact]
    public async Task Session_ThirtyMinutesIdle_EndsButActivityKeepsItGoing()
    {
        var busy = await Factory.SignInAsync(await NewPersonAsync());
        var idle = await Factory.SignInAsync(await NewPersonAsync());

        Factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/reviews")).Status);
        Factory.Clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/reviews")).Status);
        var expired = await idle.GetAsync("/reviews");
        Assert.Equal(HttpStatusCode.Redirect, expired.Status);
        Assert.Contains("/account/sign-in", expired.Location, StringComparison.Ordinal);
    }
}
