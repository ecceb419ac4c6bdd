using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin;

public sealed class UserAdministrationTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Invitation(string email, Guid agencyId, params PartnershipRoles[] roles) =>
        [.. Form.Of(("Input.DisplayName", "Ivy Invited"), ("Input.Email", email), ("Input.AgencyId", agencyId.ToString())),
         .. roles.Select(r => new KeyValuePair<string, string>("Input.Roles", r.ToString()))];

    private static string Email() => $"ivy.{Guid.NewGuid():N}@testshire.example";

    [Fact]
    public async Task Invite_ThenAccept_GivesAWorkingAccountWithTheRolesChosen()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var email = Email();

        var invited = await admin.PostAsync("/admin/users/invite", Invitation(email, world.AgencyId, PartnershipRoles.BusinessUnit));

        Assert.Equal("Invitation created", invited.Heading);
        var link = invited.Document.QuerySelector(".app-one-time-link code")!.TextContent.Trim();
        Assert.StartsWith("https://localhost/account/invitation/", link, StringComparison.Ordinal);
        Assert.Contains(link, await MailToAsync(email), StringComparison.Ordinal);

        var invitee = Factory.Anonymous();
        var path = new Uri(link).AbsolutePath;
        var form = await invitee.GetAsync(path);
        Assert.Equal("Create your password", form.Heading);
        Assert.Contains(email, form.Html, StringComparison.Ordinal);

        var tooShort = await invitee.PostAsync(path, Form.Of(("Input.Password", "short pass"), ("Input.ConfirmPassword", "short pass")));
        Assert.Contains("Password must be 12 characters or more", tooShort.Errors);
        var common = await invitee.PostAsync(path, Form.Of(("Input.Password", "password1234"), ("Input.ConfirmPassword", "password1234")));
        Assert.Contains(common.Errors, e => e.Contains("harder to guess", StringComparison.Ordinal));

        var accepted = await invitee.PostAsync(path, Form.Of(("Input.Password", People.Password), ("Input.ConfirmPassword", People.Password)));
        Assert.Equal("/account/set-up-authenticator", accepted.Location);
        var setUp = await invitee.GetAsync("/account/set-up-authenticator");
        var key = setUp.Document.QuerySelector(".app-shared-key code")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        Factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var done = await invitee.PostWithTokenAsync("/account/set-up-authenticator", setUp.Token, Form.Of(("Input.Code", Totp.Code(key, Factory.Clock.GetUtcNow()))));
        Assert.Equal(10, done.Document.QuerySelectorAll(".app-recovery-codes li").Length);

        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync("/reviews/new")).Status);
        var reused = await Factory.Anonymous().GetAsync(path);
        Assert.Contains("already been used", reused.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.Equal(PartnershipRoles.BusinessUnit, user.PartnershipRoles);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.UserInvited && e.EntityId == user.Id && e.UserId == world.Administrator.Id));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.InvitationAccepted && e.UserId == user.Id));
    }

    [Fact]
    public async Task Invite_BadInput_ShowsErrorsAndCreatesNobody()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var empty = await admin.PostAsync("/admin/users/invite", []);
        var badEmail = await admin.PostAsync("/admin/users/invite", Invitation("not-an-email", world.AgencyId));
        var taken = await admin.PostAsync("/admin/users/invite", Invitation(world.Chair.Email, world.AgencyId));
        var otherAgency = await admin.PostAsync("/admin/users/invite", Invitation(Email(), Guid.NewGuid()));

        Assert.Equal(["Enter the person's full name", "Enter the person's email address", "Select the person's agency"], empty.Errors);
        Assert.Contains("Enter an email address in the correct format, like name@example.org", badEmail.Errors);
        Assert.Contains("Someone already has an account with this email address", taken.Errors);
        Assert.Contains("Select the person's agency", otherAgency.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.DisplayName == "Ivy Invited" && u.Email == "not-an-email"));
    }

    [Theory]
    [InlineData("disable", "Disable account", "govuk-button--warning")]
    [InlineData("enable", "Enable account", null)]
    [InlineData("reset-two-factor", "Reset authenticator", "govuk-button--warning")]
    [InlineData("new-invitation", "Create new link", null)]
    public async Task Manage_EveryOperation_OpensWithItsButton(string operation, string button, string? variantClass)
    {
        var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.Chair, "Opal Operation");
        var admin = await Factory.SignInAsync(world.Administrator);

        var page = await admin.GetAsync($"/admin/users/{person.Id}/{operation}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var submit = page.Document.QuerySelector("main form button")!;
        Assert.Equal(button, submit.TextContent.Trim());
        Assert.Equal(variantClass is null ? ["govuk-button"] : ["govuk-button", variantClass], submit.ClassList.ToArray());
        Assert.NotNull(page.TokenFor($"/admin/users/{person.Id}/{operation}", $"/admin/users/{person.Id}/{operation}"));
    }

    [Fact]
    public async Task NewInvitation_ReplacesTheEarlierLink()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var email = Email();
        var invited = await admin.PostAsync("/admin/users/invite", Invitation(email, world.AgencyId));
        var first = new Uri(invited.Document.QuerySelector(".app-one-time-link code")!.TextContent.Trim()).AbsolutePath;
        await using var db = Factory.CreateDbContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();

        var reissued = await admin.PostAsync($"/admin/users/{userId}/new-invitation", []);

        var second = new Uri(reissued.Document.QuerySelector(".app-one-time-link code")!.TextContent.Trim()).AbsolutePath;
        Assert.NotEqual(first, second);
        Assert.Equal("This invitation link cannot be used", (await Factory.Anonymous().GetAsync(first)).Heading);
        Assert.Equal("Create your password", (await Factory.Anonymous().GetAsync(second)).Heading);
    }

    [Fact]
    public async Task Disable_EndsTheSessionAtTheNextRequestAndStopsSigningIn()
    {
        var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.Chair, "Dee Disabled");
        var theirs = await Factory.SignInAsync(person);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync("/reviews")).Status);
        var admin = await Factory.SignInAsync(world.Administrator);

        var disabled = await admin.PostAsync($"/admin/users/{person.Id}/disable", []);

        Assert.Equal($"/admin/users/{person.Id}", disabled.Location);
        var next = await theirs.GetAsync("/reviews");
        Assert.Equal(HttpStatusCode.Redirect, next.Status);
        Assert.Contains("/account/sign-in", next.Location, StringComparison.Ordinal);
        var again = await Factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", person.Password)));
        Assert.NotNull(again.Errors.SingleOrDefault());
        Assert.Null(again.Location);

        await admin.PostAsync($"/admin/users/{person.Id}/enable", []);
        Assert.Equal(HttpStatusCode.OK, (await (await Factory.SignInAsync(person)).GetAsync("/reviews")).Status);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.UserDisabled && e.EntityId == person.Id));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.UserEnabled && e.EntityId == person.Id));
    }

    [Fact]
    public async Task Disable_Yourself_IsRefused()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var self = await admin.PostAsync($"/admin/users/{world.Administrator.Id}/disable", []);

        Assert.Contains("You cannot disable your own account", self.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Id == world.Administrator.Id)).IsDisabled);
    }

    [Fact]
    public async Task ResetTwoFactor_EndsSessionsAndTheNextSignInSetsUpANewAuthenticator()
    {
        var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "Lou Lostphone");
        var theirs = await Factory.SignInAsync(person);
        var admin = await Factory.SignInAsync(world.Administrator);

        await admin.PostAsync($"/admin/users/{person.Id}/reset-two-factor", []);

        Assert.Equal(HttpStatusCode.Redirect, (await theirs.GetAsync("/reviews")).Status);
        var browser = Factory.Anonymous();
        var password = await browser.PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", person.Password)));
        Assert.StartsWith("/account/set-up-authenticator", password.Location, StringComparison.Ordinal);
        Assert.Equal("/account/set-up-authenticator", (await browser.GetAsync("/account/two-factor")).Location);
        var setUp = await browser.GetAsync("/account/set-up-authenticator");
        Assert.NotNull(setUp.Document.QuerySelector("img.app-qr-code"));
        await using var db = Factory.CreateDbContext();
        Assert.False((await db.Users.SingleAsync(u => u.Id == person.Id)).TwoFactorEnabled);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.TwoFactorReset && e.EntityId == person.Id));
    }

    [Fact]
    public async Task Edit_RolesChange_AppliesAtThePersonsNextRequest()
    {
        var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.BusinessUnit, "Rae Roles");
        var theirs = await Factory.SignInAsync(person);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync("/reviews/new")).Status);
        var admin = await Factory.SignInAsync(world.Administrator);
        var form = await admin.GetAsync($"/admin/users/{person.Id}/edit");
        var stamp = form.Document.QuerySelector("input[name=ProfileVersion]")!.GetAttribute("value")!;

        var saved = await admin.PostWithTokenAsync($"/admin/users/{person.Id}/edit", form.Token,
            Form.Of(("Input.DisplayName", "Rae Roles"), ("Input.AgencyId", world.AgencyId.ToString()), ("Input.Roles", "Chair"), ("ProfileVersion", stamp)));

        Assert.Equal($"/admin/users/{person.Id}", saved.Location);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync("/reviews/new")).Status);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/reviews/{world.ReviewId}")).Status);
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_ShowsTheConflictAndKeepsTheirChange()
    {
        var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "Con Flict");
        var first = await Factory.SignInAsync(world.Administrator);
        var second = await Factory.SignInAsync(world.Administrator);
        var mine = await first.GetAsync($"/admin/users/{person.Id}/edit");
        var theirs = await second.GetAsync($"/admin/users/{person.Id}/edit");
        KeyValuePair<string, string>[] Fields(PageResult page, string name) =>
            Form.Of(("Input.DisplayName", name), ("Input.AgencyId", world.AgencyId.ToString()),
                ("ProfileVersion", page.Document.QuerySelector("input[name=ProfileVersion]")!.GetAttribute("value")!));

        await second.PostWithTokenAsync($"/admin/users/{person.Id}/edit", theirs.Token, Fields(theirs, "Con Flict-Second"));
        var conflict = await first.PostWithTokenAsync($"/admin/users/{person.Id}/edit", mine.Token, Fields(mine, "Con Flict-First"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else changed this account", conflict.Html, StringComparison.Ordinal);
        Assert.Equal("Con Flict-Second", conflict.Document.QuerySelector("#Input_DisplayName")?.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Con Flict-Second", (await db.Users.SingleAsync(u => u.Id == person.Id)).DisplayName);
    }

    [Fact]
    public async Task Edit_RemovingTheLastAdministratorRole_IsRefused()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var form = await admin.GetAsync($"/admin/users/{world.Administrator.Id}/edit");

        var page = await admin.PostWithTokenAsync($"/admin/users/{world.Administrator.Id}/edit", form.Token,
            Form.Of(("Input.DisplayName", world.Administrator.Name), ("Input.AgencyId", world.AgencyId.ToString()),
                ("ProfileVersion", form.Document.QuerySelector("input[name=ProfileVersion]")!.GetAttribute("value")!)));

        Assert.Contains(page.Errors, e => e.Contains("at least one administrator", StringComparison.Ordinal));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(PartnershipRoles.Administrator, (await db.Users.SingleAsync(u => u.Id == world.Administrator.Id)).PartnershipRoles);
    }

    [Fact]
    public async Task PeopleList_ShowsEveryoneInThePartnershipOnly_WithTheirStatus()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var page = await admin.GetAsync("/admin/users?sort=Name");

        var names = page.Document.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Ada Admin", names);
        Assert.Contains("Nia Nobody", names);
        Assert.DoesNotContain("Otto Other", names);
        Assert.Equal(names.Order(StringComparer.CurrentCulture), names);
        Assert.Contains("Active", page.Document.QuerySelectorAll("tbody .govuk-tag").Select(t => t.TextContent.Trim()));
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

public sealed class InvitationEmailTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Invite_EmailWithAnApostrophe_IsAccepted()
    {
        var admin = await world.Factory.SignInAsync(world.Administrator);
        var email = $"siobhan.o'brien.{Guid.NewGuid():N}@testshire.example";

        var invited = await admin.PostAsync("/admin/users/invite", Form.Of(("Input.DisplayName", "Siobhán O'Brien"), ("Input.Email", email), ("Input.AgencyId", world.AgencyId.ToString())));

        Assert.Equal("Invitation created", invited.Heading);
    }
}

public sealed class AdminEditVersionTests(World world) : IClassFixture<World>
{
    [Fact]
    public async Task Edit_PersonFailedASignInMeanwhile_SavesWithoutAConflict()
    {
        var factory = world.Factory;
        var person = await factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "Fay Fumbled");
        var admin = await factory.SignInAsync(world.Administrator);
        var form = await admin.GetAsync($"/admin/users/{person.Id}/edit");

        await factory.Anonymous().PostAsync("/account/sign-in", Form.Of(("Input.Email", person.Email), ("Input.Password", "not my password at all")));
        var saved = await admin.PostWithTokenAsync($"/admin/users/{person.Id}/edit", form.Token, Form.Of(("Input.DisplayName", "Fay Found"),
            ("Input.AgencyId", world.AgencyId.ToString()), ("ProfileVersion", form.Document.QuerySelector("input[name=ProfileVersion]")!.GetAttribute("value")!)));

        Assert.Equal($"/admin/users/{person.Id}", saved.Location);
        await using var db = factory.CreateDbContext();
        Assert.Equal("Fay Found", (await db.Users.SingleAsync(u => u.Id == person.Id)).DisplayName);
    }
}
