using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Setup;

/// <summary>A setup link works once, even when two people submit it at the same moment (on both databases).</summary>
public sealed class SetupRaceTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Setup_SameLinkSubmittedTwiceAtOnce_CreatesOneAdministrator(DatabaseProvider provider)
    {
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(provider));
        factory.StartServer();
        var path = new Uri(factory.Console.LinkContaining("/setup/")!).AbsolutePath;
        var first = factory.Anonymous();
        var second = factory.Anonymous();
        var firstToken = (await first.GetAsync(path)).Token;
        var secondToken = (await second.GetAsync(path)).Token;
        KeyValuePair<string, string>[] Form(string who) => Testing.Web.Form.Of(
            ("Input.PartnershipName", $"{who} Partnership"), ("Input.AgencyName", $"{who} Council"),
            ("Input.AgencyType", nameof(AgencyType.ChildrensSocialCare)), ("Input.FullName", who),
            ("Input.Email", $"{who.ToLowerInvariant()}@testshire.example"), ("Input.Password", People.Password), ("Input.ConfirmPassword", People.Password));

        var results = await Task.WhenAll(
            first.PostWithTokenAsync(path, firstToken, Form("Ann")),
            second.PostWithTokenAsync(path, secondToken, Form("Bob")));

        Assert.Single(results, r => r.Location == "/account/set-up-authenticator");
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => (u.PartnershipRoles & PartnershipRoles.Administrator) != 0));
        Assert.Equal(1, await db.Partnerships.CountAsync());
    }
}
