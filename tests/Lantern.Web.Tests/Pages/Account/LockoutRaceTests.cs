using System.Net;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Account;

/// <summary>The lockout holds when attempts come in parallel, and on every way of giving a second factor.</summary>
public sealed class LockoutRaceTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private Task<Person> NewPersonAsync() => Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "Lee Lockout");

    private static KeyValuePair<string, string>[] Credentials(Person person, string password) =>
        Form.Of(("Input.Email", person.Email), ("Input.Password", password));

    [Fact]
    public async Task SignIn_ManyWrongPasswordsAtOnce_AllCountAndNoneFails()
    {
        var person = await NewPersonAsync();
        var browsers = Enumerable.Range(0, 12).Select(_ => Factory.Anonymous()).ToList();
        var tokens = await Task.WhenAll(browsers.Select(async b => (await b.GetAsync("/account/sign-in")).Token));

        var results = await Task.WhenAll(browsers.Select((b, i) =>
            b.PostWithTokenAsync("/account/sign-in", tokens[i], Credentials(person, $"wrong guess number {i}"))));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        var right = await Factory.Anonymous().PostAsync("/account/sign-in", Credentials(person, person.Password));
        Assert.Equal([SignInModel.WrongDetails], right.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == person.Id)).LockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task TwoFactor_SameCodeTwiceAtOnce_GivesAtMostOneSessionAndNoFailures()
    {
        var person = await NewPersonAsync();
        var first = Factory.Anonymous();
        var second = Factory.Anonymous();
        await first.PostAsync("/account/sign-in", Credentials(person, person.Password));
        await second.PostAsync("/account/sign-in", Credentials(person, person.Password));
        var firstToken = (await first.GetAsync("/account/two-factor")).Token;
        var secondToken = (await second.GetAsync("/account/two-factor")).Token;
        var code = Factory.NextCode(person);

        var results = await Task.WhenAll(
            first.PostWithTokenAsync("/account/two-factor", firstToken, Form.Of(("Input.Code", code))),
            second.PostWithTokenAsync("/account/two-factor", secondToken, Form.Of(("Input.Code", code))));

        Assert.All(results, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{(int)r.Status}"));
        Assert.True(results.Count(r => r.Location == "/reviews") <= 1);
    }

    [Fact]
    public async Task RecoveryCode_AccountLockedByWrongCodes_IsRefusedEvenWithAGoodCode()
    {
        var person = await NewPersonAsync();
        var codes = await RecoveryCodesAsync(person);
        var browser = Factory.Anonymous();
        await browser.PostAsync("/account/sign-in", Credentials(person, person.Password));
        for (var i = 0; i < 5; i++)
        {
            await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", "000000")));
        }

        var page = await browser.PostAsync("/account/recovery-code", Form.Of(("Input.Code", codes[0])));

        Assert.Null(page.Location);
        Assert.Contains("You have entered the wrong details too many times. Wait 15 minutes, then sign in again", page.Errors);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/reviews")).Status);
    }

    [Fact]
    public async Task RecoveryCode_FiveWrongCodes_LockTheAccount()
    {
        var person = await NewPersonAsync();
        var browser = Factory.Anonymous();
        await browser.PostAsync("/account/sign-in", Credentials(person, person.Password));

        PageResult last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await browser.PostAsync("/account/recovery-code", Form.Of(("Input.Code", $"WRONG-{i:D5}")));
        }

        Assert.Contains("You have entered the wrong details too many times. Wait 15 minutes, then sign in again", last.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.True((await db.Users.SingleAsync(u => u.Id == person.Id)).LockoutEnd > DateTimeOffset.UtcNow);
    }

    private async Task<List<string>> RecoveryCodesAsync(Person person)
    {
        var signedIn = await Factory.SignInAsync(person);
        var form = await signedIn.GetAsync("/account/recovery-codes");
        var page = await signedIn.PostWithTokenAsync("/account/recovery-codes", form.Token, Form.Of(("Input.Code", Factory.NextCode(person))));
        return page.Document.QuerySelectorAll(".app-recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
    }
}
