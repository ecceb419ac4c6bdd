using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
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
public sealed class DeadlinesTests(SettingUpWorld world) : IClassFixture<SettingUpWorld>
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

    [Fact]
    public async Task RecordDelay_AgainstThePublicationDeadline_IsShownBesideItWithTheBoardsNotification()
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);
        var form = await browser.GetAsync($"{PlanUrl(reviewId)}/delays/add");
        Assert.Contains("Complete and publish the review (due 20 May 2027)", form.Text(), StringComparison.Ordinal);
        Assert.NotNull(form.Document.QuerySelector($"input[name='Input.DeadlineKey'][value='{DeadlineRules.LcsprReportToPanel}']"));

        var told = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", new DateOnly(2026, 12, 22)), ("Input.Reason", "Waiting for the criminal trial, listed for June; the police asked us not to speak to the officers yet"),
            .. Date("Input.NewExpectedDate", new DateOnly(2027, 9, 30)), ("Input.DeadlineKey", DeadlineRules.LcsprPublication),
            ("Input.BoardTold", "true"), .. Date("Input.BoardToldOn", new DateOnly(2026, 12, 23)),
        ]));
        var notTold = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", new DateOnly(2026, 12, 24)), ("Input.Reason", "Lead reviewer off sick"),
            ("Input.DeadlineKey", DeadlineRules.LcsprPublication), ("Input.BoardTold", "false"),
        ]));
        var none = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", new DateOnly(2026, 12, 24)), ("Input.Reason", "Room booking fell through"),
            ("Input.DeadlineKey", "none"), ("Input.BoardTold", "false"),
        ]));

        Assert.Equal(PlanUrl(reviewId), told.Location);
        Assert.Equal(PlanUrl(reviewId), notTold.Location);
        Assert.Equal(PlanUrl(reviewId), none.Location);
        foreach (var url in new[] { Overview(reviewId), PlanUrl(reviewId) })
        {
            var row = (await browser.GetAsync(url)).DeadlineRow("Complete and publish the review");
            Assert.Contains("Delay: now expected by 30 September 2027. Waiting for the criminal trial", row, StringComparison.Ordinal);
            Assert.Contains("Board told on 23 December 2026", row, StringComparison.Ordinal);
            Assert.Contains("Delay: new date not known. Lead reviewer off sick Board not told yet", row, StringComparison.Ordinal);
            Assert.DoesNotContain("Room booking", row, StringComparison.Ordinal);
        }

        await using var db = Factory.CreateDbContext();
        var keys = await db.Delays.Where(d => d.ReviewId == reviewId).OrderBy(d => d.Reason).Select(d => d.DeadlineKey).ToListAsync();
        Assert.Equal([DeadlineRules.LcsprPublication, null, DeadlineRules.LcsprPublication], keys);
    }

    [Theory]
    [InlineData("england.lcspr.publicaton")]
    [InlineData(DeadlineRules.DhrDecision)]
    public async Task RecordDelay_AgainstADeadlineTheReviewDoesNotHave_IsRefused(string key)
    {
        var reviewId = await PracticeReviewAsync();
        var browser = await Factory.SignInAsync(Desk.BusinessUnit);

        var page = await browser.PostAsync($"{PlanUrl(reviewId)}/delays/add", Form.Of([
            .. Date("Input.RecordedOn", SettingUpWorld.Today), ("Input.Reason", "Waiting for the inquest"), ("Input.DeadlineKey", key), ("Input.BoardTold", "false"),
        ]));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Select a deadline of this review from the list"], page.Errors);
        Assert.Equal(0, await world.CountAsync(db => db.Delays.Where(d => d.ReviewId == reviewId)));
        Assert.Equal(0, await world.CountAsync(db => db.AuditEvents.Where(e => e.ReviewId == reviewId && e.Action == AuditActions.DelayRecorded)));
    }

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
