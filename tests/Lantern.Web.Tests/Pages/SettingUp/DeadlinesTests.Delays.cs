using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.SettingUp.SettingUpForms;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>Delays recorded against a deadline, shown beside the deadline they move.</summary>
public sealed partial class DeadlinesTests
{
    [Fact]
    public async Task RecordDelay_AgainstThePublicationDeadline_IsShownBesideItWithTheBoardsNotification()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync($"{PlanUrl(reviewId)}/delays/add");
        Assert.Contains("Complete and publish the review (due 20 May 2027)", form.Text(), StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector($"input[name='Input.DeadlineKey'][value='{DeadlineRules.LcsprReportToPanel}']"));

        var told = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", new DateOnly(2026, 12, 22)), ("Input.Reason", "Waiting for the criminal trial, listed for June; the police asked us not to speak to the officers yet"),
            .. Date("Input.NewExpectedDate", new DateOnly(2027, 9, 30)), ("Input.DeadlineKey", DeadlineRules.LcsprPublication),
            ("Input.BoardTold", "true"), .. Date("Input.BoardToldOn", new DateOnly(2026, 12, 23)),
        ]));
        var notTold = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", new DateOnly(2026, 12, 24)), ("Input.Reason", "Lead reviewer off sick"),
            ("Input.DeadlineKey", DeadlineRules.LcsprPublication), ("Input.BoardTold", "false"),
        ]));
        var none = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", new DateOnly(2026, 12, 24)), ("Input.Reason", "Room booking fell through"),
            ("Input.DeadlineKey", "none"), ("Input.BoardTold", "false"),
        ]));

        Assert.Equal(PlanUrl(reviewId), told.Location);
        Assert.Equal(PlanUrl(reviewId), notTold.Location);
        Assert.Equal(PlanUrl(reviewId), none.Location);
        foreach (var url in new[] { Overview(reviewId), PlanUrl(reviewId) })
        {
            var row = (await browser.GetAsync(url)).DeadlineRow("Complete and publish the review");
            Assert.Contains("Delay: now expected by 30 September 2027. Waiting for the criminal trial", row, StringComparison.Ordinal);
            Assert.Contains("Board told on 23 December 2026", row, StringComparison.Ordinal);
            Assert.Contains("Delay: new date not known. Lead reviewer off sick Board not told yet", row, StringComparison.Ordinal);
            Assert.DoesNotContain("Room booking", row, StringComparison.Ordinal);
        }

        await using var db = Factory.CreateDbContext();
        var keys = await db.Delays.Where(d => d.ReviewId == reviewId).OrderBy(d => d.Reason).Select(d => d.DeadlineKey).ToListAsync();
        Assert.Equal([DeadlineRules.LcsprPublication, null, DeadlineRules.LcsprPublication], keys);
    }

    [Theory]
    [InlineData("england.lcspr.publicaton")]
    [InlineData(DeadlineRules.DhrDecision)]
    public async Task RecordDelay_AgainstADeadlineTheReviewDoesNotHave_IsRefused(string key)
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", SettingUpWorld.Today), ("Input.Reason", "Waiting for the inquest"), ("Input.DeadlineKey", key), ("Input.BoardTold", "false"),
        ]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Select a deadline of this review from the list"], page.Errors);
        Assert.Equal(0, await world.CountAsync(db => db.Delays.Where(d => d.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.ReviewId == reviewId && e.Action == AuditActions.DelayRecorded)));
    }
}
