using System.Globalization;
using Lantern.Core.Actions;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Pages.SettingUp;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Actions;

public sealed partial class ActionsTests
{
    private async Task<PageResult> RaiseWithMonthsAsync(Browserless unit, Guid reviewId, Guid findingId, string months) =>
        await unit.PostAsync($"{Actions(reviewId)}/new",
        [
            .. Form.Of([("Input.Source", $"Finding:{findingId}"), ("Input.Title", "Multi-agency chronology template adopted"), ("Input.Description", ""),
                ("Input.OwningAgencyId", world.AgencyId.ToString()), ("Input.OwnerName", "Priya Oduya, head of quality"), ("Input.OwnerUserId", ""),
                .. Date("Input.RaisedOn", Today.AddDays(-40)), .. Date("Input.DueOn", Today.AddDays(30)), ("Input.FollowUpMonths", months)]),
        ]);

    private async Task<List<FollowUpCheck>> ChecksAsync(Guid actionId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.FollowUpChecks.Where(c => c.ActionId == actionId).OrderBy(c => c.DueOn).ThenBy(c => c.CheckedOn).ToListAsync();
    }

    [Fact]
    public async Task FollowUpMonths_ChosenWhenRaised_RefusedWhenWrong_AndCompletingAgainReschedulesTheChecksNotMade()
    {
        var (reviewId, findingId) = await ReviewAsync("Child A9");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Equal("3, 6, 12", (await unit.GetAsync($"{Actions(reviewId)}/new")).Value("Input.FollowUpMonths"));

        // Typed the way people type: out of order, or with words, is refused with the field kept and nothing raised.
        var backwards = await RaiseWithMonthsAsync(unit, reviewId, findingId, "6, 2");
        Assert.Equal(["Enter the months in order, the soonest first, like 3, 6, 12"], backwards.Errors);
        Assert.Equal("6, 2", backwards.Value("Input.FollowUpMonths"));
        Assert.Equal(["Enter whole numbers of months separated by commas, like 3, 6, 12"], (await RaiseWithMonthsAsync(unit, reviewId, findingId, "two and four")).Errors);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.ImprovementActions.AnyAsync(a => a.ReviewId == reviewId));
        }

        var raised = await RaiseWithMonthsAsync(unit, reviewId, findingId, "2,4");
        var actionId = Guid.Parse(raised.Location!.Split('/')[^1]);
        Assert.Contains("Checks are set for 2 and 4 months after the action is completed", (await unit.GetAsync(ActionPage(reviewId, actionId))).Html, StringComparison.Ordinal);

        // Completed 30 days ago: checks at 2 and 4 months from then. The first is answered.
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var first = Today.AddDays(-30);
        Assert.Equal(ActionPage(reviewId, actionId), (await UpdateAsync(contact, reviewId, actionId, null,
            [("Input.Status", "Completed"), .. Date("Input.CompletedOn", first), ("Input.CompletionSummary", "Template in use in all three agencies.")])).Location);
        var checks = await ChecksAsync(actionId);
        Assert.Equal([(2, first.AddMonths(2)), (4, first.AddMonths(4))], checks.Select(c => (c.MonthsAfterCompletion, c.DueOn)));
        var checkUrl = $"{ActionPage(reviewId, actionId)}/checks/{checks[0].Id}";
        var form = await contact.GetAsync(checkUrl);
        var answered = await contact.PostWithTokenAsync(checkUrl, form.Token, Form.Of([.. Date("Input.CheckedOn", Today),
            ("Input.Sustained", "No"), ("Input.UnintendedConsequences", "None seen"), ("Input.StillHappens", "true"), ("Input.Comment", "Staff stopped using the template after it moved on the intranet."),
            ("Input.Version", form.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!)]));
        Assert.Empty(answered.Errors);
        Assert.Equal(ActionPage(reviewId, actionId), answered.Location);

        var marker = await unit.GetAsync($"/reviews/{reviewId}/quality/18");
        Assert.Contains("The problem the finding described still happens, 1 of 1 follow-up checks found", marker.Html, StringComparison.Ordinal);

        // Not sustained: reopened, then completed again today. The answer stays; the check not made gives way to a
        // fresh schedule from the new completion date.
        var reopened = await UpdateAsync(contact, reviewId, actionId, null, [("Input.Status", "InProgress"), ("Input.Note", "Reopened after the first check")]);
        Assert.Equal(ActionPage(reviewId, actionId), reopened.Location);
        Assert.Equal(ActionPage(reviewId, actionId), (await UpdateAsync(contact, reviewId, actionId, null,
            [("Input.Status", "Completed"), .. Date("Input.CompletedOn", Today), ("Input.CompletionSummary", "Template linked from every case recording screen.")])).Location);
        var after = await ChecksAsync(actionId);
        Assert.Equal(3, after.Count);
        var kept = Assert.Single(after, c => c.IsDone);
        Assert.Equal((checks[0].Id, (Sustainment?)Sustainment.No), (kept.Id, kept.Sustained));
        Assert.Equal([Today.AddMonths(2), Today.AddMonths(4)], after.Where(c => !c.IsDone).Select(c => c.DueOn));
        Assert.DoesNotContain(after, c => c.Id == checks[1].Id);
        var page = await unit.GetAsync(ActionPage(reviewId, actionId));
        Assert.Contains(Today.AddMonths(4).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), page.Html, StringComparison.Ordinal);
    }
}
