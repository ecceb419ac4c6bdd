using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Deadlines;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.SettingUp.SettingUpForms;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed partial class PlanTests(World world) : IClassFixture<World>
{
    private const string LocalReview = "Local child safeguarding practice review";

    private LanternFactory Factory => world.Factory;

    private static string PlanUrl(Guid reviewId) => $"/reviews/{reviewId}/setting-up/plan";

    private Task<Guid> NewReviewAsync(string title = "Child R") => Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);

    private static string StatusOf(PageResult page, string milestone) =>
        page.Document.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("td")!.TextContent.Trim() == milestone)
            .QuerySelector(".govuk-tag")!.TextContent.Trim();

    [Fact]
    public async Task CreateUsualPlan_NoMilestonesAndNoDecision_AddsTheStepsForTheTypeCountedFromToday()
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var page = await browser.GetAsync(PlanUrl(reviewId));

        var created = await browser.PostWithTokenAsync(PlanUrl(reviewId), page.Token, []);
        var again = await browser.PostWithTokenAsync(PlanUrl(reviewId), page.Token, []);

        Assert.Contains("Create the usual plan", page.Html, StringComparison.Ordinal);
        Assert.Equal(PlanUrl(reviewId), created.Location);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(["This review already has a plan. Add or change its milestones instead"], again.Errors);
        await using var db = Factory.CreateDbContext();
        var milestones = await db.Milestones.Where(m => m.ReviewId == reviewId).OrderBy(m => m.SortOrder).ToListAsync();
        var expected = Milestone.DefaultPlan(LocalReview).Select(s => s.Name).ToList();
        expected.Insert(expected.IndexOf(Milestone.PublicationName), Milestone.ReportToPanelName);
        Assert.Equal(expected, milestones.Select(m => m.Name));
        Assert.Equal(WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales).OnOrNextWorkingDay(Factory.Today().AddMonths(1)), milestones[0].DueOn);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.MilestoneChanged));
    }

    [Fact]
    public async Task CreateUsualPlan_AfterADecisionToReview_CountsFromTheDecision()
    {
        var reviewId = await NewReviewAsync();
        var decided = Factory.Today().AddDays(-12);
        await using (var seed = Factory.CreateDbContext())
        {
            seed.Decisions.Add(new Decision
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                VersionNumber = 1,
                ToReview = true,
                ReviewTypeId = world.ReviewTypeId,
                Scale = ReviewScale.Focused,
                Method = ReviewMethod.LearningTogether,
                MethodJustification = "Suits the questions.",
                CriteriaAssessment = "Serious harm and concerns about joint working.",
                Rationale = "There is learning for the partnership.",
                DecidedOn = decided,
                RecordedByUserId = world.Chair.Id,
                RecordedAt = DateTime.UtcNow,
            });
            await seed.SaveChangesAsync();
        }

        var browser = await Factory.SignInAsync(world.BusinessUnit);
        await browser.PostAsync(PlanUrl(reviewId), []);

        await using var db = Factory.CreateDbContext();
        var last = await db.Milestones.Where(m => m.ReviewId == reviewId).OrderBy(m => m.SortOrder).LastAsync();
        Assert.Equal(("Report published", WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales).OnOrNextWorkingDay(decided.AddMonths(6))), (last.Name, last.DueOn));
        Assert.Equal(MilestoneRole.Publication, last.Role);
    }

    [Fact]
    public async Task AddThenChangeMilestone_SavesEachChangeAndAuditsIt()
    {
        var reviewId = await NewReviewAsync();
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var due = Factory.Today().AddDays(30);

        var added = await browser.PostAsync($"{PlanUrl(reviewId)}/milestones/add",
            Form.Of([("Input.Name", "Practitioners' learning event"), ("Input.OwnerUserId", lead.Id.ToString()), .. Date("Input.DueOn", due)]));
        await using var db = Factory.CreateDbContext();
        var milestone = await db.Milestones.AsNoTracking().SingleAsync(m => m.ReviewId == reviewId);
        var form = await browser.GetAsync($"{PlanUrl(reviewId)}/milestones/{milestone.Id}");
        var changed = await browser.PostWithTokenAsync($"{PlanUrl(reviewId)}/milestones/{milestone.Id}", form.Token,
            Form.Of([
                ("Input.Name", "Practitioners' learning event held"), ("Input.OwnerUserId", world.Chair.Id.ToString()), ("Input.IsComplete", "true"),
                ("Input.Version", form.Value("Input.Version")!), .. Date("Input.DueOn", due), .. Date("Input.CompletedOn", Factory.Today()),
            ]));

        Assert.Equal(PlanUrl(reviewId), added.Location);
        Assert.Equal((lead.Id, due), (milestone.OwnerUserId!.Value, milestone.DueOn));
        Assert.Equal(PlanUrl(reviewId), changed.Location);
        var saved = await db.Milestones.AsNoTracking().SingleAsync(m => m.Id == milestone.Id);
        Assert.Equal(("Practitioners' learning event held", world.Chair.Id, Factory.Today()), (saved.Name, saved.OwnerUserId!.Value, saved.CompletedOn!.Value));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.EntityId == milestone.Id && e.Action == AuditActions.MilestoneChanged));
        var plan = await browser.GetAsync(PlanUrl(reviewId));
        Assert.Equal("Done", StatusOf(plan, "Practitioners' learning event held"));
        Assert.Contains("Cal Chair", plan.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddMilestone_BadInput_ShowsEachErrorAndSavesNothing()
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"{PlanUrl(reviewId)}/milestones/add";

        var empty = await browser.PostAsync(url, []);
        var early = await browser.PostAsync(url, Form.Of([("Input.Name", "Scoping"), .. Date("Input.DueOn", Factory.Today().AddDays(-3))]));
        var outsider = await browser.PostAsync(url, Form.Of([("Input.Name", "Scoping"), ("Input.OwnerUserId", world.Partner.Id.ToString()), .. Date("Input.DueOn", Factory.Today())]));
        var otherPartnership = await browser.PostAsync(url, Form.Of([("Input.Name", "Scoping"), ("Input.OwnerUserId", world.OtherBusinessUnit.Id.ToString()), .. Date("Input.DueOn", Factory.Today())]));

        Assert.Equal(["Enter the name of the milestone", "Enter due date"], empty.Errors);
        Assert.Single(early.Errors, e => e.StartsWith("The due date must be on or after", StringComparison.Ordinal) && e.EndsWith("the start of the review", StringComparison.Ordinal));
        Assert.Equal(["Select an owner from the list"], outsider.Errors);
        Assert.Equal(["Select an owner from the list"], otherPartnership.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.Milestones.AnyAsync(m => m.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.MilestoneChanged));
    }

    [Fact]
    public async Task ChangeMilestone_CompletedWithoutADateOrInTheFuture_IsRefused()
    {
        var reviewId = await NewReviewAsync();
        var milestoneId = await Factory.MilestoneAsync(reviewId, "Chronologies gathered", Factory.Today().AddDays(10));
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var url = $"{PlanUrl(reviewId)}/milestones/{milestoneId}";
        var form = await browser.GetAsync(url);
        KeyValuePair<string, string>[] Change(params (string, string)[] completed) =>
            Form.Of([("Input.Name", "Chronologies gathered"), ("Input.IsComplete", "true"), ("Input.Version", form.Value("Input.Version")!), .. Date("Input.DueOn", Factory.Today().AddDays(10)), .. completed]);

        var noDate = await browser.PostWithTokenAsync(url, form.Token, Change());
        var future = await browser.PostWithTokenAsync(url, form.Token, Change(Date("Input.CompletedOn", Factory.Today().AddDays(1))));
        var noAnswer = await browser.PostWithTokenAsync(url, form.Token, Form.Of([("Input.Name", "Chronologies gathered"), ("Input.Version", form.Value("Input.Version")!), .. Date("Input.DueOn", Factory.Today())]));

        Assert.Equal(["Enter date it was completed"], noDate.Errors);
        Assert.Equal(["The date it was completed must be today or in the past"], future.Errors);
        Assert.Equal(["Select whether the milestone is complete"], noAnswer.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.Milestones.SingleAsync(m => m.Id == milestoneId)).CompletedOn);
    }

    [Fact]
    public async Task ChangeMilestone_SomeoneElseChangedItFirst_Is409AndShowsTheirs()
    {
        var reviewId = await NewReviewAsync();
        var due = Factory.Today().AddDays(10);
        var milestoneId = await Factory.MilestoneAsync(reviewId, "Case group meeting", due);
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);
        var url = $"{PlanUrl(reviewId)}/milestones/{milestoneId}";
        var mine = await me.GetAsync(url);
        await chair.PostAsync(url, Form.Of([("Input.Name", "Second case group meeting"), ("Input.IsComplete", "false"), ("Input.Version", mine.Value("Input.Version")!), .. Date("Input.DueOn", due)]));

        var conflict = await me.PostWithTokenAsync(url, mine.Token,
            Form.Of([("Input.Name", "First case group meeting"), ("Input.IsComplete", "false"), ("Input.Version", mine.Value("Input.Version")!), .. Date("Input.DueOn", due)]));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Single(conflict.Errors, e => e.StartsWith("Someone else changed this milestone", StringComparison.Ordinal));
        Assert.Equal("Second case group meeting", conflict.Value("Input.Name"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal("Second case group meeting", (await db.Milestones.SingleAsync(m => m.Id == milestoneId)).Name);
    }

    [Fact]
    public async Task ChangeMilestone_OfAnotherReview_IsNotFound()
    {
        var reviewId = await NewReviewAsync();
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await browser.GetAsync($"{PlanUrl(reviewId)}/milestones/{world.MilestoneId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task Status_PastAndWithinFiveWorkingDaysAcrossABankHoliday_IsOverdueAndDueSoon()
    {
        // A one-off bank holiday the partnership adds on the next working day: without it, the milestone due on
        // the sixth working day would be on track; with it, that day is the fifth and the milestone is due soon.
        var today = Factory.Today();
        var standard = WorkingCalendar.Standard(HolidayCalendar.EnglandAndWales);
        var holiday = standard.AddWorkingDays(today, 1);
        await using (var seed = Factory.CreateDbContext())
        {
            seed.HolidayChanges.Add(new HolidayChange
            {
                Id = Guid.NewGuid(),
                PartnershipId = world.PartnershipId,
                Date = holiday,
                Calendar = HolidayCalendar.EnglandAndWales,
                Kind = AdjustmentKind.Add,
                Reason = "A day of celebration",
                RecordedByUserId = world.Administrator.Id,
                RecordedAt = DateTime.UtcNow,
            });
            await seed.SaveChangesAsync();
        }

        var fifthWorkingDay = new WorkingCalendar(HolidayCalendar.EnglandAndWales, [.. HolidayAdjustment.Published, new(holiday, HolidayCalendar.EnglandAndWales, AdjustmentKind.Add, "A day of celebration")])
            .AddWorkingDays(today, 5);
        Assert.True(fifthWorkingDay > standard.AddWorkingDays(today, 5), "The holiday should move the fifth working day.");
        var reviewId = await NewReviewAsync();
        await Factory.MilestoneAsync(reviewId, "Yesterday's step", today.AddDays(-1));
        await Factory.MilestoneAsync(reviewId, "Today's step", today);
        await Factory.MilestoneAsync(reviewId, "Step across the holiday", fifthWorkingDay);
        await Factory.MilestoneAsync(reviewId, "Later step", fifthWorkingDay.AddDays(1));
        await Factory.MilestoneAsync(reviewId, "Finished step", today.AddDays(-3), completed: today.AddDays(-4));
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var plan = await browser.GetAsync(PlanUrl(reviewId));

        Assert.Equal("Overdue", StatusOf(plan, "Yesterday's step"));
        Assert.Equal("Due soon", StatusOf(plan, "Today's step"));
        Assert.Equal("Due soon", StatusOf(plan, "Step across the holiday"));
        Assert.Equal("On track", StatusOf(plan, "Later step"));
        Assert.Equal("Done", StatusOf(plan, "Finished step"));
    }
}
