using System.Net;
using Lantern.Core.Audit;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin;

public sealed class AgencyAndReviewTypeTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task Agency_AddThenRetire_IsNoLongerOfferedForNewPeople()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var name = $"Testshire Community Health {Guid.NewGuid():N}"[..40];

        var added = await admin.PostAsync("/admin/agencies/add", Form.Of(("Input.Name", name), ("Input.Type", "HealthHospitalTrust")));
        Assert.Equal("/admin/agencies", added.Location);
        await using var db = Factory.CreateDbContext();
        var agency = await db.Agencies.SingleAsync(a => a.Name == name);
        Assert.Contains(name, (await admin.GetAsync("/admin/users/invite")).Html, StringComparison.Ordinal);

        var form = await admin.GetAsync($"/admin/agencies/{agency.Id}");
        var version = form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var retired = await admin.PostWithTokenAsync($"/admin/agencies/{agency.Id}", form.Token,
            Form.Of(("Input.Name", name), ("Input.Type", "HealthHospitalTrust"), ("Input.IsActive", "False"), ("Version", version)));

        Assert.Equal("/admin/agencies", retired.Location);
        Assert.DoesNotContain(name, (await admin.GetAsync("/admin/users/invite")).Html, StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AgencyCreated && e.EntityId == agency.Id));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AgencyChanged && e.EntityId == agency.Id));
    }

    [Fact]
    public async Task Agency_DuplicateNameOrBadType_IsRefused()
    {
        var admin = await Factory.SignInAsync(world.Administrator);

        var duplicate = await admin.PostAsync("/admin/agencies/add", Form.Of(("Input.Name", "TESTSHIRE COUNCIL"), ("Input.Type", "Police")));
        var badType = await admin.PostAsync("/admin/agencies/add", Form.Of(("Input.Name", "Somewhere New"), ("Input.Type", "Astronauts")));
        var empty = await admin.PostAsync("/admin/agencies/add", []);

        Assert.Contains("There is already an agency with this name", duplicate.Errors);
        Assert.NotEmpty(badType.Errors);
        Assert.Equal(["Enter the name of the agency", "Select the type of agency"], empty.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Agencies.AnyAsync(a => a.Name == "Somewhere New"));
    }

    [Fact]
    public async Task Agency_StaleVersion_ShowsTheConflictAndKeepsTheOtherChange()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        await admin.PostAsync("/admin/agencies/add", Form.Of(("Input.Name", "Conflict Agency"), ("Input.Type", "Housing")));
        await using var db = Factory.CreateDbContext();
        var agency = await db.Agencies.SingleAsync(a => a.Name == "Conflict Agency");
        var stale = await admin.GetAsync($"/admin/agencies/{agency.Id}");
        var fresh = await admin.GetAsync($"/admin/agencies/{agency.Id}");
        KeyValuePair<string, string>[] Fields(PageResult page, string name) =>
            Form.Of(("Input.Name", name), ("Input.Type", "Housing"), ("Input.IsActive", "True"), ("Version", page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!));

        await admin.PostWithTokenAsync($"/admin/agencies/{agency.Id}", fresh.Token, Fields(fresh, "Conflict Agency Renamed"));
        var conflict = await admin.PostWithTokenAsync($"/admin/agencies/{agency.Id}", stale.Token, Fields(stale, "Conflict Agency Other"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("Conflict Agency Renamed", conflict.Document.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal("Conflict Agency Renamed", (await db.Agencies.AsNoTracking().SingleAsync(a => a.Id == agency.Id)).Name);
    }

    [Fact]
    public async Task ReviewType_AddRenameAndRetire_ChangesWhatCreateOffers()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        await admin.PostAsync("/admin/review-types/add", Form.Of(("Input.Name", "Child practice review (Wales)")));
        await using var db = Factory.CreateDbContext();
        var type = await db.ReviewTypes.SingleAsync(t => t.Name == "Child practice review (Wales)" && t.PartnershipId == world.PartnershipId);
        Assert.Contains("Child practice review (Wales)", (await businessUnit.GetAsync("/reviews/new")).Html, StringComparison.Ordinal);

        var form = await admin.GetAsync($"/admin/review-types/{type.Id}");
        await admin.PostWithTokenAsync($"/admin/review-types/{type.Id}", form.Token, Form.Of(("Input.Name", "Extended child practice review"),
            ("Input.SortOrder", "5"), ("Input.IsActive", "False"), ("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

        var create = await businessUnit.GetAsync("/reviews/new");
        Assert.DoesNotContain("Extended child practice review", create.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Child practice review (Wales)", create.Html, StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReviewTypeChanged && e.EntityId == type.Id));
    }

    [Fact]
    public async Task ReviewType_DuplicateOrEmptyOrBadPosition_IsRefused()
    {
        var admin = await Factory.SignInAsync(world.Administrator);
        var type = world.ReviewTypeId;
        var form = await admin.GetAsync($"/admin/review-types/{type}");

        var duplicate = await admin.PostAsync("/admin/review-types/add", Form.Of(("Input.Name", "learning review")));
        var empty = await admin.PostAsync("/admin/review-types/add", []);
        var badPosition = await admin.PostWithTokenAsync($"/admin/review-types/{type}", form.Token,
            Form.Of(("Input.Name", "Local child safeguarding practice review"), ("Input.SortOrder", "first"), ("Input.IsActive", "True"),
                ("Version", form.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

        Assert.Contains("There is already a type of review with this name", duplicate.Errors);
        Assert.Equal(["Enter the name of the type of review"], empty.Errors);
        Assert.NotEmpty(badPosition.Errors);
    }
}
