using System.Net;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Lantern.Web.Pages.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Security;

public sealed class SecurityTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task Page_Headers_AllowOnlyOwnFilesAndScriptsWithThisResponsesNonce()
    {
        var page = await Factory.Anonymous().GetAsync("/account/sign-in");

        var csp = page.Response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        var nonce = System.Text.RegularExpressions.Regex.Match(csp, "'nonce-([^']+)'").Groups[1].Value;
        Assert.NotEmpty(nonce);
        var scripts = page.Document.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Equal(nonce, s.GetAttribute("nonce")));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", page.Response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", page.Response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("no-store", page.Response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.False(page.Response.Headers.Contains("Server"));

        var again = await Factory.Anonymous().GetAsync("/account/sign-in");
        Assert.NotEqual(csp, again.Response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Https_OnARealHost_SendsStrictTransportSecurity()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://lantern.testshire.example/account/sign-in");

        var response = await Factory.CreateClient().SendAsync(request);

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_AreSecureHttpOnlyAndStrict()
    {
        var browser = Factory.Anonymous();
        var signIn = await browser.GetAsync("/account/sign-in");
        var password = await browser.PostWithTokenAsync("/account/sign-in", signIn.Token,
            Form.Of(("Input.Email", world.NoRole.Email), ("Input.Password", world.NoRole.Password)));
        var code = await browser.PostAsync("/account/two-factor", Form.Of(("Input.Code", Factory.NextCode(world.NoRole))));

        var cookies = signIn.Response.Headers.GetValues("Set-Cookie")
            .Concat(password.Response.Headers.GetValues("Set-Cookie"))
            .Concat(code.Response.Headers.GetValues("Set-Cookie"))
            .ToList();

        Assert.Contains(cookies, c => c.StartsWith("Lantern.Session=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("Lantern.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("Lantern.SecondFactor=", StringComparison.Ordinal));
        Assert.All(cookies.Where(c => !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)), c =>
        {
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Health_SaysHealthyAndNothingElse()
    {
        var response = await Factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsA400PageAndChangesNothing()
    {
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await browser.PostWithTokenAsync("/reviews/new", null,
            Form.Of(("Input.WorkingTitle", "Child X"), ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "Referral")));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Sorry, there is a problem with what was sent", page.Heading);
        await using var db = Factory.CreateDbContext();
        Assert.DoesNotContain(db.Reviews, r => r.WorkingTitle == "Child X");
    }

    [Theory]
    [InlineData("/reviews/not-a-guid")]
    [InlineData("/reviews/00000000-0000-0000-0000-000000000000")]
    [InlineData("/reviews/00000000-0000-0000-0000-000000000000/members")]
    [InlineData("/admin/users/12345")]
    [InlineData("/no/such/page")]
    [InlineData("/reviews/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    public async Task MalformedOrUnknownAddress_IsANotFoundPage(string path)
    {
        var browser = await Factory.SignInAsync(world.Administrator);

        var page = await browser.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Page not found", page.Heading);
    }

    [Fact]
    public async Task Get_ToAPostOnlyVerb_IsRefusedWithoutRenderingThePage()
    {
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var page = await browser.GetAsync($"/reviews/{world.ReviewId}");

        var put = await browser.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/reviews/{world.ReviewId}")
        {
            Content = new FormUrlEncodedContent(Form.Of(("__RequestVerificationToken", page.Token!))),
        });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.DoesNotContain("Child Q", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class ErrorPageTests
{
    [Fact]
    public async Task UnexpectedFailure_ShowsAPlainErrorPageWithNoStackTrace()
    {
        await using var factory = new ThrowingFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        var (partnership, agency, _) = await factory.PartnershipAsync();
        var person = await factory.PersonAsync(partnership, agency, Core.Organisation.PartnershipRoles.BusinessUnit);
        var browser = await factory.SignInAsync(person);

        var page = await browser.GetAsync("/reviews");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Sorry, there is a problem with the service", page.Heading);
        Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("at Lantern", page.Html, StringComparison.Ordinal);
    }

    private sealed class ThrowingFactory(TestDatabase database) : LanternFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.AddScoped<ReviewService>(_ => throw new InvalidOperationException("The review store is unavailable.")));
        }
    }
}

public sealed class RateLimitTests
{
    [Fact]
    public async Task SignIn_TooManyPostsFromOneAddress_AreRefusedWithA429Page()
    {
        var settings = new Dictionary<string, string?> { ["Lantern:SignInAttemptsPerMinute"] = "3" };
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite), settings);
        var browser = factory.Anonymous();
        var form = Form.Of(("Input.Email", "someone@testshire.example"), ("Input.Password", "guessing at random here"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await browser.PostAsync("/account/sign-in", form)).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var refused = await browser.PostAsync("/account/sign-in", form);
        Assert.Equal("Too many attempts", refused.Heading);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).Status);
    }
}
