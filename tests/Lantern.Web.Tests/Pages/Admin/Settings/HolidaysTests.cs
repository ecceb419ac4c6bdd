using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Pages.SettingUp;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin.Settings;

public sealed class HolidaysTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private const string Url = "/admin/holidays";

    private const string RemoveUrl = "/admin/holidays?handler=Remove&calendar=EnglandAndWales&year=2026";

    private LanternFactory Factory => world.Factory;

    private static Fields Change(DateOnly date, AdjustmentKind kind = AdjustmentKind.Add, string reason = "A national day of celebration") => new()
    {
        { "Input.Calendar", nameof(HolidayCalendar.EnglandAndWales) },
        { "Input.Kind", kind.ToString() },
        { "Input.Date", date },
        { "Input.Reason", reason },
    };

    private Task<int> ChangesAsync(Guid partnershipId) => world.CountAsync(db => db.HolidayChanges.Where(h => h.PartnershipId == partnershipId));

    private Task<int> AuditsAsync(Guid partnershipId) =>
        world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.HolidayChanged && e.PartnershipId == partnershipId));

    private static async Task<string> NotificationDueAsync(Browserless browser, Guid reviewId) =>
        (await browser.GetAsync($"/reviews/{reviewId}/setting-up")).DeadlineRow("Notify the national panel");

    [Fact]
    public async Task Page_ListsTheYearsBankHolidaysWithWeekendSubstitutes()
    {
        var desk = await world.NewDeskAsync("Listingshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var page = await admin.GetAsync(Url + "?calendar=EnglandAndWales&year=2026");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var days = page.Document.QuerySelectorAll(".govuk-list--bullet li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(8, days.Count);
        Assert.Contains("Friday 25 December 2026", days);
        Assert.Contains("Monday 28 December 2026", days);
        Assert.DoesNotContain("Saturday 26 December 2026", days);
    }

    [Fact]
    public async Task AddThenRemove_AnExtraBankHoliday_MovesAWorkingDayDeadlineAndBack()
    {
        var desk = await world.NewDeskAsync("Extrashire Partnership");
        var reviewId = await world.ReviewAsync(desk, new DateOnly(2026, 12, 14));
        var businessUnit = await Factory.SignInAsync(desk.BusinessUnit);
        var admin = await Factory.SignInAsync(desk.Administrator);
        Assert.Contains("21 December 2026", await NotificationDueAsync(businessUnit, reviewId), StringComparison.Ordinal);

        var added = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16), reason: "  Testshire's day of celebration "));

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        Assert.Equal("/admin/holidays?calendar=EnglandAndWales&year=2026", added.Location);
        var page = await admin.GetAsync(added.Location!);
        Assert.Equal("Bank holiday change saved", page.Notice());
        Assert.Contains("Wednesday 16 December 2026", page.Document.QuerySelectorAll(".govuk-list--bullet li").Select(li => li.TextContent.Trim()));
        Assert.Contains("22 December 2026", await NotificationDueAsync(businessUnit, reviewId), StringComparison.Ordinal);
        await using (var db = Factory.CreateDbContext())
        {
            var change = await db.HolidayChanges.AsNoTracking().SingleAsync(h => h.PartnershipId == desk.PartnershipId);
            Assert.Equal(new DateOnly(2026, 12, 16), change.Date);
            Assert.Equal(AdjustmentKind.Add, change.Kind);
            Assert.Equal("Testshire's day of celebration", change.Reason);
            Assert.Equal(desk.Administrator.Id, change.RecordedByUserId);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.HolidayChanged && e.EntityId == change.Id && e.UserId == desk.Administrator.Id));
        }

        var changeId = page.Document.QuerySelector("input[name='changeId']")!.GetAttribute("value")!;
        var removed = await admin.PostWithTokenAsync(RemoveUrl, page.Token, Form.Of(("changeId", changeId)));

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal("Bank holiday change removed", (await admin.GetAsync(removed.Location!)).Notice());
        Assert.Contains("21 December 2026", await NotificationDueAsync(businessUnit, reviewId), StringComparison.Ordinal);
        Assert.Equal(0, await ChangesAsync(desk.PartnershipId));
        Assert.Equal(2, await AuditsAsync(desk.PartnershipId));
    }

    [Fact]
    public async Task Remove_TheBoxingDaySubstitute_BringsAWorkingDayDeadlineForward()
    {
        var desk = await world.NewDeskAsync("Workshire Partnership");
        var reviewId = await world.ReviewAsync(desk, new DateOnly(2026, 12, 23));
        var businessUnit = await Factory.SignInAsync(desk.BusinessUnit);
        var admin = await Factory.SignInAsync(desk.Administrator);

        var saved = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 28), AdjustmentKind.Remove, "Offices open as usual"));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("31 December 2026", await NotificationDueAsync(businessUnit, reviewId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ADayThatIsAlreadyABankHoliday_IsRefused()
    {
        var desk = await world.NewDeskAsync("Alreadyshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var christmas = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 25)));
        var substitute = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 28)));
        var coronation = await admin.PostAsync(Url, Change(new DateOnly(2023, 5, 8)));

        foreach (var page in new[] { christmas, substitute, coronation })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(["That date is already a bank holiday in this calendar"], page.Errors);
        }

        Assert.Equal(0, await ChangesAsync(desk.PartnershipId));
        Assert.Equal(0, await AuditsAsync(desk.PartnershipId));
    }

    [Fact]
    public async Task Add_BadChanges_AreRefusedAndNothingIsSaved()
    {
        var desk = await world.NewDeskAsync("Badshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var weekend = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 26)));
        var notAHoliday = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16), AdjustmentKind.Remove));
        var noReason = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16)).With("Input.Reason", " "));
        var longReason = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16), reason: new string('a', 201)));
        var longAgo = await admin.PostAsync(Url, Change(new DateOnly(1999, 12, 16)));
        var noKind = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16)).Without("Input.Kind"));
        var noDate = await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16)).Without("Input.Date"));

        Assert.Equal(["Choose a weekday. Weekends are never working days"], weekend.Errors);
        Assert.Equal(["That date is not a bank holiday in this calendar, so there is nothing to remove"], notAHoliday.Errors);
        Assert.Equal(["Enter the reason for the change, such as the occasion"], noReason.Errors);
        Assert.Equal(["The reason must be 200 characters or fewer"], longReason.Errors);
        Assert.Equal(["The date must be between 2000 and 2100"], longAgo.Errors);
        Assert.Equal(["Select whether to add or remove a bank holiday"], noKind.Errors);
        Assert.Equal(["Enter date"], noDate.Errors);
        Assert.Equal(0, await ChangesAsync(desk.PartnershipId));
        Assert.Equal(0, await AuditsAsync(desk.PartnershipId));
    }

    [Fact]
    public async Task Remove_AnUnknownChangeOrAnotherPartnershipsChange_IsNotFound()
    {
        var desk = await world.NewDeskAsync("Removeshire Partnership");
        var other = await world.NewDeskAsync("Keepshire Partnership");
        var otherAdmin = await Factory.SignInAsync(other.Administrator);
        await otherAdmin.PostAsync(Url, Change(new DateOnly(2026, 12, 16)));
        Guid otherChange;
        await using (var db = Factory.CreateDbContext())
        {
            otherChange = (await db.HolidayChanges.AsNoTracking().SingleAsync(h => h.PartnershipId == other.PartnershipId)).Id;
        }

        var admin = await Factory.SignInAsync(desk.Administrator);
        var unknown = await admin.PostAsync(Url, Form.Of(("changeId", Guid.NewGuid().ToString())), RemoveUrl);
        var elsewhere = await admin.PostAsync(Url, Form.Of(("changeId", otherChange.ToString())), RemoveUrl);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        Assert.Equal(1, await ChangesAsync(other.PartnershipId));
        Assert.DoesNotContain("16 December 2026", (await admin.GetAsync(Url)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonAdministrators_AreRefused()
    {
        var desk = await world.NewDeskAsync("Shutshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        await admin.PostAsync(Url, Change(new DateOnly(2026, 12, 16)));
        Guid changeId;
        await using (var db = Factory.CreateDbContext())
        {
            changeId = (await db.HolidayChanges.AsNoTracking().SingleAsync(h => h.PartnershipId == desk.PartnershipId)).Id;
        }

        foreach (var person in new[] { desk.BusinessUnit, desk.Chair })
        {
            var browser = await Factory.SignInAsync(person);

            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(Url)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/reviews", Change(new DateOnly(2026, 12, 17)), Url)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/reviews", Form.Of(("changeId", changeId.ToString())), RemoveUrl)).Status);
        }

        Assert.Equal(1, await ChangesAsync(desk.PartnershipId));
        Assert.Equal(1, await AuditsAsync(desk.PartnershipId));
    }
}
