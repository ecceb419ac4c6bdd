using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class BoardTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 18);

    private static readonly DateOnly DecidedOn = new(2026, 12, 22);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/board";

    private static string AcknowledgeUrl(Guid reviewId) => Url(reviewId) + "?handler=Acknowledge";

    private static Fields Told(DateOnly on) => new()
    {
        { "Input.InformedOn", on },
        { "Input.Method", nameof(CommunicationMethod.Email) },
        { "Input.Recipients", "Ana Board, Director of Children's Services\r\n\r\n  Ben Member  \r\n" },
        { "Input.Summary", "The chair decided to hold a local child safeguarding practice review, for the reasons attached." },
    };

    /// <summary>A review the chair decided to review on 22 December, with its task to tell the Board.</summary>
    private async Task<(Guid ReviewId, Guid TaskId)> DecidedReviewAsync()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await world.DecisionAsync(Desk, reviewId, DecidedOn);
        var taskId = await Factory.TaskAsync(reviewId, TaskKind.InformBoard, "Tell the Board about the decision and its reasons", new DateOnly(2026, 12, 30));
        return (reviewId, taskId);
    }

    private async Task AssertNothingSavedAsync(Guid reviewId, Guid taskId)
    {
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.BoardNotifications.AnyAsync(b => b.ReviewId == reviewId));
        Assert.Null((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.BoardInformed && e.ReviewId == reviewId));
        Assert.False(await db.ReviewHistory.AnyAsync(h => h.ReviewId == reviewId));
    }

    private async Task<(Guid ReviewId, List<BoardRecipient> Recipients)> ToldReviewAsync(Browserless browser)
    {
        var (reviewId, _) = await DecidedReviewAsync();
        var told = await browser.PostAsync(Url(reviewId), Told(new DateOnly(2026, 12, 23)));
        Assert.Equal(HttpStatusCode.Redirect, told.Status);
        await using var db = Factory.CreateDbContext();
        var recipients = await (from r in db.BoardRecipients.AsNoTracking()
                                join n in db.BoardNotifications on r.BoardNotificationId equals n.Id
                                where n.ReviewId == reviewId
                                orderby r.Name
                                select r).ToListAsync();
        return (reviewId, recipients);
    }

    [Fact]
    public async Task Inform_TheBoard_SavesEachPersonCompletesTheTaskAndAudits()
    {
        var (reviewId, taskId) = await DecidedReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var saved = await browser.PostAsync(Url(reviewId), Told(DecidedOn));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(Url(reviewId), saved.Location);
        var page = await browser.GetAsync(saved.Location!);
        Assert.Equal("Recorded that the Board was told", page.Notice());
        Assert.Contains("Told on 22 December 2026 (email)", page.Text(), StringComparison.Ordinal);
        Assert.Contains("0 of 2 acknowledged", page.Text(), StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var notification = await db.BoardNotifications.AsNoTracking().SingleAsync(b => b.ReviewId == reviewId);
        Assert.Equal(DecidedOn, notification.InformedOn);
        Assert.Equal(CommunicationMethod.Email, notification.Method);
        var recipients = await db.BoardRecipients.AsNoTracking().Where(r => r.BoardNotificationId == notification.Id).OrderBy(r => r.Name).ToListAsync();
        Assert.Equal(["Ana Board", "Ben Member"], recipients.Select(r => r.Name));
        Assert.Equal(new string?[] { "Director of Children's Services", null }, recipients.Select(r => r.Role));
        Assert.NotNull((await db.ReviewTasks.AsNoTracking().SingleAsync(t => t.Id == taskId)).CompletedAt);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.BoardInformed && e.ReviewId == reviewId && e.EntityId == notification.Id));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.BoardInformed, history.Kind);
        Assert.Equal("Board told (2 people, email)", history.Summary);
    }

    [Fact]
    public async Task Inform_BeforeTheDecision_IsRefusedAndNothingIsSaved()
    {
        var (reviewId, taskId) = await DecidedReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Told(DecidedOn.AddDays(-1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date the Board was told must be on or after the date of the decision"], page.Errors);
        await AssertNothingSavedAsync(reviewId, taskId);
    }

    [Fact]
    public async Task Inform_InTheFutureOrWithNobodyOrNoMethod_IsRefused()
    {
        var (reviewId, taskId) = await DecidedReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var future = await browser.PostAsync(Url(reviewId), Told(SettingUpWorld.Today.AddDays(1)));
        var nobody = await browser.PostAsync(Url(reviewId), Told(DecidedOn).With("Input.Recipients", " \r\n "));
        var tooLong = await browser.PostAsync(Url(reviewId), Told(DecidedOn).With("Input.Recipients", new string('A', 121) + ", Chair"));
        var noMethod = await browser.PostAsync(Url(reviewId), Told(DecidedOn).Without("Input.Method"));

        Assert.Equal(["The date the Board was told must be today or in the past"], future.Errors);
        Assert.Equal(["Enter who was told, one person on each line"], nobody.Errors);
        Assert.Equal(["Each name and role must be 120 characters or fewer"], tooLong.Errors);
        Assert.Equal(["Select how the Board was told"], noMethod.Errors);
        await AssertNothingSavedAsync(reviewId, taskId);
    }

    [Fact]
    public async Task Acknowledge_ARecipient_RecordsTodayAndAudits()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var (reviewId, recipients) = await ToldReviewAsync(browser);
        var ana = recipients[0];

        var done = await browser.PostAsync(Url(reviewId), Form.Of(("recipientId", ana.Id.ToString()), ("version", ana.Version.ToString())), AcknowledgeUrl(reviewId));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var page = await browser.GetAsync(done.Location!);
        Assert.Equal("Acknowledgement recorded", page.Notice());
        Assert.Contains("1 of 2 acknowledged", page.Text(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(SettingUpWorld.Today, (await db.BoardRecipients.AsNoTracking().SingleAsync(r => r.Id == ana.Id)).AcknowledgedOn);
        Assert.Null((await db.BoardRecipients.AsNoTracking().SingleAsync(r => r.Id == recipients[1].Id)).AcknowledgedOn);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.BoardAcknowledged && e.ReviewId == reviewId && e.EntityId == ana.Id));
    }

    [Fact]
    public async Task Acknowledge_StaleVersionOrUnknownRecipient_ChangesNothing()
    {
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var (reviewId, recipients) = await ToldReviewAsync(browser);
        var (otherReviewId, otherRecipients) = await ToldReviewAsync(browser);

        var stale = await browser.PostAsync(Url(reviewId), Form.Of(("recipientId", recipients[0].Id.ToString()), ("version", Guid.NewGuid().ToString())), AcknowledgeUrl(reviewId));
        var afterStale = await browser.GetAsync(stale.Location!);
        var unknown = await browser.PostAsync(Url(reviewId), Form.Of(("recipientId", Guid.NewGuid().ToString()), ("version", Guid.NewGuid().ToString())), AcknowledgeUrl(reviewId));
        var otherReviews = await browser.PostAsync(Url(reviewId), Form.Of(("recipientId", otherRecipients[0].Id.ToString()), ("version", otherRecipients[0].Version.ToString())), AcknowledgeUrl(reviewId));

        Assert.Equal(HttpStatusCode.Redirect, stale.Status);
        Assert.Equal("Someone else recorded that at the same time. Check the list below.", afterStale.Notice());
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, otherReviews.Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.BoardRecipients.AnyAsync(r => r.AcknowledgedOn != null && (r.Id == recipients[0].Id || r.Id == otherRecipients[0].Id)));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.BoardAcknowledged && (e.ReviewId == reviewId || e.ReviewId == otherReviewId)));
    }

    [Fact]
    public async Task LeadReviewer_ReadsWhoWasToldButCannotRecordOrAcknowledge()
    {
        var bu = await Factory.SignInAsync(Desk.BusinessUnit);
        var (reviewId, recipients) = await ToldReviewAsync(bu);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);

        var page = await browser.GetAsync(Url(reviewId));
        var inform = await browser.PostAsync(Url(reviewId), Told(SettingUpWorld.Today));
        var acknowledge = await browser.PostAsync(Url(reviewId), Form.Of(("recipientId", recipients[0].Id.ToString()), ("version", recipients[0].Version.ToString())), AcknowledgeUrl(reviewId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Ana Board", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Not yet", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Acknowledge']"));
        Assert.Equal(HttpStatusCode.Forbidden, inform.Status);
        Assert.Equal(HttpStatusCode.Forbidden, acknowledge.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.BoardNotifications.CountAsync(b => b.ReviewId == reviewId));
        Assert.Null((await db.BoardRecipients.AsNoTracking().SingleAsync(r => r.Id == recipients[0].Id)).AcknowledgedOn);
    }
}
