using System.Net;
using Lantern.Core;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Reviews;

/// <summary>Withdrawing a review created in error: who may, what it asks, what it records, and what the review
/// and everyone's dashboard look like afterwards.</summary>
public sealed partial class WithdrawReviewTests(World world) : IClassFixture<World>
{
    private const string Reason = "Created twice by mistake: the referral from the hospital is the other Child Ash.";

    private LanternFactory Factory => world.Factory;

    private static string? VersionOf(PageResult page) => page.Document.QuerySelector("input[name=Version]")?.GetAttribute("value");

    private static string Squeeze(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static async Task<PageResult> WithdrawAsync(Browserless browser, Guid reviewId, string reason)
    {
        var form = await browser.GetAsync($"/reviews/{reviewId}/withdraw");
        return await browser.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", form.Token, Form.Of(("Input.Reason", reason), ("Version", VersionOf(form)!)));
    }

    private async Task<Review> ReviewAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Reviews.AsNoTracking().SingleAsync(r => r.Id == reviewId);
    }

    private async Task<int> WithdrawalAuditsAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.CountAsync(e => e.Action == AuditActions.ReviewWithdrawn && e.ReviewId == reviewId);
    }

    [Fact]
    public async Task Withdraw_ByTheBusinessUnit_KeepsTheReviewWithTheReasonAuditsItAndShowsTheBanner()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Ash");
        var lead = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "Lou Lead");
        await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var overview = await browser.GetAsync($"/reviews/{reviewId}");
        var form = await browser.GetAsync($"/reviews/{reviewId}/withdraw");

        var withdrawn = await browser.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", form.Token, Form.Of(("Input.Reason", "  " + Reason + "  "), ("Version", VersionOf(form)!)));

        Assert.Contains(overview.Document.QuerySelectorAll("aside a"), a => a.GetAttribute("href") == $"/reviews/{reviewId}/withdraw" && a.TextContent == "Withdraw this review");
        Assert.Equal("Withdraw this review", form.Heading);
        Assert.EndsWith("Warning A withdrawn review cannot be changed or brought back. It is kept as a record with your reason, and it leaves the dashboard with its deadlines.",
            Squeeze(form.Document.QuerySelector(".govuk-warning-text")?.TextContent), StringComparison.Ordinal);
        Assert.Equal($"/reviews/{reviewId}", withdrawn.Location);
        var review = await ReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.Withdrawn, review.Status);
        Assert.Equal(ReviewStatus.InProgress, review.StatusBeforeWithdrawal);
        Assert.Equal(Reason, review.WithdrawnReason);
        Assert.Equal(world.BusinessUnit.Id, review.WithdrawnByUserId);
        Assert.NotNull(review.WithdrawnAt);
        await using (var db = Factory.CreateDbContext())
        {
            var audit = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.ReviewWithdrawn && e.ReviewId == reviewId);
            Assert.Equal((world.BusinessUnit.Id, (Guid?)reviewId, world.PartnershipId), (audit.UserId!.Value, audit.EntityId, audit.PartnershipId!.Value));
            var history = await db.ReviewHistory.SingleAsync(h => h.ReviewId == reviewId);
            Assert.Equal((HistoryKind.ReviewWithdrawn, "Review withdrawn by Bea Business"), (history.Kind, history.Summary));
        }

        var expected = $"Withdrawn on {review.WithdrawnAt!.Value.UkDate()} by Bea Business: {Reason}";
        var after = await browser.GetAsync($"/reviews/{reviewId}");
        Assert.Equal("Review Child Ash withdrawn", after.Document.QuerySelector(".govuk-notification-banner--success .govuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Contains(expected, Squeeze(after.Document.QuerySelector(".app-withdrawn-banner")?.TextContent), StringComparison.Ordinal);
        Assert.Contains("Withdrawn", after.Document.QuerySelector(".govuk-summary-list .govuk-tag")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(after.Document.QuerySelectorAll("aside a"), a => a.GetAttribute("href")!.EndsWith("/withdraw", StringComparison.Ordinal) || a.GetAttribute("href")!.EndsWith("/details", StringComparison.Ordinal));
        var leadsView = await (await Factory.SignInAsync(lead)).GetAsync($"/reviews/{reviewId}");
        Assert.Contains(expected, Squeeze(leadsView.Document.QuerySelector(".app-withdrawn-banner")?.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_ByTheChair_IsAllowedAndSaysWhoWithdrewIt()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Birch");
        var chair = await Factory.SignInAsync(world.Chair);

        var withdrawn = await WithdrawAsync(chair, reviewId, "Test record made while training new staff.");

        Assert.Equal($"/reviews/{reviewId}", withdrawn.Location);
        var page = await chair.GetAsync($"/reviews/{reviewId}");
        Assert.Contains("by Cal Chair: Test record made while training new staff.", Squeeze(page.Document.QuerySelector(".app-withdrawn-banner")?.TextContent), StringComparison.Ordinal);
        Assert.Equal(1, await WithdrawalAuditsAsync(reviewId));
    }

    [Theory]
    [InlineData("", "Enter why the review is being withdrawn")]
    [InlineData("   \r\n  ", "Enter why the review is being withdrawn")]
    [InlineData(null, "Why the review is being withdrawn must be 1,000 characters or fewer")]
    public async Task Withdraw_WithoutAGoodReason_ShowsTheErrorAndChangesNothing(string? reason, string expected)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Cedar");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await WithdrawAsync(browser, reviewId, reason ?? new string('x', Review.WithdrawnReasonMaxLength + 1));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal([expected], page.Errors);
        Assert.NotNull(page.Document.QuerySelector("#Input_Reason-error"));
        Assert.Equal(ReviewStatus.InProgress, (await ReviewAsync(reviewId)).Status);
        Assert.Equal(0, await WithdrawalAuditsAsync(reviewId));
    }

    [Fact]
    public async Task Withdraw_ReasonOfExactlyTheLimit_IsAccepted()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Damson");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await WithdrawAsync(browser, reviewId, new string('y', Review.WithdrawnReasonMaxLength));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(ReviewStatus.Withdrawn, (await ReviewAsync(reviewId)).Status);
    }

    [Fact]
    public async Task Withdraw_TwoPeopleAtOnce_TheSecondIsToldItIsWithdrawnAlready()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Elder");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);
        var mine = await me.GetAsync($"/reviews/{reviewId}/withdraw");
        var theirs = await chair.GetAsync($"/reviews/{reviewId}/withdraw");

        var first = await chair.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", theirs.Token, Form.Of(("Input.Reason", "Duplicate of Child Fir."), ("Version", VersionOf(theirs)!)));
        var second = await me.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", mine.Token, Form.Of(("Input.Reason", "Made in error."), ("Version", VersionOf(mine)!)));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Equal("This review has been withdrawn", second.Heading);
        Assert.Contains("by Cal Chair: Duplicate of Child Fir.", Squeeze(second.Document.QuerySelector("main")?.TextContent), StringComparison.Ordinal);
        Assert.Equal("Duplicate of Child Fir.", (await ReviewAsync(reviewId)).WithdrawnReason);
        Assert.Equal(1, await WithdrawalAuditsAsync(reviewId));
    }

    [Fact]
    public async Task Withdraw_FromAFormOlderThanADetailsChange_IsAConflictThenWorksFromTheFreshForm()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child Gorse");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var colleague = await Factory.SignInAsync(world.BusinessUnit);
        var mine = await me.GetAsync($"/reviews/{reviewId}/withdraw");
        var details = await colleague.GetAsync($"/reviews/{reviewId}/details");
        await colleague.PostWithTokenAsync($"/reviews/{reviewId}/details", details.Token, Form.Of(("Input.WorkingTitle", "Child Holly"),
            ("Input.ReviewTypeId", world.ReviewTypeId.ToString()), ("Input.Status", "InProgress"), ("Version", VersionOf(details)!)));

        var stale = await me.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", mine.Token, Form.Of(("Input.Reason", Reason), ("Version", VersionOf(mine)!)));

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone else changed this review while you were on this page", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(ReviewStatus.InProgress, (await ReviewAsync(reviewId)).Status);
        Assert.NotEqual(VersionOf(mine), VersionOf(stale));
        var again = await me.PostWithTokenAsync($"/reviews/{reviewId}/withdraw", stale.Token, Form.Of(("Input.Reason", Reason), ("Version", VersionOf(stale)!)));
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(ReviewStatus.Withdrawn, (await ReviewAsync(reviewId)).Status);
    }

    [Fact]
    public async Task Withdraw_AnyoneButTheBusinessUnitOrChair_IsRefusedAndNothingChanges()
    {
        var refused = new[]
        {
            world.Administrator, world.Partner, world.NoRole, world.OtherBusinessUnit,
            world.OnReview[ReviewRole.LeadReviewer], world.OnReview[ReviewRole.ReviewTeamMember], world.OnReview[ReviewRole.CaseGroupMember],
            world.OnReview[ReviewRole.AgencyContact], world.OnReview[ReviewRole.Observer],
        };
        foreach (var person in refused)
        {
            var browser = await Factory.SignInAsync(person);
            var token = (await browser.GetAsync("/account")).Token;

            var page = await browser.PostWithTokenAsync($"/reviews/{world.ReviewId}/withdraw", token, Form.Of(("Input.Reason", "Not mine to withdraw."), ("Version", Guid.Empty.ToString())));
            var overview = await browser.GetAsync($"/reviews/{world.ReviewId}");

            Assert.True(page.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{person.Name}: {(int)page.Status}");
            Assert.DoesNotContain(overview.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/reviews/{world.ReviewId}/withdraw");
        }

        Assert.NotEqual(ReviewStatus.Withdrawn, (await ReviewAsync(world.ReviewId)).Status);
        Assert.Equal(0, await WithdrawalAuditsAsync(world.ReviewId));
    }
}
