using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Lantern.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin;

public sealed class LetterTemplateTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    /// <summary>A partnership of its own, with no letters yet, and its business unit.</summary>
    private async Task<(Guid PartnershipId, Person BusinessUnit)> NewPartnershipAsync(string name)
    {
        var (partnershipId, agencyId, _) = await Factory.PartnershipAsync(name);
        return (partnershipId, await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.BusinessUnit, "Bo Business"));
    }

    private static KeyValuePair<string, string>[] Fields(PageResult form, string name, string body) => Form.Of(
        ("Input.Name", name),
        ("Input.Purpose", "When the review starts"),
        ("Input.Body", body),
        ("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!));

    [Fact]
    public async Task Letters_FirstVisitOfAPartnershipWithNone_GivesItItsOwnCopiesOfTheDefaultsOnce()
    {
        var (partnershipId, businessUnit) = await NewPartnershipAsync("Firstvisit Safeguarding Partnership");
        var browser = await Factory.SignInAsync(businessUnit);

        var first = await browser.GetAsync("/admin/letters");
        var second = await browser.GetAsync("/admin/letters");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(DefaultLetterTemplates.All.Select(l => l.Name).Order(StringComparer.Ordinal),
            second.Document.QuerySelectorAll("tbody tr a").Select(a => a.TextContent.Trim()));
        await using var db = Factory.CreateDbContext();
        var ids = await db.LetterTemplates.Where(t => t.PartnershipId == partnershipId).Select(t => (Guid?)t.Id).ToListAsync();
        Assert.Equal(3, ids.Count);
        var audited = await db.AuditEvents.Where(e => e.Action == AuditActions.LetterTemplateChanged && e.PartnershipId == partnershipId).ToListAsync();
        Assert.Equal(ids.Order(), audited.Select(e => e.EntityId).Order());
        Assert.All(audited, e => Assert.Equal(businessUnit.Id, e.UserId));
    }

    [Fact]
    public async Task Edit_ValidLetter_IsSavedAndAudited()
    {
        var (partnershipId, businessUnit) = await NewPartnershipAsync("Editing Safeguarding Partnership");
        var browser = await Factory.SignInAsync(businessUnit);
        await browser.GetAsync("/admin/letters");
        await using var db = Factory.CreateDbContext();
        var template = await db.LetterTemplates.AsNoTracking().FirstAsync(t => t.PartnershipId == partnershipId);
        var form = await browser.GetAsync($"/admin/letters/{template.Id}");

        var saved = await browser.PostWithTokenAsync($"/admin/letters/{template.Id}", form.Token,
            Fields(form, "A review is beginning", "Dear ((Family Member Name))\n\nWe are writing about ((child or adult name))."));

        Assert.Equal("/admin/letters", saved.Location);
        var now = await db.LetterTemplates.AsNoTracking().SingleAsync(t => t.Id == template.Id);
        Assert.Equal(("A review is beginning", "When the review starts"), (now.Name, now.Purpose));
        Assert.StartsWith("Dear ((Family Member Name))", now.Body, StringComparison.Ordinal);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.EntityId == template.Id && e.Action == AuditActions.LetterTemplateChanged));
    }

    [Fact]
    public async Task Edit_UnknownOrBrokenPlaceholdersOrNoName_ShowsEachProblemAndSavesNothing()
    {
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var form = await businessUnit.GetAsync($"/admin/letters/{world.LetterTemplateId}");
        await using var db = Factory.CreateDbContext();
        var before = await db.LetterTemplates.AsNoTracking().SingleAsync(t => t.Id == world.LetterTemplateId);

        var broken = await businessUnit.PostWithTokenAsync($"/admin/letters/{world.LetterTemplateId}", form.Token,
            Fields(form, "Another name", "Dear ((shoe size))\n\nSigned ((chair name"));
        var unnamed = await businessUnit.PostWithTokenAsync($"/admin/letters/{world.LetterTemplateId}", form.Token, Fields(form, " ", "Dear ((family member name))"));

        Assert.Equal(HttpStatusCode.OK, broken.Status);
        Assert.Equal(2, broken.Errors.Count);
        Assert.StartsWith("((shoe size)) on line 1 is not one Lantern knows", broken.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("The (( on line 3 is not closed", broken.Errors[1], StringComparison.Ordinal);
        Assert.Equal(["Enter the name of the letter"], unnamed.Errors);
        var after = await db.LetterTemplates.AsNoTracking().SingleAsync(t => t.Id == world.LetterTemplateId);
        Assert.Equal((before.Name, before.Body, before.Version), (after.Name, after.Body, after.Version));
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_IsAConflictAndKeepsTheirWording()
    {
        var (partnershipId, businessUnit) = await NewPartnershipAsync("Conflicting Safeguarding Partnership");
        var me = await Factory.SignInAsync(businessUnit);
        await me.GetAsync("/admin/letters");
        var colleague = await Factory.SignInAsync(businessUnit);
        await using var db = Factory.CreateDbContext();
        var id = await db.LetterTemplates.Where(t => t.PartnershipId == partnershipId).Select(t => t.Id).FirstAsync();
        var mine = await me.GetAsync($"/admin/letters/{id}");
        var theirs = await colleague.GetAsync($"/admin/letters/{id}");
        await colleague.PostWithTokenAsync($"/admin/letters/{id}", theirs.Token, Fields(theirs, "Their letter", "Dear ((family member name)), from them"));

        var conflict = await me.PostWithTokenAsync($"/admin/letters/{id}", mine.Token, Fields(mine, "My letter", "Dear ((family member name)), from me"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Someone else changed this letter", conflict.Html, StringComparison.Ordinal);
        Assert.Equal("Their letter", conflict.Document.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("Their letter", (await db.LetterTemplates.AsNoTracking().SingleAsync(t => t.Id == id)).Name);
    }

    [Fact]
    public async Task Edit_ALetterOfAnotherPartnership_IsNotFound()
    {
        var other = await Factory.SignInAsync(world.OtherBusinessUnit);

        var page = await other.GetAsync($"/admin/letters/{world.LetterTemplateId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task Letters_LinkedFromAdministrationAndRefusedToTheChair()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var chair = await Factory.SignInAsync(world.Chair);

        var home = await admin.GetAsync("/admin");
        var refused = await chair.GetAsync("/admin/letters");

        Assert.NotNull(home.Document.QuerySelector("a[href='/admin/letters']"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }
}
