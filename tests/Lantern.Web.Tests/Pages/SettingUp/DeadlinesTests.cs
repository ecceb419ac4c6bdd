using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.SettingUp.SettingUpForms;

namespace Lantern.Web.Tests.Pages.SettingUp;

/// <summary>
/// Deadlines that can be met and worked out: the planned publication date driving the panel report deadline and
/// the plan's milestones, delays shown beside the deadlines they move, default milestones on working days, and
/// real dates for agreeing the terms of reference. The world's today is Thursday 24 December 2026.
/// </summary>
public sealed partial class DeadlinesTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
{
    // Aware on Monday 2 November 2026; the chair decided on Friday 20 November 2026 to hold a local child
    // safeguarding practice review, which must be completed and published 6 months later, by 20 May 2027.
    private static readonly DateOnly Aware = new(2026, 11, 2);
    private static readonly DateOnly Decided = new(2026, 11, 20);

    private LanternFactory Factory => world.Factory;

    private Desk Desk => world.Main;

    private static string Overview(Guid reviewId) => $"/reviews/{reviewId}/setting-up";

    private static string PlanUrl(Guid reviewId) => $"/reviews/{reviewId}/setting-up/plan";

    private static string PublicationUrl(Guid reviewId) => $"/reviews/{reviewId}/setting-up/plan/publication";

    /// <summary>A review begun as a rapid review and now a local child safeguarding practice review, decided on <see cref="Decided"/>.</summary>
    private async Task<Guid> PracticeReviewAsync(string title = "Child R")
    {
        var reviewId = await world.ReviewAsync(Desk, Aware, title);
        await world.DecisionAsync(Desk, reviewId, Decided);
        await using var db = Factory.CreateDbContext();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        review.ApplyDecision(true, Desk.PracticeReviewTypeId);
        await db.SaveChangesAsync();
        return reviewId;
    }

    private static KeyValuePair<string, string>[] Planned(DateOnly date, string? version = null) =>
        Form.Of([.. Date("Input.PlannedOn", date), .. version is null ? Array.Empty<(string, string)>() : [("Input.Version", version)]]);

    [Fact]
    public async Task PlannedPublication_NotSet_SaysWhatToDoInPlainWords()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var overview = await browser.GetAsync(Overview(reviewId));
        var plan = await browser.GetAsync(PlanUrl(reviewId));

        Assert.Contains("Send the report to the national panel and the Secretary of State (7 working days before the planned publication date): " +
            "not worked out yet, as the plan has no planned publication date. Set the planned publication date on the plan", overview.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("which is not recorded yet", overview.Text(), StringComparison.Ordinal);
        Assert.Equal(PublicationUrl(reviewId), overview.Document.QuerySelector("details a[href$='/plan/publication']")?.GetAttribute("href"));
        Assert.Contains("No publication date is planned yet.", plan.Text(), StringComparison.Ordinal);
        Assert.Contains("20 May 2027", plan.DeadlineRow("Complete and publish the review"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPlannedPublication_EarlyJanuary_WorksOutThePanelDeadlineAcrossChristmasAndMovesTheMilestones()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var saved = await browser.PostAsync(PublicationUrl(reviewId), Planned(new DateOnly(2027, 1, 8)));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(PlanUrl(reviewId), saved.Location);
        var plan = await browser.GetAsync(PlanUrl(reviewId));
        Assert.Equal("Planned publication date set to 8 January 2027", plan.Notice());

        // 7 working days before Friday 8 January 2027: 7, 6, 5 and 4 January, then (1 January is New Year's Day)
        // 31, 30 and 29 December: Tuesday 29 December 2026, after Christmas Day and the Boxing Day substitute.
        var toPanel = plan.DeadlineRow("Send the report to the national panel and the Secretary of State");
        Assert.Contains("29 December 2026", toPanel, StringComparison.Ordinal);
        var publish = plan.DeadlineRow("Complete and publish the review");
        Assert.Contains("20 May 2027 Planned publication: 8 January 2027", publish, StringComparison.Ordinal);
        Assert.DoesNotContain("The plan is later than this deadline", publish, StringComparison.Ordinal);
        Assert.Contains("The report is planned to be published on 8 January 2027.", plan.Text(), StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId).ToListAsync();
        var publication = Assert.Single(milestones, m => m.Role == MilestoneRole.Publication);
        var reportToPanel = Assert.Single(milestones, m => m.Role == MilestoneRole.ReportToPanel);
        Assert.Equal(("Report published", new DateOnly(2027, 1, 8)), (publication.Name, publication.DueOn));
        Assert.Equal(("Final report sent to the national panel", new DateOnly(2026, 12, 29)), (reportToPanel.Name, reportToPanel.DueOn));
        Assert.True(reportToPanel.SortOrder < publication.SortOrder);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.PublicationDatePlanned && e.EntityId == publication.Id));
    }

    [Fact]
    public async Task ChangePlannedPublication_AfterTheDeadline_MovesBothMilestonesAndSaysThePlanIsLate()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await browser.PostAsync(PublicationUrl(reviewId), Planned(new DateOnly(2027, 1, 8)));
        var form = await browser.GetAsync(PublicationUrl(reviewId));
        Assert.Equal("8", form.Value("Input.PlannedOn.Day"));

        var moved = await browser.PostWithTokenAsync(PublicationUrl(reviewId), form.Token, Planned(new DateOnly(2027, 6, 4), form.Value("Input.Version")));
        var stale = await browser.PostWithTokenAsync(PublicationUrl(reviewId), form.Token, Planned(new DateOnly(2027, 3, 5), form.Value("Input.Version")));

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("It is now 4 June 2027", stale.Text(), StringComparison.Ordinal);
        var plan = await browser.GetAsync(PlanUrl(reviewId));

        // 7 working days before Friday 4 June 2027, skipping the spring bank holiday on Monday 31 May: 25 May 2027.
        Assert.Contains("25 May 2027", plan.DeadlineRow("Send the report to the national panel and the Secretary of State"), StringComparison.Ordinal);
        Assert.Contains("The plan is later than this deadline: publication is planned for 4 June 2027, after the deadline of 20 May 2027.",
            plan.DeadlineRow("Complete and publish the review"), StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ReviewId == reviewId).ToListAsync();
        Assert.Equal(2, milestones.Count);
        Assert.Equal(new DateOnly(2027, 6, 4), milestones.Single(m => m.Role == MilestoneRole.Publication).DueOn);
        Assert.Equal(new DateOnly(2027, 5, 25), milestones.Single(m => m.Role == MilestoneRole.ReportToPanel).DueOn);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.PublicationDatePlanned));
    }

    [Fact]
    public async Task ChangeThePublicationMilestone_MovesTheReportToPanelMilestoneWithIt()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        await browser.PostAsync(PublicationUrl(reviewId), Planned(new DateOnly(2027, 1, 8)));
        Guid publicationId;
        await using (var db = Factory.CreateDbContext())
        {
            publicationId = await db.Milestones.Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.Publication).Select(m => m.Id).SingleAsync();
        }

        var url = $"{PlanUrl(reviewId)}/milestones/{publicationId}";
        var form = await browser.GetAsync(url);
        var changed = await browser.PostWithTokenAsync(url, form.Token,
            Form.Of([("Input.Name", "Report published"), ("Input.IsComplete", "false"), ("Input.Version", form.Value("Input.Version")!), .. Date("Input.DueOn", new DateOnly(2027, 2, 12))]));

        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        await using var check = Factory.CreateDbContext();

        // 7 working days before Friday 12 February 2027 is Wednesday 3 February 2027.
        Assert.Equal(new DateOnly(2027, 2, 3), await check.Milestones.Where(m => m.ReviewId == reviewId && m.Role == MilestoneRole.ReportToPanel).Select(m => m.DueOn).SingleAsync());
    }

    [Fact]
    public async Task SetPlannedPublication_BadInput_ShowsTheErrorAndChangesNothing()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var early = await browser.PostAsync(PublicationUrl(reviewId), Planned(new DateOnly(2026, 10, 30)));
        var missing = await browser.PostAsync(PublicationUrl(reviewId), Form.Of([("Input.PlannedOn.Day", "31"), ("Input.PlannedOn.Month", "2"), ("Input.PlannedOn.Year", "2027")]));
        var empty = await browser.PostAsync(PublicationUrl(reviewId), []);

        Assert.Equal(["The planned publication date must be on or after 2 November 2026, the start of the review"], early.Errors);
        Assert.Single(missing.Errors);
        Assert.Single(empty.Errors);
        Assert.Equal(0, await world.CountAsync(db => db.Milestones.Where(m => m.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.ReviewId == reviewId && e.Action == AuditActions.PublicationDatePlanned)));
    }

    [Fact]
    public async Task CompletedPublicationAndReportToPanelMilestones_MeetTheirDeadlines()
    {
        var reviewId = await PracticeReviewAsync();
        await using (var db = Factory.CreateDbContext())
        {
            db.Milestones.Add(new Milestone { Id = Guid.NewGuid(), ReviewId = reviewId, Name = "Final report to the panel (sent by email)", DueOn = new DateOnly(2026, 12, 14), CompletedOn = new DateOnly(2026, 12, 11), SortOrder = 10, Role = MilestoneRole.ReportToPanel });
            db.Milestones.Add(new Milestone { Id = Guid.NewGuid(), ReviewId = reviewId, Name = "Publish on the website", DueOn = new DateOnly(2026, 12, 23), CompletedOn = new DateOnly(2026, 12, 23), SortOrder = 20, Role = MilestoneRole.Publication });
            await db.SaveChangesAsync();
        }

        var page = await (await Factory.SignInAsync(Desk.BusinessUnit)).GetAsync(Overview(reviewId));

        Assert.Contains("Met 23 Dec", page.DeadlineRow("Complete and publish the review"), StringComparison.Ordinal);
        Assert.Contains("Met 11 Dec", page.DeadlineRow("Send the report to the national panel and the Secretary of State"), StringComparison.Ordinal);
    }
}
