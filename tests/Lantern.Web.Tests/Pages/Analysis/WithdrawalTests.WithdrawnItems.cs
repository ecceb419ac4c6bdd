using System.Net;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>What a withdrawn item still shows and what it refuses, what the case group no longer sees, and who may
/// withdraw.</summary>
public sealed partial class WithdrawalTests
{
    [Fact]
    public async Task WithdrawnEpisode_ItsPageShowsTheBannerAndNoActions_WritesAreRefused_AndFindingsNoLongerListIt()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W5");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis";
        var episodePath = $"{root}/episodes/{ids.EpisodeId}";
        var finding = await bu.GetAsync($"{root}/findings/{ids.FindingId}");
        Assert.Contains("Episode 1: Home visit after the missed appointments", finding.Html, StringComparison.Ordinal);
        var live = await bu.GetAsync(episodePath);
        Assert.NotNull(live.Document.QuerySelector($"a[href='{WithdrawPath(reviewId, "episodes", ids.EpisodeId)}'].govuk-button--warning"));
        var token = live.Token;

        await WithdrawAsync(bu, reviewId, "episodes", ids.EpisodeId, "Belongs to another review");

        var page = await bu.GetAsync(episodePath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Matches(@"Withdrawn on \d{1,2} \w+ \d{4} by Bea Business: Belongs to another review", page.Document.QuerySelector("#withdrawn")!.TextContent);
        Assert.DoesNotContain("Change the episode", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdraw this episode", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Share with the case group", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Stop sharing", page.Html, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("textarea[name=commentText]"));

        foreach (var (handler, fields) in new (string, KeyValuePair<string, string>[])[]
        {
            ("Comment", Form.Of(("commentText", "Still relevant?"))),
            ("Share", Form.Of(("share", "false"))),
            ("Challenge", Form.Of(("challengeText", "Why withdrawn?"))),
            ("Status", Form.Of(("to", "Proposed"), ("version", Guid.NewGuid().ToString()))),
        })
        {
            var refused = await bu.PostWithTokenAsync($"{episodePath}?handler={handler}", token, fields);
            Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{episodePath}/change")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{episodePath}/factors")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{episodePath}/evidence")).Status);
        var twice = await bu.GetAsync(WithdrawPath(reviewId, "episodes", ids.EpisodeId));
        Assert.Contains("This item was already withdrawn", twice.Html, StringComparison.Ordinal);
        Assert.Null(twice.Document.QuerySelector("textarea[name=Reason]"));
        Guid current;
        await using (var read = Factory.CreateDbContext())
        {
            current = (await read.Episodes.IgnoreQueryFilters().SingleAsync(e => e.Id == ids.EpisodeId)).Version;
        }

        var again = await bu.PostWithTokenAsync(WithdrawPath(reviewId, "episodes", ids.EpisodeId), token, Form.Of(("Reason", "Again"), ("Version", current.ToString())));
        Assert.Equal(["This item has already been withdrawn"], again.Errors);

        // The finding drew on the episode: its evidence, the findings list and the change form leave it out.
        finding = await bu.GetAsync($"{root}/findings/{ids.FindingId}");
        Assert.DoesNotContain("Home visit after the missed appointments", finding.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer in the review", finding.Html, StringComparison.Ordinal);
        var change = await bu.GetAsync($"{root}/findings/{ids.FindingId}/change");
        Assert.Empty(change.Document.QuerySelectorAll("input[name='Input.EpisodeIds'][checked]"));
        var trace = await bu.GetAsync($"{root}/traceability");
        Assert.DoesNotContain("Home visit after the missed appointments", trace.Html, StringComparison.Ordinal);
        var challenges = await bu.GetAsync($"{root}/challenges");
        Assert.DoesNotContain("Is adequate too generous", challenges.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{root}/challenges/{ids.ChallengeId}")).Status);

        await using var db = Factory.CreateDbContext();
        Assert.False(await db.AnalysisComments.AnyAsync(c => c.ItemId == ids.EpisodeId));
        Assert.Equal(1, await db.Challenges.CountAsync(c => c.ItemId == ids.EpisodeId));
    }

    [Fact]
    public async Task WithdrawnSharedItems_AreNotSeenByTheCaseGroup_AndAWithdrawnAccountLeavesItsDiscrepancy()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W6");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        var shared = $"/reviews/{reviewId}/analysis/shared";
        Assert.Equal(HttpStatusCode.OK, (await caseGroup.GetAsync($"{shared}/episodes/{ids.EpisodeId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await caseGroup.GetAsync($"{shared}/findings/{ids.FindingId}")).Status);
        var token = (await caseGroup.GetAsync($"{shared}/episodes/{ids.EpisodeId}")).Token;

        await WithdrawAsync(bu, reviewId, "episodes", ids.EpisodeId, "Made in error");
        await WithdrawAsync(bu, reviewId, "findings", ids.FindingId, "Made in error");
        await WithdrawAsync(bu, reviewId, "accounts", ids.PerspectiveId, "Recorded against the wrong person");

        Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.GetAsync($"{shared}/episodes/{ids.EpisodeId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.GetAsync($"{shared}/findings/{ids.FindingId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.PostWithTokenAsync($"{shared}/episodes/{ids.EpisodeId}?handler=Comment", token, Form.Of(("commentText", "Hello")))).Status);
        var list = await caseGroup.GetAsync(shared);
        Assert.DoesNotContain("Home visit after the missed appointments", list.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeing a baby at the door", list.Html, StringComparison.Ordinal);
        Assert.Contains("After the move to the new flat", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseGroup.GetAsync($"/reviews/{reviewId}/analysis/withdrawn")).Status);

        var section = await bu.GetAsync($"/reviews/{reviewId}/analysis/narrative/{ids.SectionId}");
        Assert.DoesNotContain("Believed the health visitor had seen the baby", section.Html, StringComparison.Ordinal);
        var between = section.Document.QuerySelectorAll(".govuk-body-s").Select(p => p.TextContent.Trim()).Single(t => t.StartsWith("Between:", StringComparison.Ordinal));

        // Only the agency's own account is left: the withdrawn one was a person's, named "Pseudonym (Agency)".
        Assert.DoesNotContain("no longer", between, StringComparison.Ordinal);
        Assert.DoesNotContain("(", between, StringComparison.Ordinal);
        Assert.DoesNotContain(",", between, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_OnlyThoseWhoMayChangeTheAnalysis_AndTheWithdrawnListIsForThoseWhoSeeIt()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W7");
        foreach (var (person, role) in new[]
        {
            (world.OnReview[ReviewRole.Observer], ReviewRole.Observer), (world.OnReview[ReviewRole.AgencyContact], ReviewRole.AgencyContact),
            (world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember),
        })
        {
            await Factory.GiveRoleAsync(reviewId, person, role, world.BusinessUnit.Id);
        }

        var path = WithdrawPath(reviewId, "meetings", ids.MeetingId);
        var expectations = new (Person Person, HttpStatusCode Withdraw, HttpStatusCode List)[]
        {
            (world.Chair, HttpStatusCode.Forbidden, HttpStatusCode.OK),
            (world.OnReview[ReviewRole.Observer], HttpStatusCode.Forbidden, HttpStatusCode.OK),
            (world.OnReview[ReviewRole.CaseGroupMember], HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (world.OnReview[ReviewRole.AgencyContact], HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (world.NoRole, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (world.OtherBusinessUnit, HttpStatusCode.NotFound, HttpStatusCode.NotFound),
            (world.OnReview[ReviewRole.ReviewTeamMember], HttpStatusCode.OK, HttpStatusCode.OK),
            (world.OnReview[ReviewRole.LeadReviewer], HttpStatusCode.OK, HttpStatusCode.OK),
        };
        foreach (var (person, withdraw, list) in expectations)
        {
            var browser = await Factory.SignInAsync(person);
            Assert.True(withdraw == (await browser.GetAsync(path)).Status, $"{person.Email} GET withdraw");
            Assert.True(list == (await browser.GetAsync($"/reviews/{reviewId}/analysis/withdrawn")).Status, $"{person.Email} GET withdrawn");
            if (withdraw != HttpStatusCode.OK)
            {
                var ownToken = (await browser.GetAsync("/account/sign-in")).Token ?? (await browser.GetAsync("/account")).Token;
                var post = await browser.PostWithTokenAsync(path, ownToken, Form.Of(("Reason", "Not mine to withdraw"), ("Version", Guid.Empty.ToString())));
                Assert.True(withdraw == post.Status, $"{person.Email} POST withdraw: {post.Status}");
            }
        }

        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        Assert.Equal(HttpStatusCode.Redirect, (await WithdrawAsync(team, reviewId, "meetings", ids.MeetingId, "Arranged twice")).Status);
        var meeting = await (await Factory.SignInAsync(world.Chair)).GetAsync($"/reviews/{reviewId}/analysis/meetings/{ids.MeetingId}");
        Assert.Contains("Withdrawn on", meeting.Html, StringComparison.Ordinal);
        Assert.Contains("Arranged twice", meeting.Html, StringComparison.Ordinal);
        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.GetAsync($"/reviews/{reviewId}/analysis/shared/meetings/{ids.MeetingId}")).Status);
    }
}
