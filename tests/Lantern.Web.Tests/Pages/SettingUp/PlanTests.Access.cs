using System.Net;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.SettingUp.SettingUpForms;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>Who may change the plan, and who may read it.</summary>
public sealed partial class PlanTests
{
    [Theory]
    [InlineData("/setting-up/plan")]
    [InlineData("/setting-up/plan/milestones/add")]
    [InlineData("/setting-up/plan/milestones/{milestone}")]
    [InlineData("/setting-up/plan/delays/add")]
    [InlineData("/setting-up/plan/budget")]
    public async Task Post_LeadReviewer_IsRefusedAndNothingChanges(string path)
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var url = $"/reviews/{world.ReviewId}{path.Replace("{milestone}", world.MilestoneId.ToString(), StringComparison.Ordinal)}";

        var post = await lead.PostWithTokenAsync(url, await lead.AnyTokenAsync(), Form.Of(
            [("Input.Name", "A lead reviewer's step"), ("Input.Reason", "Too busy"), ("Input.BoardTold", "false"), ("Input.Planned", "1"), .. Date("Input.DueOn", Factory.Today()), .. Date("Input.RecordedOn", Factory.Today())]));

        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Milestones.AnyAsync(m => m.ReviewId == world.ReviewId && m.Name == "A lead reviewer's step"));
        Assert.False(await db.Delays.AnyAsync(d => d.ReviewId == world.ReviewId));
        Assert.False(await db.Budgets.AnyAsync(b => b.ReviewId == world.ReviewId));
    }

    [Fact]
    public async Task Plan_LeadReviewer_ReadsItWithoutLinksToChangeIt()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);

        var page = await lead.GetAsync(PlanUrl(world.ReviewId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Terms of reference agreed", page.Html, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("a[href*='/plan/']"));
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Theory]
    [InlineData("/setting-up/plan")]
    [InlineData("/setting-up/plan/budget")]
    public async Task Get_CaseGroupMember_IsRefused(string path)
    {
        var member = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/reviews/{world.ReviewId}{path}")).Status);
    }
}
