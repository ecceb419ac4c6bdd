using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Pages.SettingUp;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin.Settings;

/// <summary>The deadline rules list and the page that adds or changes a rule.</summary>
public sealed class DeadlineRuleTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private const string ListUrl = "/admin/deadlines";

    private static readonly string NotificationUrl = $"/admin/deadlines/{DeadlineRules.Notification}";

    private LanternFactory Factory => world.Factory;

    private static Fields Rule(string name, int offset, DeadlineTrigger trigger = DeadlineTrigger.PartnershipAware, string? version = null) => new()
    {
        { "Input.Name", name },
        { "Input.Jurisdiction", nameof(Jurisdiction.England) },
        { "Input.ReviewTypeName", "Rapid review" },
        { "Input.Trigger", trigger.ToString() },
        { "Input.Offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { "Input.Unit", nameof(DeadlineUnit.WorkingDays) },
        { "Input.Calendar", nameof(HolidayCalendar.EnglandAndWales) },
        { "Input.Source", "Children Act 2004, section 16C" },
        { "Input.Confidence", nameof(Confidence.Verified) },
        { "Input.IsActive", "true" },
        { "Input.Version", version ?? string.Empty },
    };

    private Task<int> SettingsAsync(Guid partnershipId) => world.CountAsync(db => db.DeadlineRuleSettings.Where(r => r.PartnershipId == partnershipId));

    [Fact]
    public async Task List_ShowsLanternsDefaultRulesWithTheirSourceAndConfidence()
    {
        var desk = await world.NewDeskAsync("Listshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var page = await admin.GetAsync(ListUrl);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(DeadlineRules.Defaults.Count, page.Document.QuerySelectorAll("#review-rules tbody tr").Length);
        var row = page.DeadlineRow("Notify the national panel");
        Assert.Contains("England: Rapid review", row, StringComparison.Ordinal);
        Assert.Contains("5 working days after the partnership became aware", row, StringComparison.Ordinal);
        Assert.Contains("Verified", row, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"a[href='{NotificationUrl}']"));
    }

    [Fact]
    public async Task Change_TheNotificationRulesOffset_ChangesTheDeadlineOnAReviewsSettingUpPage()
    {
        var desk = await world.NewDeskAsync("Offsetshire Partnership");
        var reviewId = await world.ReviewAsync(desk, new DateOnly(2026, 12, 23));
        var businessUnit = await Factory.SignInAsync(desk.BusinessUnit);
        var before = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up");
        Assert.Contains("4 January 2027", before.DeadlineRow("Notify the national panel"), StringComparison.Ordinal);
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(NotificationUrl);
        Assert.Equal("5", form.Value("Input.Offset"));

        var saved = await admin.PostWithTokenAsync(NotificationUrl, form.Token, Rule("Notify the national panel", 10, version: form.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(ListUrl, saved.Location);
        Assert.Contains("10 working days after the partnership became aware", (await admin.GetAsync(ListUrl)).DeadlineRow("Notify the national panel"), StringComparison.Ordinal);
        var after = await businessUnit.GetAsync($"/reviews/{reviewId}/setting-up");
        var row = after.DeadlineRow("Notify the national panel");
        Assert.Contains("11 January 2027", row, StringComparison.Ordinal);
        Assert.Contains("10 working days after the partnership became aware (23 December 2026)", row, StringComparison.Ordinal);
        Assert.Contains("18 January 2027", after.DeadlineRow("Complete the rapid review"), StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        Assert.Equal(DeadlineRules.Defaults.Count, await db.DeadlineRuleSettings.CountAsync(r => r.PartnershipId == desk.PartnershipId));
        var setting = await db.DeadlineRuleSettings.AsNoTracking().SingleAsync(r => r.PartnershipId == desk.PartnershipId && r.Key == DeadlineRules.Notification);
        Assert.Equal(10, setting.Offset);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DeadlineRuleChanged && e.PartnershipId == desk.PartnershipId && e.EntityId == setting.Id && e.UserId == desk.Administrator.Id));
    }

    [Fact]
    public async Task Change_OffsetZeroOrNoSourceOrNoName_IsRefusedAndNothingIsSaved()
    {
        var desk = await world.NewDeskAsync("Zeroshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var zero = await admin.PostAsync(NotificationUrl, Rule("Notify the national panel", 0));
        var noSource = await admin.PostAsync(NotificationUrl, Rule("Notify the national panel", 5).With("Input.Source", "  "));
        var noName = await admin.PostAsync("/admin/deadlines/new", Rule("", 5).Without("Input.Source"));
        var tooFar = await admin.PostAsync("/admin/deadlines/new", Rule("Hold the first meeting", 366));

        Assert.Equal(HttpStatusCode.OK, zero.Status);
        Assert.Equal(["Enter a number between -365 and 365, not 0. Use a negative number for a deadline before the event"], zero.Errors);
        Assert.Equal(["Enter the source of the rule, such as the guidance and its section"], noSource.Errors);
        Assert.Equal(2, noName.Errors.Count);
        Assert.Contains("Enter what the deadline is for", noName.Errors);
        Assert.Contains("Enter the source of the rule, such as the guidance and its section", noName.Errors);
        Assert.Equal(["Enter a number between -365 and 365, not 0. Use a negative number for a deadline before the event"], tooFar.Errors);
        Assert.Equal(0, await SettingsAsync(desk.PartnershipId));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.DeadlineRuleChanged && e.PartnershipId == desk.PartnershipId)));
    }

    [Fact]
    public async Task Add_ANewRule_IsListedAndWaitsOnReviewsForItsTrigger()
    {
        var desk = await world.NewDeskAsync("Addshire Partnership");
        var reviewId = await world.ReviewAsync(desk, new DateOnly(2026, 12, 23));
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync("/admin/deadlines/new");
        Assert.Equal("Add a deadline rule", form.Heading);

        var saved = await admin.PostWithTokenAsync("/admin/deadlines/new", form.Token,
            Rule("Hold the first case group meeting", 20, DeadlineTrigger.DecisionToReview).Without("Input.ReviewTypeName").With("Input.Confidence", nameof(Confidence.Unverified)));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(DeadlineRules.Defaults.Count + 1, await SettingsAsync(desk.PartnershipId));
        await using var db = Factory.CreateDbContext();
        var added = await db.DeadlineRuleSettings.AsNoTracking().SingleAsync(r => r.PartnershipId == desk.PartnershipId && r.Name == "Hold the first case group meeting");
        Assert.StartsWith("local.", added.Key, StringComparison.Ordinal);
        Assert.Null(added.ReviewTypeName);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DeadlineRuleChanged && e.EntityId == added.Id));
        Assert.Contains("England: every type of review", (await admin.GetAsync(ListUrl)).DeadlineRow("Hold the first case group meeting"), StringComparison.Ordinal);
        var hub = await (await Factory.SignInAsync(desk.BusinessUnit)).GetAsync($"/reviews/{reviewId}/setting-up");
        Assert.Contains("Hold the first case group meeting (20 working days after the decision to review): not worked out yet, as no decision to hold a review is recorded", hub.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_RuleTakenOutOfUse_NoLongerGivesADeadline()
    {
        var desk = await world.NewDeskAsync("Retireshire Partnership");
        var reviewId = await world.ReviewAsync(desk, new DateOnly(2026, 12, 23));
        var admin = await Factory.SignInAsync(desk.Administrator);

        var saved = await admin.PostAsync(NotificationUrl, Rule("Notify the national panel", 5).Without("Input.IsActive"));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("Not in use", (await admin.GetAsync(ListUrl)).DeadlineRow("Notify the national panel"), StringComparison.Ordinal);
        var hub = await (await Factory.SignInAsync(desk.BusinessUnit)).GetAsync($"/reviews/{reviewId}/setting-up");
        Assert.DoesNotContain("Notify the national panel", hub.Text(), StringComparison.Ordinal);
        Assert.Contains("Complete the rapid review", hub.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_StaleVersion_IsAConflictAndKeepsTheOtherChange()
    {
        var desk = await world.NewDeskAsync("Versionshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        await admin.PostAsync(NotificationUrl, Rule("Notify the national panel", 6));
        var stale = await admin.GetAsync(NotificationUrl);
        var fresh = await admin.GetAsync(NotificationUrl);

        var saved = await admin.PostWithTokenAsync(NotificationUrl, fresh.Token, Rule("Notify the national panel", 7, version: fresh.Value("Input.Version")));
        var conflict = await admin.PostWithTokenAsync(NotificationUrl, stale.Token, Rule("Notify the national panel", 8, version: stale.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(["Someone else changed this rule while you were editing it. Your changes were not saved: open the rule again to see theirs"], conflict.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(7, (await db.DeadlineRuleSettings.AsNoTracking().SingleAsync(r => r.PartnershipId == desk.PartnershipId && r.Key == DeadlineRules.Notification)).Offset);
    }

    [Fact]
    public async Task UnknownRule_IsNotFound()
    {
        var desk = await world.NewDeskAsync("Unknownshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var page = await admin.GetAsync("/admin/deadlines/england.nothing-like-this");
        var post = await admin.PostAsync(ListUrl, Rule("Nothing", 5), "/admin/deadlines/england.nothing-like-this");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(0, await world.CountAsync(db => db.DeadlineRuleSettings.Where(r => r.PartnershipId == desk.PartnershipId && r.Key == "england.nothing-like-this")));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.DeadlineRuleChanged && e.PartnershipId == desk.PartnershipId)));
    }

    [Fact]
    public async Task UnknownRule_PostSavesNothing()
    {
        var desk = await world.NewDeskAsync("Untouchedshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var post = await admin.PostAsync(ListUrl, Rule("Nothing", 5), "/admin/deadlines/england.nothing-like-this");

        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(0, await SettingsAsync(desk.PartnershipId));
    }

    [Fact]
    public async Task NonAdministrators_AreRefused()
    {
        var desk = await world.NewDeskAsync("Lockedshire Partnership");

        foreach (var person in new[] { desk.BusinessUnit, desk.Chair })
        {
            var browser = await Factory.SignInAsync(person);

            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(ListUrl)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(NotificationUrl)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/reviews", Rule("Notify the national panel", 9), NotificationUrl)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/reviews", Rule("Sneaky rule", 9), "/admin/deadlines/new")).Status);
        }

        Assert.Equal(0, await SettingsAsync(desk.PartnershipId));
    }
}
