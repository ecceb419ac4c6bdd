using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Pages.SettingUp;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Admin.Settings;

/// <summary>Lantern's task rules (contact another area, tell the Board, tell the family) on the deadline rules page:
/// listed apart from the statutory deadlines, changed like them, and used for the tasks' due dates.</summary>
public sealed class TaskDeadlineRulesTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private const string ListUrl = "/admin/deadlines";

    private const string TaskError = "Enter a number between 1 and 365. A task is due after the event that starts it";

    private static readonly string InformFamilyUrl = $"/admin/deadlines/{TaskDeadlines.InformFamily}";

    private LanternFactory Factory => world.Factory;

    private static Fields TaskRule(string offset, string? version = null) => new()
    {
        { "Input.Name", "Tell the family about the review" },
        { "Input.Offset", offset },
        { "Input.Unit", nameof(DeadlineUnit.WorkingDays) },
        { "Input.Calendar", nameof(HolidayCalendar.EnglandAndWales) },
        { "Input.Source", "Our family engagement protocol" },
        { "Input.Confidence", nameof(Confidence.Verified) },
        { "Input.Version", version ?? string.Empty },
    };

    /// <summary>The chair decides, on Thursday 24 December 2026, to hold a local child safeguarding practice review.</summary>
    private static Fields Decision(Desk desk) => new()
    {
        { "Input.LatestVersion", "0" },
        { "Input.CriteriaAssessment", "Serious harm, with neglect suspected, in the partnership's area." },
        { "Input.Rationale", "Agencies each held part of the picture and did not share it." },
        { "Input.DecidedOn", SettingUpWorld.Today },
        { "Input.Outcome", "yes" },
        { "Input.ReviewTypeId", desk.PracticeReviewTypeId },
        { "Input.Scale", nameof(ReviewScale.Full) },
        { "Input.Method", nameof(ReviewMethod.LearningTogether) },
        { "Input.MethodJustification", "Practitioners learn most by talking the case through together." },
    };

    private Task<int> ChangesAsync(Guid partnershipId) =>
        world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.DeadlineRuleChanged && e.PartnershipId == partnershipId));

    private async Task<Dictionary<TaskKind, DateOnly?>> DecideAsync(Desk desk)
    {
        var reviewId = await world.ReviewAsync(desk, new DateOnly(2026, 12, 21));
        var decided = await (await Factory.SignInAsync(desk.Chair)).PostAsync($"/reviews/{reviewId}/setting-up/decision", Decision(desk));
        Assert.Equal(HttpStatusCode.Redirect, decided.Status);
        await using var db = Factory.CreateDbContext();
        return await db.ReviewTasks.AsNoTracking().Where(t => t.ReviewId == reviewId).ToDictionaryAsync(t => t.Kind, t => t.DueOn);
    }

    [Fact]
    public async Task List_ShowsTheTaskRulesApartFromTheStatutoryDeadlines()
    {
        var desk = await world.NewDeskAsync("Taskshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var page = await admin.GetAsync(ListUrl);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(DeadlineRules.Defaults.Count, page.Document.QuerySelectorAll("#review-rules tbody tr").Length);
        var tasks = page.Document.QuerySelectorAll("#task-rules tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(TaskDeadlines.Defaults.Count, tasks.Count);
        Assert.Contains("Deadlines for tasks", page.Text(), StringComparison.Ordinal);
        Assert.Contains("These are not statutory. They are Lantern's own expectations", page.Text(), StringComparison.Ordinal);
        var family = page.DeadlineRow("Tell the family about the review");
        Assert.Contains("England: every type of review", family, StringComparison.Ordinal);
        Assert.Contains("5 working days after the decision to review", family, StringComparison.Ordinal);
        Assert.Contains("No statutory timescale. Lantern's expectation", family, StringComparison.Ordinal);
        Assert.Contains("5 working days after the referral", page.DeadlineRow("Contact the partnership of another area"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"#task-rules a[href='{InformFamilyUrl}']"));
        Assert.Null(page.Document.QuerySelector($"#review-rules a[href='{InformFamilyUrl}']"));

        var form = await admin.GetAsync(InformFamilyUrl);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Equal("5", form.Value("Input.Offset"));
        Assert.Contains("This is not a statutory deadline", form.Text(), StringComparison.Ordinal);
        Assert.Contains("counted from the decision to review", form.Text(), StringComparison.Ordinal);
        Assert.Null(form.Document.QuerySelector("input[name='Input.Trigger']"));
        Assert.Null(form.Document.QuerySelector("input[name='Input.IsActive']"));
    }

    [Fact]
    public async Task Change_InformFamilyTo3WorkingDays_AReviewDecidedAfterHasItsTaskDue3WorkingDaysAfterTheDecision()
    {
        var desk = await world.NewDeskAsync("Familyshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var form = await admin.GetAsync(InformFamilyUrl);

        // A trigger or "not in use" sent anyway is ignored: the task rule keeps its own.
        var saved = await admin.PostWithTokenAsync(InformFamilyUrl, form.Token, TaskRule("3", form.Value("Input.Version"))
            .With("Input.Trigger", nameof(DeadlineTrigger.PartnershipAware)).With("Input.ReviewTypeName", "Rapid review"));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(ListUrl, saved.Location);
        var row = (await admin.GetAsync(ListUrl)).DeadlineRow("Tell the family about the review");
        Assert.Contains("3 working days after the decision to review", row, StringComparison.Ordinal);
        Assert.Contains("Our family engagement protocol", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Not in use", row, StringComparison.Ordinal);

        await using (var db = Factory.CreateDbContext())
        {
            var setting = await db.DeadlineRuleSettings.AsNoTracking().SingleAsync(r => r.PartnershipId == desk.PartnershipId && r.Key == TaskDeadlines.InformFamily);
            Assert.Equal((3, DeadlineTrigger.DecisionToReview, null, true), (setting.Offset, setting.Trigger, setting.ReviewTypeName, setting.IsActive));
            Assert.Equal(DeadlineRules.Defaults.Count + 1, await db.DeadlineRuleSettings.CountAsync(r => r.PartnershipId == desk.PartnershipId));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DeadlineRuleChanged && e.PartnershipId == desk.PartnershipId
                && e.EntityType == "DeadlineRuleSetting" && e.EntityId == setting.Id && e.UserId == desk.Administrator.Id));
        }

        var due = await DecideAsync(desk);

        // Thu 24 Dec 2026: Christmas Day and the Boxing Day substitute skipped, Tue 29 (1), Wed 30 (2), Thu 31 Dec (3).
        Assert.Equal(new DateOnly(2026, 12, 31), due[TaskKind.InformFamily]);
        Assert.Equal(new DateOnly(2027, 1, 5), due[TaskKind.InformBoard]);
    }

    [Fact]
    public async Task Change_APartnershipWithRulesOfItsOwnButNoTaskRules_StartsFromLanternsDefault()
    {
        var desk = await world.NewDeskAsync("Oldshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        var notification = await admin.PostAsync($"/admin/deadlines/{DeadlineRules.Notification}", new Fields
        {
            { "Input.Name", "Notify the national panel" }, { "Input.Jurisdiction", nameof(Jurisdiction.England) },
            { "Input.ReviewTypeName", "Rapid review" }, { "Input.Trigger", nameof(DeadlineTrigger.PartnershipAware) },
            { "Input.Offset", "4" }, { "Input.Unit", nameof(DeadlineUnit.WorkingDays) }, { "Input.Calendar", nameof(HolidayCalendar.EnglandAndWales) },
            { "Input.Source", "Children Act 2004, section 16C" }, { "Input.Confidence", nameof(Confidence.Verified) }, { "Input.IsActive", "true" },
        });
        Assert.Equal(HttpStatusCode.Redirect, notification.Status);
        Assert.Equal(0, await world.CountAsync(db => db.DeadlineRuleSettings.Where(r => r.PartnershipId == desk.PartnershipId && r.Key.StartsWith("task."))));

        Assert.Equal(new DateOnly(2027, 1, 5), (await DecideAsync(desk))[TaskKind.InformFamily]);
        Assert.Contains("5 working days after the decision to review", (await admin.GetAsync(ListUrl)).DeadlineRow("Tell the family about the review"), StringComparison.Ordinal);

        var saved = await admin.PostAsync(InformFamilyUrl, TaskRule("3"));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(DeadlineRules.Defaults.Count + 1, await world.CountAsync(db => db.DeadlineRuleSettings.Where(r => r.PartnershipId == desk.PartnershipId)));
        Assert.Equal(new DateOnly(2026, 12, 31), (await DecideAsync(desk))[TaskKind.InformFamily]);
    }

    [Fact]
    public async Task List_APartnershipInScotland_HasTheTaskRulesOnTheScottishCalendar()
    {
        var desk = await world.NewDeskAsync("Lochshire Partnership");
        await using (var db = Factory.CreateDbContext())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == desk.PartnershipId);
            partnership.ChangeSettings(partnership.Name, Jurisdiction.Scotland, partnership.ReferralExpectedWithinWorkingDays);
            await db.SaveChangesAsync();
        }

        var admin = await Factory.SignInAsync(desk.Administrator);

        Assert.Contains("Scotland: every type of review", (await admin.GetAsync(ListUrl)).DeadlineRow("Tell the Board about the decision"), StringComparison.Ordinal);
        var form = await admin.GetAsync($"/admin/deadlines/{TaskDeadlines.InformBoard}");
        Assert.NotNull(form.Document.QuerySelector($"input[name='Input.Calendar'][value='{nameof(HolidayCalendar.Scotland)}'][checked]"));
    }

    [Theory]
    [InlineData("0", TaskError)]
    [InlineData("400", TaskError)]
    [InlineData("-2", TaskError)]
    [InlineData("three", "The number of days or months must be a whole number, such as 5")]
    [InlineData("2.5", "The number of days or months must be a whole number, such as 5")]
    [InlineData("", "Enter how many days or months")]
    public async Task Change_BadNumber_IsRefusedWithAMessageAndChangesNothing(string offset, string error)
    {
        var desk = await world.NewDeskAsync($"Badshire {offset} Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);

        var refused = await admin.PostAsync(InformFamilyUrl, TaskRule(offset));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal([error], refused.Errors);
        Assert.Equal(offset, refused.Value("Input.Offset") ?? string.Empty);
        Assert.Equal(0, await world.CountAsync(db => db.DeadlineRuleSettings.Where(r => r.PartnershipId == desk.PartnershipId)));
        Assert.Equal(0, await ChangesAsync(desk.PartnershipId));
        Assert.Contains("5 working days after the decision to review", (await admin.GetAsync(ListUrl)).DeadlineRow("Tell the family about the review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_StaleVersion_IsAConflictAndKeepsTheOtherChange()
    {
        var desk = await world.NewDeskAsync("Staleshire Partnership");
        var admin = await Factory.SignInAsync(desk.Administrator);
        await admin.PostAsync(InformFamilyUrl, TaskRule("4"));
        var stale = await admin.GetAsync(InformFamilyUrl);
        var fresh = await admin.GetAsync(InformFamilyUrl);

        var saved = await admin.PostWithTokenAsync(InformFamilyUrl, fresh.Token, TaskRule("3", fresh.Value("Input.Version")));
        var conflict = await admin.PostWithTokenAsync(InformFamilyUrl, stale.Token, TaskRule("7", stale.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(3, (await db.DeadlineRuleSettings.AsNoTracking().SingleAsync(r => r.PartnershipId == desk.PartnershipId && r.Key == TaskDeadlines.InformFamily)).Offset);
    }

    [Fact]
    public async Task NonAdministrators_CannotSeeOrChangeATaskRule()
    {
        var desk = await world.NewDeskAsync("Guardedshire Partnership");

        foreach (var person in new[] { desk.BusinessUnit, desk.Chair, desk.Partner })
        {
            var browser = await Factory.SignInAsync(person);

            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(InformFamilyUrl)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.PostAsync("/reviews", TaskRule("1"), InformFamilyUrl)).Status);
        }

        Assert.Equal(0, await world.CountAsync(db => db.DeadlineRuleSettings.Where(r => r.PartnershipId == desk.PartnershipId)));
        Assert.Equal(0, await ChangesAsync(desk.PartnershipId));
        Assert.Equal(new DateOnly(2027, 1, 5), (await DecideAsync(desk))[TaskKind.InformFamily]);
    }
}
