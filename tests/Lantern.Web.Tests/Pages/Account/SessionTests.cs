using System.Net;
using Lantern.Core.Audit;
using Lantern.Testing.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Account;

/// <summary>Sessions are recorded on the server: signing out ends one there, and none outlives its absolute lifetime.</summary>
public sealed class SessionTests(AccountWorld world) : IClassFixture<AccountWorld>
{
    private LanternFactory Factory => world.Factory;

    /// <summary>The session cookie exactly as the browser holds it, for a test playing someone who copied it.</summary>
    private static string SessionCookie(PageResult page)
    {
        var cookies = page.Response.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("Lantern.Session", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0])
            .ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    /// <summary>A request from another machine that carries only the copied cookie.</summary>
    private async Task<HttpResponseMessage> GetWithCookieAsync(string path, string cookie)
    {
        using var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task SignOut_CopiedSessionCookie_IsRefusedAfterwards()
    {
        var person = await world.PersonAsync("Cody Copied");
        var browser = await Factory.SignInAsync(person);
        var page = await browser.GetAsync("/reviews");
        var copied = SessionCookie(page);
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("/reviews", copied)).StatusCode);

        await browser.PostWithTokenAsync("/account/sign-out", page.Token, []);

        var replayed = await GetWithCookieAsync("/reviews", copied);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/sign-in", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.SignedOut && e.UserId == person.Id));
    }

    [Fact]
    public async Task SignOut_OnOneDevice_LeavesTheOtherSignedIn()
    {
        var person = await world.PersonAsync("Dana Twodevices");
        var laptop = await Factory.SignInAsync(person);
        var phone = await Factory.SignInAsync(person);
        var page = await phone.GetAsync("/reviews");

        await phone.PostWithTokenAsync("/account/sign-out", page.Token, []);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/reviews")).Status);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/reviews")).Status);
    }

    [Fact]
    public async Task Session_KeptBusy_EndsTwelveHoursAfterSignIn()
    {
        var browser = await Factory.SignInAsync(await world.PersonAsync("Bo Busy"));
        var signedInAt = Factory.Clock.GetUtcNow();

        // A request every 25 minutes never lets the 30-minute idle timeout end the session.
        while (Factory.Clock.GetUtcNow() - signedInAt < TimeSpan.FromHours(12) - TimeSpan.FromMinutes(25))
        {
            Factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/reviews")).Status);
        }

        Factory.Clock.Advance(TimeSpan.FromMinutes(25));
        var ended = await browser.GetAsync("/reviews");

        Assert.True(Factory.Clock.GetUtcNow() - signedInAt >= TimeSpan.FromHours(12));
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        Assert.Contains("/account/sign-in", ended.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheSessionsOnTheServer()
    {
        var person = await world.PersonAsync("Eve Everywhere");
        var laptop = await Factory.SignInAsync(person);
        var copied = SessionCookie(await laptop.GetAsync("/reviews"));
        var phone = await Factory.SignInAsync(person);

        var confirm = await phone.GetAsync("/account/sign-out-everywhere");
        await phone.PostWithTokenAsync("/account/sign-out-everywhere", confirm.Token, []);

        Assert.Equal(HttpStatusCode.Redirect, (await GetWithCookieAsync("/reviews", copied)).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.SignInSessions.AnyAsync(s => s.UserId == person.Id && s.EndedAt == null));
    }
}
