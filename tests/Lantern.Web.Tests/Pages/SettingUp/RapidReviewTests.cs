using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class RapidReviewTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 21);

    // Aware on Monday 2 November 2026: the rapid review was due 15 working days later, on Monday 23 November,
    // so by the world's today (24 December) it reads as overdue unless its report was sent.
    private static readonly DateOnly LongAgo = new(2026, 11, 2);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/rapid-review";

    private static string ReportSentUrl(Guid reviewId) => $"/reviews/{reviewId}/setting-up/rapid-review/report-sent";

    private static Fields RapidReview(DateOnly heldOn) => new()
    {
        { "Input.HeldOn", heldOn },
        { "Input.Attendees", "Bea Business, business unit\nDet Sgt Lee, Testshire Police\nSchool nurse (by phone)" },
        { "Input.Summary", "Three agencies knew of the family; none knew what the others knew." },
        { "Input.Recommendation", nameof(ScopingRecommendation.HoldReview) },
        { "Input.RecommendationReasons", "The statutory criteria are met and there is learning about sharing information." },
    };

    private async Task AssertNothingSavedAsync(Guid reviewId)
    {
        Assert.Equal(0, await world.CountAsync(db => db.ScopingMeetings.Where(m => m.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => (e.Action == AuditActions.ScopingMeetingRecorded || e.Action == AuditActions.RapidReviewReportSent) && e.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.ReviewHistory.Where(h => h.ReviewId == reviewId)));
    }

    [Fact]
    public async Task Record_RapidReview_IsSavedAuditedAndShown()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync(Url(reviewId));
        Assert.Equal("24", form.Value("Input.HeldOn.Day"));
        Assert.Equal("Rapid review", form.Heading);

        var saved = await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 12, 23)));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/reviews/{reviewId}/setting-up", saved.Location);
        var overview = await browser.GetAsync(saved.Location!);
        Assert.StartsWith("Rapid review recorded.", overview.Notice(), StringComparison.Ordinal);
        Assert.Contains("Rapid review Held, report not sent yet", overview.Text(), StringComparison.Ordinal);
        Assert.Equal(Url(reviewId), overview.Document.QuerySelector("a#part-rapid-review, a[aria-describedby='part-rapid-review-status']")?.GetAttribute("href"));
        await using var db = Factory.CreateDbContext();
        var meeting = await db.ScopingMeetings.AsNoTracking().SingleAsync(m => m.ReviewId == reviewId);
        Assert.Equal(new DateOnly(2026, 12, 23), meeting.HeldOn);
        Assert.Equal(ScopingRecommendation.HoldReview, meeting.Recommendation);
        Assert.Null(meeting.PanelReportSentOn);
        Assert.Empty(meeting.ParticipantAgencyIds);
        Assert.Equal(Desk.BusinessUnit.Id, meeting.RecordedByUserId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ScopingMeetingRecorded && e.ReviewId == reviewId && e.EntityId == meeting.Id));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RapidReviewReportSent && e.ReviewId == reviewId));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.ScopingMeetingHeld, history.Kind);
        Assert.Equal("Rapid review recommended: hold a review", history.Summary);

        var shown = await browser.GetAsync(Url(reviewId));
        Assert.Contains("Rapid review on 23 December 2026", shown.Text(), StringComparison.Ordinal);
        Assert.Contains("Hold a review", shown.Text(), StringComparison.Ordinal);
        Assert.Contains("Report sent to the national panel Not sent yet Record the report sent", shown.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_WithAgenciesAndTheReportSent_MeetsTheRapidReviewDeadline()
    {
        var reviewId = await world.ReviewAsync(Desk, LongAgo);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var fields = RapidReview(new DateOnly(2026, 11, 16));
        fields.Add("Input.ParticipantAgencyIds", Desk.PoliceId);
        fields.Add("Input.ParticipantAgencyIds", Desk.AgencyId);
        fields.Add("Input.PanelReportSentOn", new DateOnly(2026, 11, 20));

        var saved = await browser.PostAsync(Url(reviewId), fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var overview = await browser.GetAsync(saved.Location!);
        var row = overview.DeadlineRow("Complete the rapid review");
        Assert.Contains("Met 20 Nov", row, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", row, StringComparison.Ordinal);
        Assert.Contains("Rapid review Report sent 20 November 2026", overview.Text(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var meeting = await db.ScopingMeetings.AsNoTracking().SingleAsync(m => m.ReviewId == reviewId);
        Assert.Equal(new DateOnly(2026, 11, 20), meeting.PanelReportSentOn);
        Assert.Equal(new[] { Desk.AgencyId, Desk.PoliceId }.Order(), meeting.ParticipantAgencyIds.Order());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RapidReviewReportSent && e.ReviewId == reviewId && e.EntityId == meeting.Id));
        Assert.Contains("Testshire Police", (await browser.GetAsync(Url(reviewId))).Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordReportSent_Later_MeetsTheDeadlineOnTheDateSent()
    {
        var reviewId = await world.ReviewAsync(Desk, LongAgo);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 11, 16)));
        var before = (await browser.GetAsync($"/reviews/{reviewId}/setting-up")).DeadlineRow("Complete the rapid review");
        Guid meetingId;
        await using (var db = Factory.CreateDbContext())
        {
            meetingId = await db.ScopingMeetings.Where(m => m.ReviewId == reviewId).Select(m => m.Id).SingleAsync();
        }

        var form = await browser.GetAsync($"{ReportSentUrl(reviewId)}?meetingId={meetingId}");
        var sent = await browser.PostWithTokenAsync($"{ReportSentUrl(reviewId)}?meetingId={meetingId}", form.Token,
            [new("Input.MeetingId", meetingId.ToString()), new("Input.Version", form.Value("Input.Version")!), .. SettingUpForms.Date("Input.SentOn", new DateOnly(2026, 11, 25)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);

        Assert.Contains("working days overdue", before, StringComparison.Ordinal);
        Assert.Equal("Record the rapid review report sent", form.Heading);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(Url(reviewId), sent.Location);
        var after = (await browser.GetAsync($"/reviews/{reviewId}/setting-up")).DeadlineRow("Complete the rapid review");
        Assert.Contains("Met 25 Nov", after, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", after, StringComparison.Ordinal);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 11, 25), (await check.ScopingMeetings.AsNoTracking().SingleAsync(m => m.Id == meetingId)).PanelReportSentOn);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Action == AuditActions.RapidReviewReportSent && e.EntityId == meetingId));
        Assert.Contains(await check.ReviewHistory.Where(h => h.ReviewId == reviewId).Select(h => h.Summary).ToListAsync(),
            s => s == "Rapid review report sent to the national panel on 25 November 2026");

        // Sending it again from the same (now stale) form changes nothing.
        var again = await browser.PostWithTokenAsync($"{ReportSentUrl(reviewId)}?meetingId={meetingId}", form.Token,
            [new("Input.MeetingId", meetingId.ToString()), new("Input.Version", form.Value("Input.Version")!), .. SettingUpForms.Date("Input.SentOn", new DateOnly(2026, 11, 26)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Action == AuditActions.RapidReviewReportSent && e.EntityId == meetingId));
    }

    [Theory]
    [InlineData("2026-12-25", "The date the report was sent must be today or in the past")]
    [InlineData("2026-11-13", "The date the report was sent must be on or after the date of the rapid review")]
    public async Task RecordReportSent_BadDate_IsRefusedAndNothingChanges(string date, string error)
    {
        var reviewId = await world.ReviewAsync(Desk, LongAgo);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 11, 16)));
        var form = await browser.GetAsync(ReportSentUrl(reviewId));
        var meetingId = form.Value("Input.MeetingId")!;

        var page = await browser.PostWithTokenAsync(ReportSentUrl(reviewId), form.Token,
            [new("Input.MeetingId", meetingId), new("Input.Version", form.Value("Input.Version")!), .. SettingUpForms.Date("Input.SentOn", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([error], page.Errors);
        Assert.Equal(0, await world.CountAsync(db => db.ScopingMeetings.Where(m => m.ReviewId == reviewId && m.PanelReportSentOn != null)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.RapidReviewReportSent && e.ReviewId == reviewId)));
    }

    [Fact]
    public async Task RecordReportSent_AnotherReviewsRapidReview_IsNotFound()
    {
        var reviewId = await world.ReviewAsync(Desk, LongAgo);
        var otherId = await world.ReviewAsync(Desk, LongAgo, "Child S");
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await browser.PostAsync(Url(otherId), RapidReview(new DateOnly(2026, 11, 16)));
        Guid otherMeeting;
        await using (var db = Factory.CreateDbContext())
        {
            otherMeeting = await db.ScopingMeetings.Where(m => m.ReviewId == otherId).Select(m => m.Id).SingleAsync();
        }

        var page = await browser.GetAsync($"{ReportSentUrl(reviewId)}?meetingId={otherMeeting}");
        var nothingWaiting = await browser.GetAsync(ReportSentUrl(reviewId));

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.OK, nothingWaiting.Status);
        Assert.Contains("No rapid review is waiting for the date its report was sent.", nothingWaiting.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_InTheFuture_IsRefusedAndNothingIsSaved()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), RapidReview(SettingUpWorld.Today.AddDays(1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date of the rapid review must be today or in the past"], page.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task Record_ReportSentBeforeTheRapidReviewOrAnotherPartnershipsAgency_IsRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var early = await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 12, 23)).With("Input.PanelReportSentOn", new DateOnly(2026, 12, 22)));
        var future = await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 12, 23)).With("Input.PanelReportSentOn", SettingUpWorld.Today.AddDays(2)));
        var outsider = await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 12, 23)).With("Input.ParticipantAgencyIds", world.OtherAgencyId.ToString()));
        var notAnId = await browser.PostAsync(Url(reviewId), RapidReview(new DateOnly(2026, 12, 23)).With("Input.ParticipantAgencyIds", "Testshire Police"));

        Assert.Equal(["The date the report was sent must be on or after the date of the rapid review"], early.Errors);
        Assert.Equal(["The date the report was sent must be today or in the past"], future.Errors);
        Assert.Equal(["Select the agencies that took part from the list"], outsider.Errors);
        Assert.Equal(["Select the agencies that took part from the list"], notAnId.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task Record_EmptyForm_ShowsEveryMissingAnswerAndSavesNothing()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), []);
        var badRecommendation = await browser.PostAsync(Url(reviewId), RapidReview(SettingUpWorld.Today).With("Input.Recommendation", "Maybe"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(5, page.Errors.Count);
        Assert.Contains("Enter date of the rapid review", page.Errors);
        Assert.Contains("Enter who took part in the rapid review", page.Errors);
        Assert.Contains("Enter what the rapid review found", page.Errors);
        Assert.Contains("Select the rapid review's recommendation to the chair", page.Errors);
        Assert.Contains("Enter the reasons for the recommendation", page.Errors);
        Assert.Equal(HttpStatusCode.OK, badRecommendation.Status);
        Assert.NotEmpty(badRecommendation.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task Record_BeforeThePartnershipWasAware_IsRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), RapidReview(Aware.AddDays(-3)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date of the rapid review must be on or after the date the partnership became aware"], page.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task LeadReviewer_ReadsTheRapidReviewButCannotRecordOneOrItsReport()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);

        var page = await browser.GetAsync(Url(reviewId));
        var post = await browser.PostAsync(Url(reviewId), RapidReview(SettingUpWorld.Today));
        var reportForm = await browser.GetAsync(ReportSentUrl(reviewId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No rapid review has been recorded yet.", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("textarea[name='Input.Attendees']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(HttpStatusCode.Forbidden, reportForm.Status);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task AgencyContact_CannotOpenTheRapidReview()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var contact = await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact);

        var page = await (await Factory.SignInAsync(contact)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}
