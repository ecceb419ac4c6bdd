using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class NotificationTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 23);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/notification";

    private static Fields Notification(DateOnly sentOn, string reference = "CSPRP-2026-0412", string? version = null)
    {
        var fields = new Fields { { "Input.SentOn", sentOn }, { "Input.Reference", reference }, { "Input.Notes", "Sent by the local authority's designated officer." } };
        if (version is not null)
        {
            fields.Add("Input.Version", version);
        }

        return fields;
    }

    private async Task<(Guid ReviewId, Guid TaskId)> ReviewWithTaskAsync()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.NotifyPanel, "Notify the national panel of the serious incident", new DateOnly(2027, 1, 4));
        return (reviewId, taskId);
    }

    [Fact]
    public async Task Record_OnTime_SavesCompletesTheTaskAuditsAndMeetsTheDeadline()
    {
        var (reviewId, taskId) = await ReviewWithTaskAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync(Url(reviewId));
        Assert.Contains("Due 4 January 2027", form.Text(), StringComparison.Ordinal);

        var saved = await browser.PostAsync(Url(reviewId), Notification(SettingUpWorld.Today, "  CSPRP-2026-0412 "));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/reviews/{reviewId}/setting-up", saved.Location);
        var hub = await browser.GetAsync(saved.Location!);
        Assert.Equal("Notification to the national panel recorded", hub.Notice());
        Assert.Contains("Met 24 Dec", hub.DeadlineRow("Notify the national panel"), StringComparison.Ordinal);
        Assert.DoesNotContain("Notify the national panel of the serious incident", hub.Text(), StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var notification = await db.PanelNotifications.AsNoTracking().SingleAsync(n => n.ReviewId == reviewId);
        Assert.Equal(SettingUpWorld.Today, notification.SentOn);
        Assert.Equal("CSPRP-2026-0412", notification.Reference);
        Assert.Equal(Desk.BusinessUnit.Id, notification.RecordedByUserId);
        var task = await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId);
        Assert.NotNull(task.CompletedAt);
        Assert.Equal(Desk.BusinessUnit.Id, task.CompletedByUserId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PanelNotified && e.ReviewId == reviewId && e.EntityId == notification.Id && e.UserId == Desk.BusinessUnit.Id));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.PanelNotified, history.Kind);
        Assert.Equal("National panel notified (reference CSPRP-2026-0412)", history.Summary);
    }

    [Fact]
    public async Task Record_SentBeforeThePartnershipWasAware_IsRefusedAndNothingIsSaved()
    {
        var (reviewId, taskId) = await ReviewWithTaskAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Notification(Aware.AddDays(-1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date the notification was sent must be on or after the date the partnership became aware"], page.Errors);
        await AssertNothingSavedAsync(reviewId, taskId);
    }

    [Fact]
    public async Task Record_SentInTheFuture_IsRefusedAndNothingIsSaved()
    {
        var (reviewId, taskId) = await ReviewWithTaskAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Notification(SettingUpWorld.Today.AddDays(1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date the notification was sent must be today or in the past"], page.Errors);
        await AssertNothingSavedAsync(reviewId, taskId);
    }

    [Fact]
    public async Task Record_MissingDateAndReference_ShowsBothAndSavesNothing()
    {
        var (reviewId, taskId) = await ReviewWithTaskAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Notification(SettingUpWorld.Today).Without("Input.SentOn").Without("Input.Reference"));
        var notADate = await browser.PostAsync(Url(reviewId), Notification(SettingUpWorld.Today).With("Input.SentOn.Day", "31").With("Input.SentOn.Month", "2"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(2, page.Errors.Count);
        Assert.Contains("Enter date the notification was sent", page.Errors);
        Assert.Contains("Enter the reference the national panel gave", page.Errors);
        Assert.Equal(["Date the notification was sent must be a real date"], notADate.Errors);
        await AssertNothingSavedAsync(reviewId, taskId);
    }

    [Fact]
    public async Task Record_StaleVersion_IsAConflictAndKeepsTheOtherChange()
    {
        var (reviewId, _) = await ReviewWithTaskAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await browser.PostAsync(Url(reviewId), Notification(Aware, "FIRST-1"));
        var stale = await browser.GetAsync(Url(reviewId));
        var fresh = await browser.GetAsync(Url(reviewId));
        Assert.NotEmpty(stale.Value("Input.Version") ?? string.Empty);

        var saved = await browser.PostWithTokenAsync(Url(reviewId), fresh.Token, Notification(SettingUpWorld.Today, "SECOND-2", fresh.Value("Input.Version")));
        var conflict = await browser.PostWithTokenAsync(Url(reviewId), stale.Token, Notification(SettingUpWorld.Today, "THIRD-3", stale.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(["Someone else changed this notification while you were editing it. Check it below and save again"], conflict.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("SECOND-2", (await db.PanelNotifications.AsNoTracking().SingleAsync(n => n.ReviewId == reviewId)).Reference);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PanelNotified && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task Record_TwoPeopleRecordingTheFirstNotificationAtOnce_TheSecondIsAConflict()
    {
        var (reviewId, _) = await ReviewWithTaskAsync();
        var first = await Factory.SignInAsync(Desk.BusinessUnit);
        var second = await Factory.SignInAsync(Desk.Chair);
        var firstForm = await first.GetAsync(Url(reviewId));
        var secondForm = await second.GetAsync(Url(reviewId));

        await first.PostWithTokenAsync(Url(reviewId), firstForm.Token, Notification(Aware, "FIRST-1", firstForm.Value("Input.Version")));
        var conflict = await second.PostWithTokenAsync(Url(reviewId), secondForm.Token, Notification(SettingUpWorld.Today, "SECOND-2", secondForm.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal("FIRST-1", (await db.PanelNotifications.AsNoTracking().SingleAsync(n => n.ReviewId == reviewId)).Reference);
    }

    [Fact]
    public async Task LeadReviewer_CanReadTheNotificationButNotRecordIt()
    {
        var (reviewId, taskId) = await ReviewWithTaskAsync();
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);

        var page = await browser.GetAsync(Url(reviewId));
        var post = await browser.PostAsync(Url(reviewId), Notification(SettingUpWorld.Today));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The notification has not been recorded yet.", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name='Input.Reference']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await AssertNothingSavedAsync(reviewId, taskId);
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AccessRefused && e.UserId == lead.Id && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task AgencyContactAndAnotherPartnership_CannotOpenTheNotification()
    {
        var (reviewId, _) = await ReviewWithTaskAsync();
        var contact = await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact);

        var asContact = await (await Factory.SignInAsync(contact)).GetAsync(Url(reviewId));
        var asOther = await (await Factory.SignInAsync(world.OtherBusinessUnit)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.Forbidden, asContact.Status);
        Assert.Equal(HttpStatusCode.NotFound, asOther.Status);
    }

    private async Task AssertNothingSavedAsync(Guid reviewId, Guid taskId)
    {
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.PanelNotifications.AnyAsync(n => n.ReviewId == reviewId));
        Assert.Null((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PanelNotified && e.ReviewId == reviewId));
        Assert.False(await db.ReviewHistory.AnyAsync(h => h.ReviewId == reviewId));
    }
}
