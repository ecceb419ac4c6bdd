using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class DecisionTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 21);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/decision";

    private static Fields Decided(int latestVersion, DateOnly? decidedOn = null) => new()
    {
        { "Input.LatestVersion", latestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        { "Input.CriteriaAssessment", "Serious harm, with neglect suspected, in the partnership's area." },
        { "Input.Rationale", "Agencies each held part of the picture and did not share it." },
        { "Input.DecidedOn", decidedOn ?? SettingUpWorld.Today },
    };

    private Fields ToReview(Guid typeId, int latestVersion = 0) => Decided(latestVersion).With("Input.Outcome", "yes")
        .With("Input.ReviewTypeId", typeId.ToString()).With("Input.Scale", nameof(ReviewScale.Full))
        .With("Input.Method", nameof(ReviewMethod.LearningTogether))
        .With("Input.MethodJustification", "Practitioners learn most by talking the case through together.");

    private static Fields NotToReview(int latestVersion = 0) => Decided(latestVersion).With("Input.Outcome", "no")
        .With("Input.DecisionNotifiedOn", SettingUpWorld.Today).With("Input.DecisionNotifiedTo", "The national panel");

    private async Task<Review> ReviewAsync(Guid id)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task AssertNothingDecidedAsync(Guid reviewId)
    {
        var review = await ReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.Referral, review.Status);
        Assert.Equal(Desk.RapidReviewTypeId, review.ReviewTypeId);
        Assert.Equal(0, await world.CountAsync(db => db.Decisions.Where(d => d.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.ReviewTasks.Where(t => t.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.Milestones.Where(m => m.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.DecisionRecorded && e.ReviewId == reviewId)));
    }

    [Fact]
    public async Task Decide_ToReview_MovesTheReviewOnAndStartsTheWorkThatFollows()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var chair = await Factory.SignInAsync(Desk.Chair);

        var saved = await chair.PostAsync(Url(reviewId), ToReview(Desk.PracticeReviewTypeId));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal($"/reviews/{reviewId}/setting-up", saved.Location);
        var hub = await chair.GetAsync(saved.Location!);
        Assert.Equal("Decision recorded. Tasks to tell the family and the Board have been added, with a first plan.", hub.Notice());
        Assert.Contains("24 June 2027", hub.DeadlineRow("Complete and publish the review"), StringComparison.Ordinal);

        var review = await ReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.InProgress, review.Status);
        Assert.Equal(Desk.PracticeReviewTypeId, review.ReviewTypeId);
        await using var db = Factory.CreateDbContext();
        var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.ReviewId == reviewId);
        Assert.Equal(1, decision.VersionNumber);
        Assert.True(decision.ToReview);
        Assert.Equal(Desk.Chair.Id, decision.RecordedByUserId);
        var tasks = await db.ReviewTasks.AsNoTracking().Where(t => t.ReviewId == reviewId).ToListAsync();
        Assert.Equal([TaskKind.InformFamily, TaskKind.InformBoard], tasks.Select(t => t.Kind).Order());
        Assert.All(tasks, t => Assert.Equal(new DateOnly(2027, 1, 5), t.DueOn));
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId).OrderBy(m => m.SortOrder).ToListAsync();
        Assert.Equal(9, milestones.Count);
        Assert.Equal("Terms of reference agreed", milestones[0].Name);

        // A month after the decision is Sunday 24 January 2027, so the milestone falls on the Monday.
        Assert.Equal(new DateOnly(2027, 1, 25), milestones[0].DueOn);
        Assert.Equal(MilestoneRole.Publication, milestones[^1].Role);
        Assert.Equal(MilestoneRole.ReportToPanel, milestones[^2].Role);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.DecisionRecorded && e.ReviewId == reviewId && e.EntityId == decision.Id && e.UserId == Desk.Chair.Id));
        var history = await db.ReviewHistory.AsNoTracking().SingleAsync(h => h.ReviewId == reviewId);
        Assert.Equal(HistoryKind.Decided, history.Kind);
        Assert.Equal("Decided to hold a local child safeguarding practice review", history.Summary);
    }

    [Fact]
    public async Task Decide_Revisited_SavesVersionTwoAndShowsBothVersions()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var chair = await Factory.SignInAsync(Desk.Chair);
        await chair.PostAsync(Url(reviewId), ToReview(Desk.PracticeReviewTypeId));
        var form = await chair.GetAsync(Url(reviewId));
        Assert.Equal("1", form.Value("Input.LatestVersion"));

        var revisited = await chair.PostWithTokenAsync(Url(reviewId), form.Token, ToReview(Desk.LearningReviewTypeId, latestVersion: 1));

        Assert.Equal(HttpStatusCode.Redirect, revisited.Status);
        var page = await chair.GetAsync(Url(reviewId));
        var titles = page.Document.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Current decision (version 2)", "Version 1, replaced"], titles);
        Assert.Contains("Learning review", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Local child safeguarding practice review", page.Text(), StringComparison.Ordinal);
        Assert.Equal(Desk.LearningReviewTypeId, (await ReviewAsync(reviewId)).ReviewTypeId);
        await using var db = Factory.CreateDbContext();
        Assert.Equal([1, 2], await db.Decisions.Where(d => d.ReviewId == reviewId).OrderBy(d => d.VersionNumber).Select(d => d.VersionNumber).ToListAsync());
        Assert.Equal(1, await db.ReviewTasks.CountAsync(t => t.ReviewId == reviewId && t.Kind == TaskKind.InformFamily));
        Assert.Equal(1, await db.ReviewTasks.CountAsync(t => t.ReviewId == reviewId && t.Kind == TaskKind.InformBoard));
        Assert.Equal(9, await db.Milestones.CountAsync(m => m.ReviewId == reviewId));
        var latest = await db.ReviewHistory.AsNoTracking().Where(h => h.ReviewId == reviewId && h.Kind == HistoryKind.DecisionRevisited).SingleAsync();
        Assert.Equal("Decision revisited (version 2): to hold a learning review", latest.Summary);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.DecisionRecorded && e.ReviewId == reviewId));
    }

    [Fact]
    public async Task Decide_NotToReview_NeedsTheDateAndRecipientOfItsNotification()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var chair = await Factory.SignInAsync(Desk.Chair);

        var refused = await chair.PostAsync(Url(reviewId), NotToReview().Without("Input.DecisionNotifiedOn").Without("Input.DecisionNotifiedTo"));
        var before = await chair.PostAsync(Url(reviewId), NotToReview().With("Input.DecisionNotifiedOn", Aware));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(2, refused.Errors.Count);
        Assert.Contains("Enter the date the decision not to review was notified", refused.Errors);
        Assert.Contains("Say who was told of the decision, such as the national panel", refused.Errors);
        Assert.Equal(["The date the decision was notified must be on or after the date of the decision"], before.Errors);
        await AssertNothingDecidedAsync(reviewId);

        var saved = await chair.PostAsync(Url(reviewId), NotToReview());

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal("Decision recorded. A task to tell the Board has been added.", (await chair.GetAsync(saved.Location!)).Notice());
        Assert.Equal(ReviewStatus.NotProceeding, (await ReviewAsync(reviewId)).Status);
        await using var db = Factory.CreateDbContext();
        var decision = await db.Decisions.AsNoTracking().SingleAsync(d => d.ReviewId == reviewId);
        Assert.Equal(SettingUpWorld.Today, decision.DecisionNotifiedOn);
        Assert.Equal("The national panel", decision.DecisionNotifiedTo);
        Assert.Null(decision.ReviewTypeId);
        Assert.Equal([TaskKind.InformBoard], await db.ReviewTasks.Where(t => t.ReviewId == reviewId).Select(t => t.Kind).ToListAsync());
        Assert.Equal(0, await db.Milestones.CountAsync(m => m.ReviewId == reviewId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Decide_EmptyRationale_IsRefusedWithAClearMessageAndChangesNothing(string rationale)
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var chair = await Factory.SignInAsync(Desk.Chair);

        var yes = await chair.PostAsync(Url(reviewId), ToReview(Desk.PracticeReviewTypeId).With("Input.Rationale", rationale));
        var no = await chair.PostAsync(Url(reviewId), NotToReview().With("Input.Rationale", rationale));

        foreach (var page in new[] { yes, no })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(["Enter the rationale for the decision. Every decision, including a decision not to review, needs one"], page.Errors);
        }

        await AssertNothingDecidedAsync(reviewId);
    }

    [Fact]
    public async Task Decide_BadDatesOrMissingChoices_AreRefused()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var chair = await Factory.SignInAsync(Desk.Chair);

        var beforeAware = await chair.PostAsync(Url(reviewId), ToReview(Desk.PracticeReviewTypeId).With("Input.DecidedOn", Aware.AddDays(-1)));
        var future = await chair.PostAsync(Url(reviewId), ToReview(Desk.PracticeReviewTypeId).With("Input.DecidedOn", SettingUpWorld.Today.AddDays(1)));
        var noOutcome = await chair.PostAsync(Url(reviewId), Decided(0));
        var noTypeOrMethod = await chair.PostAsync(Url(reviewId), Decided(0).With("Input.Outcome", "yes"));
        var otherPartnershipsType = await chair.PostAsync(Url(reviewId), ToReview(world.OtherReviewTypeId));

        Assert.Equal(["The date of the decision must be on or after the date the partnership became aware"], beforeAware.Errors);
        Assert.Equal(["The date of the decision must be today or in the past"], future.Errors);
        Assert.Equal(["Select whether to hold a review"], noOutcome.Errors);
        Assert.Equal(2, noTypeOrMethod.Errors.Count);
        Assert.Contains("Select the type of review", noTypeOrMethod.Errors);
        Assert.Contains("Select the method of the review", noTypeOrMethod.Errors);
        Assert.Equal(["Select a type of review from the list"], otherPartnershipsType.Errors);
        await AssertNothingDecidedAsync(reviewId);
    }

    [Fact]
    public async Task Decide_StaleLatestVersion_IsAConflictAndKeepsTheNewerDecision()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var chair = await Factory.SignInAsync(Desk.Chair);
        var stale = await chair.GetAsync(Url(reviewId));
        await chair.PostWithTokenAsync(Url(reviewId), stale.Token, ToReview(Desk.PracticeReviewTypeId));

        var conflict = await chair.PostWithTokenAsync(Url(reviewId), stale.Token, NotToReview(latestVersion: 0));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(["Someone recorded a newer decision while you were writing this one. Read it below, then record yours again if it still stands"], conflict.Errors);
        Assert.Equal("1", conflict.Value("Input.LatestVersion"));
        Assert.Contains("Current decision (version 1)", conflict.Text(), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.InProgress, (await ReviewAsync(reviewId)).Status);
        Assert.Equal(1, await world.CountAsync(db => db.Decisions.Where(d => d.ReviewId == reviewId)));
    }

    [Fact]
    public async Task BusinessUnit_ReadsTheDecisionButCannotRecordIt()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.GetAsync(Url(reviewId));
        var post = await browser.PostAsync(Url(reviewId), ToReview(Desk.PracticeReviewTypeId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The chair has not recorded a decision yet.", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name='Input.Outcome']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await AssertNothingDecidedAsync(reviewId);
    }

    [Fact]
    public async Task LeadReviewer_ReadsTheDecisionButGets403Posting()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await world.DecisionAsync(Desk, reviewId, Aware);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        var browser = await Factory.SignInAsync(lead);

        var page = await browser.GetAsync(Url(reviewId));
        var post = await browser.PostAsync(Url(reviewId), NotToReview(latestVersion: 1));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Current decision (version 1)", page.Text(), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("input[name='Input.Outcome']"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(1, await world.CountAsync(db => db.Decisions.Where(d => d.ReviewId == reviewId)));
        Assert.Equal(ReviewStatus.Referral, (await ReviewAsync(reviewId)).Status);
    }
}
