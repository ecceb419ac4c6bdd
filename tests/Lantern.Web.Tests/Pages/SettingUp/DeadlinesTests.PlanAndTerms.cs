using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.SettingUp.SettingUpForms;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>The usual plan's milestones on working days, and the real date the terms of reference were agreed.</summary>
public sealed partial class DeadlinesTests
{
    [Fact]
    public async Task CreateUsualPlan_MonthsLandingOnWeekendsAndBankHolidays_MovesToTheNextWorkingDay()
    {
        var reviewId = await world.ReviewAsync(Desk, Aware);
        await world.DecisionAsync(Desk, reviewId, new DateOnly(2026, 11, 30));
        await using (var seed = Factory.CreateDbContext())
        {
            (await seed.Reviews.SingleAsync(r => r.Id == reviewId)).ApplyDecision(true, Desk.PracticeReviewTypeId);
            await seed.SaveChangesAsync();
        }

        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var page = await browser.GetAsync(PlanUrl(reviewId));
        var created = await browser.PostWithTokenAsync(PlanUrl(reviewId), page.Token, []);

        Assert.Equal(PlanUrl(reviewId), created.Location);
        await using var db = Factory.CreateDbContext();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId).OrderBy(m => m.SortOrder).ToListAsync();
        var calendar = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales);
        Assert.All(milestones, m => Assert.True(calendar.IsWorkingDay(m.DueOn), $"{m.Name} is due on {m.DueOn:dddd d MMMM yyyy}"));

        // 30 January 2027 is a Saturday; 30 May 2027 a Sunday, and Monday 31 May the spring bank holiday.
        Assert.Equal(new DateOnly(2027, 2, 1), milestones.Single(m => m.Name == "Information and chronologies gathered").DueOn);
        var publication = milestones.Single(m => m.Role == MilestoneRole.Publication);
        Assert.Equal(("Report published", new DateOnly(2027, 6, 1)), (publication.Name, publication.DueOn));
        Assert.Equal(new DateOnly(2027, 5, 20), milestones.Single(m => m.Role == MilestoneRole.ReportToPanel).DueOn);
        Assert.Contains("1 June 2027", (await browser.GetAsync(PlanUrl(reviewId))).DeadlineRow("Complete and publish the review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreeTerms_OnTheRealDate_KeepsThatDate()
    {
        var reviewId = await PracticeReviewAsync();
        await Factory.TermsAsync(reviewId, Desk.AgencyId, Desk.BusinessUnit.Id);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var url = $"/reviews/{reviewId}/setting-up/terms";
        var page = await browser.GetAsync(url);
        Assert.Equal("24", page.Value("Input.AgreedOn.Day"));

        var agreed = await browser.PostWithTokenAsync(url, page.Token, Form.Of([("versionNumber", "1"), .. Date("Input.AgreedOn", new DateOnly(2026, 12, 3))]));

        Assert.Equal(HttpStatusCode.Redirect, agreed.Status);
        Assert.Contains("Agreed 3 December 2026", (await browser.GetAsync(url)).Text(), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var terms = await db.TermsOfReference.AsNoTracking().SingleAsync(t => t.ReviewId == reviewId);
        Assert.Equal((TermsStatus.Agreed, new DateOnly(2026, 12, 3)), (terms.Status, terms.AgreedOn!.Value));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.TermsAgreed));
    }

    [Theory]
    [InlineData("2026-10-30", "The date the terms were agreed must be on or after 2 November 2026, when the partnership became aware")]
    [InlineData("2026-12-25", "The date the terms were agreed must be today or in the past")]
    [InlineData("", "Enter date the terms were agreed")]
    public async Task AgreeTerms_BadDate_IsRefusedAndTheTermsStayDraft(string date, string error)
    {
        var reviewId = await PracticeReviewAsync();
        await Factory.TermsAsync(reviewId, Desk.AgencyId, Desk.BusinessUnit.Id);
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var url = $"/reviews/{reviewId}/setting-up/terms";
        var page = await browser.GetAsync(url);
        (string, string)[] fields = date.Length == 0 ? [] : Date("Input.AgreedOn", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        var refused = await browser.PostWithTokenAsync(url, page.Token, Form.Of([("versionNumber", "1"), .. fields]));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal([error], refused.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(TermsStatus.Draft, (await db.TermsOfReference.AsNoTracking().SingleAsync(t => t.ReviewId == reviewId)).Status);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.TermsAgreed));
    }
}
