using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class ScopingTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 21);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/scoping";

    private static Fields Meeting(DateOnly heldOn) => new()
    {
        { "Input.HeldOn", heldOn },
        { "Input.Attendees", "Bea Business, business unit\nDet Sgt Lee, Testshire Police" },
        { "Input.Summary", "Three agencies knew of the family; none knew what the others knew." },
        { "Input.Recommendation", nameof(ScopingRecommendation.HoldReview) },
        { "Input.RecommendationReasons", "The statutory criteria are met and there is learning about sharing information." },
    };

    private async Task AssertNothingSavedAsync(Guid reviewId)
    {
        Assert.Equal(0, await world.CountAsync(db => db.ScopingMeetings.Where(m => m.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.ScopingMeetingRecorded && e.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.ReviewHistory.Where(h => h.ReviewId == reviewId)));
    }

    [Fact]
    public async Task Record_Meeting_IsSavedAuditedAndShown()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync(Url(reviewId));
        Assert.Equal("24", form.Value("Input.HeldOn.Day"));

        var saved = await browser.PostAsync(Url(reviewId), Meeting(new DateOnly(2026, 12, 23)));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/reviews/{reviewId}/setting-up", saved.Location);
        Assert.Equal("Scoping meeting recorded. The chair can now record the decision.", (await browser.GetAsync(saved.Location!)).Notice());
        await using var db = Factory.CreateDbContext();
        var meeting = await db.ScopingMeetings.AsNoTracking().SingleAsync(m => m.ReviewId == reviewId);
        Assert.Equal(new DateOnly(2026, 12, 23), meeting.HeldOn);
        Assert.Equal(ScopingRecommendation.HoldReview, meeting.Recommendation);
        Assert.Equal(Desk.BusinessUnit.Id, meeting.RecordedByUserId);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ScopingMeetingRecorded && e.ReviewId == reviewId && e.EntityId == meeting.Id));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.ScopingMeetingHeld, history.Kind);
        Assert.Equal("Scoping meeting recommended: hold a review", history.Summary);

        var shown = await browser.GetAsync(Url(reviewId));
        Assert.Contains("Meeting on 23 December 2026", shown.Text(), StringComparison.Ordinal);
        Assert.Contains("Hold a review", shown.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_MeetingInTheFuture_IsRefusedAndNothingIsSaved()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Meeting(SettingUpWorld.Today.AddDays(1)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["The date of the meeting must be today or in the past"], page.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task Record_EmptyForm_ShowsEveryMissingAnswerAndSavesNothing()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), []);
        var badRecommendation = await browser.PostAsync(Url(reviewId), Meeting(SettingUpWorld.Today).With("Input.Recommendation", "Maybe"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(5, page.Errors.Count);
        Assert.Contains("Enter date of the meeting", page.Errors);
        Assert.Contains("Enter who attended the meeting", page.Errors);
        Assert.Contains("Enter what the meeting found", page.Errors);
        Assert.Contains("Select the meeting's recommendation to the chair", page.Errors);
        Assert.Contains("Enter the reasons for the recommendation", page.Errors);
        Assert.Equal(HttpStatusCode.OK, badRecommendation.Status);
        Assert.NotEmpty(badRecommendation.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task Record_MeetingBeforeThePartnershipWasAware_IsRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Meeting(Aware.AddDays(-3)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Errors);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task LeadReviewer_ReadsTheMeetingsButCannotRecordOne()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);

        var page = await browser.GetAsync(Url(reviewId));
        var post = await browser.PostAsync(Url(reviewId), Meeting(SettingUpWorld.Today));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No scoping meeting has been recorded yet.", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("textarea[name='Input.Attendees']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await AssertNothingSavedAsync(reviewId);
    }

    [Fact]
    public async Task AgencyContact_CannotOpenTheScopingMeeting()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var contact = await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact);

        var page = await (await Factory.SignInAsync(contact)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}
