using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class ViewReferralTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    private static readonly DateOnly Aware = new(2026, 12, 21);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/referral";

    private Task<int> AuditsAsync(string action, Guid reviewId, Guid userId) =>
        world.CountAsync(db => db.AuditEvents.Where(e => e.Action == action && e.ReviewId == reviewId && e.UserId == userId));

    [Fact]
    public async Task BusinessUnitChairAndLeadReviewer_SeeWhoItIsAboutAndEachViewIsAudited()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var lead = await world.MemberAsync(Desk, reviewId, ReviewRole.LeadReviewer);
        Guid referralId;
        await using (var db = Factory.CreateDbContext())
        {
            referralId = (await db.Referrals.AsNoTracking().SingleAsync(r => r.ReviewId == reviewId)).Id;
        }

        foreach (var person in new[] { Desk.BusinessUnit, Desk.Chair, lead })
        {
            var page = await (await Factory.SignInAsync(person)).GetAsync(Url(reviewId));

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Contains("Robin Example", page.Text(), StringComparison.Ordinal);
            Assert.Contains("21 December 2023", page.Text(), StringComparison.Ordinal);
            Assert.Contains("Serious injury with neglect suspected.", page.Text(), StringComparison.Ordinal);
            Assert.Equal(1, await AuditsAsync(AuditActions.SubjectIdentityViewed, reviewId, person.Id));
            Assert.Equal(1, await AuditsAsync(AuditActions.ReferralViewed, reviewId, person.Id));
        }

        await using var check = Factory.CreateDbContext();
        Assert.True(await check.AuditEvents.AnyAsync(e => e.Action == AuditActions.SubjectIdentityViewed && e.EntityId == referralId && e.UserId == lead.Id));
    }

    [Theory]
    [InlineData(ReviewRole.ReviewTeamMember)]
    [InlineData(ReviewRole.Observer)]
    public async Task ReviewTeamAndObserver_SeeTheReferralButNotWhoItIsAbout(ReviewRole role)
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var person = await world.MemberAsync(Desk, reviewId, role);

        var page = await (await Factory.SignInAsync(person)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("Robin Example", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("December 2023", page.Html, StringComparison.Ordinal);
        Assert.Contains("Who they are is shown only to the business unit, the chair and the lead reviewers.", page.Text(), StringComparison.Ordinal);
        Assert.Contains("Admitted to hospital with injuries that were not explained.", page.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await AuditsAsync(AuditActions.SubjectIdentityViewed, reviewId, person.Id));
        Assert.Equal(1, await AuditsAsync(AuditActions.ReferralViewed, reviewId, person.Id));
    }

    [Fact]
    public async Task AgencyContactCaseGroupAndAnotherPartnership_CannotOpenTheReferral()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        var contact = await world.MemberAsync(Desk, reviewId, ReviewRole.AgencyContact);
        var caseGroup = await world.MemberAsync(Desk, reviewId, ReviewRole.CaseGroupMember);

        var asContact = await (await Factory.SignInAsync(contact)).GetAsync(Url(reviewId));
        var asCaseGroup = await (await Factory.SignInAsync(caseGroup)).GetAsync(Url(reviewId));
        var asOther = await (await Factory.SignInAsync(world.OtherBusinessUnit)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.Forbidden, asContact.Status);
        Assert.Equal(HttpStatusCode.Forbidden, asCaseGroup.Status);
        Assert.Equal(HttpStatusCode.NotFound, asOther.Status);
        foreach (var page in new[] { asContact, asCaseGroup, asOther })
        {
            Assert.DoesNotContain("Robin Example", page.Html, StringComparison.Ordinal);
        }

        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.SubjectIdentityViewed && e.ReviewId == reviewId)));
    }

    [Fact]
    public async Task ReviewWithoutAReferral_SaysSoAndAuditsNoIdentityView()
    {
        var reviewId = await world.ReviewAsync(Desk, aware: null);

        var page = await (await Factory.SignInAsync(Desk.BusinessUnit)).GetAsync(Url(reviewId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This review was created without a referral in Lantern.", page.Text(), StringComparison.Ordinal);
        Assert.Equal(0, await AuditsAsync(AuditActions.SubjectIdentityViewed, reviewId, Desk.BusinessUnit.Id));
    }
}
