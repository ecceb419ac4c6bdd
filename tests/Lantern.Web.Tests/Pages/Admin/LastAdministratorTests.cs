using Lantern.Core.Organisation;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin;

/// <summary>A partnership always keeps an administrator who can sign in.</summary>
public sealed class LastAdministratorTests
{
    [Fact]
    public async Task RemoveOwnAdministratorRole_OnlyAnInvitedAdministratorLeft_IsRefused()
    {
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        var (partnership, agency, _) = await factory.PartnershipAsync();
        var ada = await factory.PersonAsync(partnership, agency, PartnershipRoles.Administrator, "Ada Admin");
        var browser = await factory.SignInAsync(ada);
        await browser.PostAsync("/admin/users/invite", Form.Of(("Input.DisplayName", "Ian Invited"), ("Input.Email", "ian.invited@testshire.example"),
            ("Input.AgencyId", agency.ToString()), ("Input.Roles", "Administrator")));
        var form = await browser.GetAsync($"/admin/users/{ada.Id}/edit");

        var page = await browser.PostWithTokenAsync($"/admin/users/{ada.Id}/edit", form.Token, Form.Of(("Input.DisplayName", "Ada Admin"),
            ("Input.AgencyId", agency.ToString()), ("ProfileVersion", form.Document.QuerySelector("input[name=ProfileVersion]")!.GetAttribute("value")!)));

        Assert.Contains(page.Errors, e => e.Contains("at least one administrator who can sign in", StringComparison.Ordinal));
        await using var db = factory.CreateDbContext();
        Assert.Equal(PartnershipRoles.Administrator, (await db.Users.SingleAsync(u => u.Id == ada.Id)).PartnershipRoles);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Disable_TwoAdministratorsDisableEachOtherAtOnce_OneRemains(DatabaseProvider provider)
    {
        await using var factory = new LanternFactory(await TestDatabase.CreateAsync(provider));
        var (partnership, agency, _) = await factory.PartnershipAsync();
        var ada = await factory.PersonAsync(partnership, agency, PartnershipRoles.Administrator, "Ada Admin");
        var bob = await factory.PersonAsync(partnership, agency, PartnershipRoles.Administrator, "Bob Admin");
        var adaBrowser = await factory.SignInAsync(ada);
        var bobBrowser = await factory.SignInAsync(bob);
        var adaForm = await adaBrowser.GetAsync($"/admin/users/{bob.Id}/disable");
        var bobForm = await bobBrowser.GetAsync($"/admin/users/{ada.Id}/disable");

        var results = await Task.WhenAll(
            adaBrowser.PostWithTokenAsync($"/admin/users/{bob.Id}/disable", adaForm.Token, []),
            bobBrowser.PostWithTokenAsync($"/admin/users/{ada.Id}/disable", bobForm.Token, []));

        Assert.All(results, r => Assert.True((int)r.Status < 500, $"{(int)r.Status}"));
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Users.CountAsync(u => u.PartnershipId == partnership && !u.IsDisabled));
    }
}
