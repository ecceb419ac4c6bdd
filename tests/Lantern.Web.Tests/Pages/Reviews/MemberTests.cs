using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Reviews;

public sealed class MemberTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task GiveChangeAndRemoveARole_TheirAccessFollowsAndEachStepIsAudited()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child K");
        var person = await Factory.PersonAsync(world.PartnershipId, world.AgencyId, PartnershipRoles.None, "Kit Member");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var theirs = await Factory.SignInAsync(person);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync($"/reviews/{reviewId}")).Status);

        var added = await businessUnit.PostAsync($"/reviews/{reviewId}/members/add", Form.Of(("Input.UserId", person.Id.ToString()), ("Input.Role", "CaseGroupMember")));
        Assert.Equal($"/reviews/{reviewId}/members", added.Location);
        var list = await businessUnit.GetAsync($"/reviews/{reviewId}/members");
        Assert.Contains("Kit Member", list.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/reviews/{reviewId}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync($"/reviews/{reviewId}/members")).Status);

        await using var db = Factory.CreateDbContext();
        var member = await db.ReviewMembers.SingleAsync(m => m.ReviewId == reviewId && m.UserId == person.Id);
        var change = await businessUnit.GetAsync($"/reviews/{reviewId}/members/{member.Id}/change");
        await businessUnit.PostWithTokenAsync($"/reviews/{reviewId}/members/{member.Id}/change", change.Token,
            Form.Of(("Input.Role", "ReviewTeamMember"), ("Version", change.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/reviews/{reviewId}/members")).Status);

        var remove = await businessUnit.GetAsync($"/reviews/{reviewId}/members/{member.Id}/remove");
        Assert.Equal("Remove Kit Member from this review?", remove.Heading);
        await businessUnit.PostWithTokenAsync($"/reviews/{reviewId}/members/{member.Id}/remove", remove.Token,
            Form.Of(("Version", remove.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync($"/reviews/{reviewId}")).Status);

        var actions = await db.AuditEvents.Where(e => e.ReviewId == reviewId && e.EntityId == member.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.ReviewMemberAdded, AuditActions.ReviewMemberChanged, AuditActions.ReviewMemberRemoved], actions);
    }

    [Fact]
    public async Task Add_NobodyOrNoRoleOrDuplicateOrOutsider_IsRefusedAndAddsNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child L");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        await businessUnit.PostAsync($"/reviews/{reviewId}/members/add", Form.Of(("Input.UserId", world.Chair.Id.ToString()), ("Input.Role", "Observer")));

        var empty = await businessUnit.PostAsync($"/reviews/{reviewId}/members/add", []);
        var duplicate = await businessUnit.PostAsync($"/reviews/{reviewId}/members/add", Form.Of(("Input.UserId", world.Chair.Id.ToString()), ("Input.Role", "LeadReviewer")));
        var outsider = await businessUnit.PostAsync($"/reviews/{reviewId}/members/add", Form.Of(("Input.UserId", world.OtherBusinessUnit.Id.ToString()), ("Input.Role", "LeadReviewer")));
        var badRole = await businessUnit.PostAsync($"/reviews/{reviewId}/members/add", Form.Of(("Input.UserId", world.Partner.Id.ToString()), ("Input.Role", "Overlord")));

        Assert.Equal(["Select the person to give a role to", "Select their role on this review"], empty.Errors);
        Assert.Contains("This person already has a role on this review. Change their role instead", duplicate.Errors);
        Assert.Contains("Select a person from your partnership", outsider.Errors);
        Assert.NotEmpty(badRole.Errors);
        await using var db = Factory.CreateDbContext();
        var members = await db.ReviewMembers.Where(m => m.ReviewId == reviewId).ToListAsync();
        Assert.Equal((world.Chair.Id, ReviewRole.Observer), (members.Single().UserId, members.Single().Role));
    }

    [Fact]
    public async Task Remove_SomeoneElseChangedTheRoleFirst_RemovesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child M");
        var memberId = await Factory.GiveRoleAsync(reviewId, world.Partner, ReviewRole.Observer, world.BusinessUnit.Id);
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var colleague = await Factory.SignInAsync(world.BusinessUnit);
        var remove = await me.GetAsync($"/reviews/{reviewId}/members/{memberId}/remove");
        var change = await colleague.GetAsync($"/reviews/{reviewId}/members/{memberId}/change");
        await colleague.PostWithTokenAsync($"/reviews/{reviewId}/members/{memberId}/change", change.Token,
            Form.Of(("Input.Role", "LeadReviewer"), ("Version", change.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

        var conflict = await me.PostWithTokenAsync($"/reviews/{reviewId}/members/{memberId}/remove", remove.Token,
            Form.Of(("Version", remove.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Nothing was removed", conflict.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(ReviewRole.LeadReviewer, (await db.ReviewMembers.SingleAsync(m => m.Id == memberId)).Role);
    }

    [Fact]
    public async Task Members_AMemberOfAnotherReview_IsNotFound()
    {
        var otherReview = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child N");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var page = await businessUnit.GetAsync($"/reviews/{otherReview}/members/{world.MemberId}/change");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task Members_ViewedByTheChair_IsAuditedButOffersNoChanges()
    {
        var chair = await Factory.SignInAsync(world.Chair);

        var page = await chair.GetAsync($"/reviews/{world.ReviewId}/members");

        Assert.Equal(5, page.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Empty(page.Document.QuerySelectorAll("a[href$='/remove']"));
        Assert.Null(page.Document.QuerySelector("a[href$='/members/add']"));
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ReviewMembersViewed && e.UserId == world.Chair.Id && e.ReviewId == world.ReviewId));
    }
}

public sealed class ReviewViewAuditTests(World world) : IClassFixture<World>
{
    [Theory]
    [InlineData("/members/add")]
    [InlineData("/members/{member}/change")]
    [InlineData("/members/{member}/remove")]
    public async Task EveryReviewPage_EachGet_IsAuditedAsAView(string page)
    {
        var browser = await world.Factory.SignInAsync(world.BusinessUnit);
        await using var db = world.Factory.CreateDbContext();
        var before = await db.AuditEvents.CountAsync(e => e.UserId == world.BusinessUnit.Id && e.ReviewId == world.ReviewId && e.Action == AuditActions.ReviewMembersViewed);

        var result = await browser.GetAsync($"/reviews/{world.ReviewId}{page.Replace("{member}", world.MemberId.ToString(), StringComparison.Ordinal)}");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(before + 1, await db.AuditEvents.CountAsync(e => e.UserId == world.BusinessUnit.Id && e.ReviewId == world.ReviewId && e.Action == AuditActions.ReviewMembersViewed));
    }

    [Fact]
    public async Task AccountPage_ListingTheirReviews_IsAudited()
    {
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        var browser = await world.Factory.SignInAsync(lead);
        await using var db = world.Factory.CreateDbContext();
        var before = await db.AuditEvents.CountAsync(e => e.UserId == lead.Id && e.Action == AuditActions.ReviewListViewed);

        var page = await browser.GetAsync("/account");

        Assert.Contains("Child Q", page.Html, StringComparison.Ordinal);
        Assert.Equal(before + 1, await db.AuditEvents.CountAsync(e => e.UserId == lead.Id && e.Action == AuditActions.ReviewListViewed));
    }
}
