using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>The setting-up page of a review (deadlines, tasks, parts) and marking a task done from it.</summary>
public sealed class IndexTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 23);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up";

    private static string DoneUrl(Guid reviewId, Guid taskId) => $"/reviews/{reviewId}/tasks/{taskId}/done";

    [Fact]
    public async Task Page_ShowsEachDeadlineWithHowItWasWorkedOut()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Setting up the review", page.Heading);
        var notify = page.DeadlineRow("Notify the national panel");
        Assert.Contains("4 January 2027", notify, StringComparison.Ordinal);
        Assert.Contains("How this date was worked out", notify, StringComparison.Ordinal);
        Assert.Contains("5 working days after the partnership became aware (23 December 2026), not counting weekends or England and Wales bank holidays. " +
            "Source: Children Act 2004, section 16C; Working Together to Safeguard Children 2023. Confidence: verified, checked against the law or the statutory guidance.",
            notify, StringComparison.Ordinal);
        var rapid = page.DeadlineRow("Complete the rapid review");
        Assert.Contains("18 January 2027", rapid, StringComparison.Ordinal);
        Assert.Contains("15 working days after the partnership became aware (23 December 2026)", rapid, StringComparison.Ordinal);
        Assert.Contains("Confidence: medium", rapid, StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll("table tbody tr").Length);
    }

    [Fact]
    public async Task Page_WithoutAReferral_SaysNoDeadlineCanBeWorkedOut()
    {
        var reviewId = await world.ReviewAsync(Desk, aware: null);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.GetAsync(Url(reviewId));

        Assert.Contains("No deadline can be worked out yet.", page.Text(), StringComparison.Ordinal);
        Assert.Contains("There are no open tasks for this review.", page.Text(), StringComparison.Ordinal);
        Assert.Contains("No referral recorded", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ListsOpenTasksAndEveryPartOfSettingUp()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await Factory.TaskAsync(reviewId, TaskKind.ContactOtherArea, "Contact the safeguarding partnership for Northshire", new DateOnly(2027, 1, 5));
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.GetAsync(Url(reviewId));

        var task = Assert.Single(page.Document.QuerySelectorAll(".app-task-row"));
        Assert.Contains("Contact the safeguarding partnership for Northshire", task.TextContent, StringComparison.Ordinal);
        Assert.Contains("Due 5 January 2027", task.TextContent, StringComparison.Ordinal);
        Assert.NotNull(task.QuerySelector("form[action$='/done']"));
        var parts = page.Document.QuerySelectorAll(".govuk-task-list__link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(11, parts.Count);
        Assert.Contains($"/reviews/{reviewId}/setting-up/referral", parts);
        Assert.Contains($"/reviews/{reviewId}/setting-up/notification", parts);
        Assert.Contains($"/reviews/{reviewId}/setting-up/decision", parts);
        Assert.Contains("Received", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Not made yet", page.Text(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SettingUpViewed && e.ReviewId == reviewId && e.UserId == Desk.BusinessUnit.Id));
    }

    [Fact]
    public async Task Page_LeadReviewerSeesTasksWithoutTheButtonAndOthersAreRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await Factory.TaskAsync(reviewId, TaskKind.Other, "Book a room for the scoping meeting", null);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var contact = await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact);

        var asLead = await (await Factory.SignInAsync(lead)).GetAsync(Url(reviewId));
        var asContact = await (await Factory.SignInAsync(contact)).GetAsync(Url(reviewId));
        var asPartner = await (await Factory.SignInAsync(Desk.Partner)).GetAsync(Url(reviewId));
        var asOther = await (await Factory.SignInAsync(world.OtherBusinessUnit)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.OK, asLead.Status);
        Assert.Contains("Book a room for the scoping meeting", asLead.Text(), StringComparison.Ordinal);
        Assert.Contains("No due date", asLead.Text(), StringComparison.Ordinal);
        Assert.Null(asLead.Document.QuerySelector("form[action$='/done']"));
        Assert.Equal(HttpStatusCode.Forbidden, asContact.Status);
        Assert.Equal(HttpStatusCode.Forbidden, asPartner.Status);
        Assert.Equal(HttpStatusCode.NotFound, asOther.Status);
    }

    [Fact]
    public async Task CompleteTask_MarksItDoneAuditsAndTakesItOffTheList()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.ContactOtherArea, "Contact the safeguarding partnership for Northshire", new DateOnly(2027, 1, 5));
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var page = await browser.GetAsync(Url(reviewId));
        var version = page.Document.QuerySelector("form[action$='/done'] input[name='Version']")!.GetAttribute("value")!;

        var done = await browser.PostWithTokenAsync(DoneUrl(reviewId, taskId), page.Token, Form.Of(("Version", version)));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(Url(reviewId), done.Location);
        var after = await browser.GetAsync(done.Location!);
        Assert.Equal("Task marked as done", after.Notice());
        Assert.DoesNotContain("Contact the safeguarding partnership for Northshire", after.Text(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var task = await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId);
        Assert.NotNull(task.CompletedAt);
        Assert.Equal(Desk.BusinessUnit.Id, task.CompletedByUserId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.TaskCompleted && e.ReviewId == reviewId && e.EntityId == taskId));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.TaskCompleted, history.Kind);
        Assert.Equal("Done: Contact the safeguarding partnership for Northshire", history.Summary);
    }

    [Fact]
    public async Task CompleteTask_StaleVersion_SaysSoAndLeavesItOpen()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.Other, "Book a room for the scoping meeting", null);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var done = await browser.PostAsync(Url(reviewId), Form.Of(("Version", Guid.NewGuid().ToString())), DoneUrl(reviewId, taskId));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("Someone else changed that task at the same time. Check it and try again.", (await browser.GetAsync(done.Location!)).Notice());
        await AssertStillOpenAsync(reviewId, taskId);
    }

    [Fact]
    public async Task CompleteTask_UnknownOrAnotherReviewsTask_IsNotFound()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var otherReviewId = await world.ReviewAsync(Desk, Aware, "Child S");
        var otherTask = await Factory.TaskAsync(otherReviewId, TaskKind.Other, "Book a room for the scoping meeting", null);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await using var db = Factory.CreateDbContext();
        var version = (await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == otherTask)).Version.ToString();

        var unknown = await browser.PostAsync(Url(reviewId), Form.Of(("Version", version)), DoneUrl(reviewId, Guid.NewGuid()));
        var elsewhere = await browser.PostAsync(Url(reviewId), Form.Of(("Version", version)), DoneUrl(reviewId, otherTask));
        var viaGet = await browser.GetAsync(DoneUrl(otherReviewId, otherTask));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.Status);
        Assert.Equal(Url(otherReviewId), viaGet.Location);
        await AssertStillOpenAsync(otherReviewId, otherTask);
    }

    [Fact]
    public async Task CompleteTask_LeadReviewer_IsRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.Other, "Book a room for the scoping meeting", null);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);
        await using var db = Factory.CreateDbContext();
        var version = (await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).Version.ToString();

        var done = await browser.PostAsync(Url(reviewId), Form.Of(("Version", version)), DoneUrl(reviewId, taskId));

        Assert.Equal(HttpStatusCode.Forbidden, done.Status);
        await AssertStillOpenAsync(reviewId, taskId);
    }

    private async Task AssertStillOpenAsync(Guid reviewId, Guid taskId)
    {
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.TaskCompleted && e.EntityId == taskId));
        Assert.False(await db.ReviewHistory.AnyAsync(h => h.ReviewId == reviewId));
    }
}
