using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core;
using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Reminders;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Hosting.Scenarios;
using Lantern.Web.Infrastructure.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// After the review, end to end (issue 18): the chair has agreed the report and the review team two findings, one with
/// an issue for the Board; a prosecution holds publication. The business unit goes from the report to the Board's
/// response, records the meeting it was presented at and answers each finding; plans publication, where the hold and
/// the national panel's deadline are shown, and records sending the final report; raises two actions from the first
/// finding, one for the agency contact. The agency contact sees only their agency's action, adds evidence, completes
/// it and records a reading. Lantern's clock then moves on to three days before the first follow-up check and the
/// reminder run queues and sends it: it is in the agency contact's tasks (and leaves them once answered) and in the
/// mail pickup folder, naming no child and carrying no review content. The business unit's self-assessment shows
/// evidence drawn from the review's own records, and the partnership grid shows the answer in words. Every page is
/// scanned with axe.
/// </summary>
public sealed class AfterReviewJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    private const string Title = "Child AR";
    private const string FirstFinding = "Seeing a baby at the door is counted as seeing the baby, so concerns about care go unnoticed";
    private const string SecondFinding = "Police and health keep separate notes of one strategy discussion, and neither sees the other's";
    private const string ContactsAction = "Health visitors invited to every strategy discussion about a baby";
    private const string PoliceAction = "Police send health their notes of every strategy discussion within a day";
    private const string Measure = "Strategy discussions about babies with the health visitor taking part";

    [Fact]
    public async Task AfterReview_EachFindingAnswered_PublicationPlanned_ActionCompleted_CheckFallsDue_SelfAssessed()
    {
        var lead = world.World.OnReview[ReviewRole.LeadReviewer];
        var caseGroup = world.World.OnReview[ReviewRole.CaseGroupMember];
        var team = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var contact = world.World.OnReview[ReviewRole.AgencyContact];
        var reviewId = await world.ReviewWithAsync(Title, (lead, ReviewRole.LeadReviewer), (team, ReviewRole.ReviewTeamMember), (caseGroup, ReviewRole.CaseGroupMember),
            (contact, ReviewRole.AgencyContact));
        var worker = await world.Factory.RegisterPersonAsync(reviewId, "Odile Marchbank", "Health visitor 1", PersonCategory.Professional, relationship: null, aliases: [], agencyId: world.World.AgencyId, role: "Health visitor");
        var analysis = await world.Factory.AnalysisAsync(reviewId, world.World.AgencyId, world.World.BusinessUnit.Id, worker, caseGroup.Id, [lead.Id, team.Id]);
        await world.Factory.FindingAsync(reviewId, world.World.BusinessUnit.Id, new FindingText(SecondFinding, "The police notes of the discussion never reached the health visitor.",
            "Each agency keeps its own record of a strategy discussion in its own system.", "What one agency heard is lost to the others.",
            "One discussion leaves two records that never meet.")
        { EpisodeIds = [analysis.EpisodeId] });
        await using (var db = world.Factory.CreateDbContext())
        {
            await db.Findings.Where(f => f.ReviewId == reviewId).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, EpisodeStatus.AgreedByReviewTeam));
        }

        await world.Factory.ReportAsync(reviewId, lead.Id, status: ReportStatus.AgreedByChair);
        var today = UkTime.Today(world.Factory.Clock);
        await world.Factory.PublicationHoldAsync(reviewId, world.World.BusinessUnit.Id, today.AddDays(-30));

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);

        // Act 1: from the report to the Board's response; the meeting the report was presented at.
        await unit.GotoAsync($"/reviews/{reviewId}/report", "report");
        await unit.ClickAsync(unit.Link("The Board's response to the report"), "board-response-empty");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("0 of 2 answered");
        await unit.ClickAsync(unit.Link("Record the Board meeting"), "presentation-form");
        await unit.FillDateAsync("Date of the meeting", today);
        await unit.Page.GetByLabel("An extraordinary meeting, called to receive the report").CheckAsync();
        await unit.Field("Who attended, by role").FillAsync("Independent chair\nPolice representative\nDesignated nurse\nDirector of children's services");
        await unit.ClickAsync(unit.Button("Save the meeting"), "presentation-saved");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Board meeting recorded");

        // Act 2: the Board's answer to each finding: the first with its issue for the Board, the second accepted in part.
        await unit.ClickAsync(FindingLink(unit, 1), "finding-1-form");
        await unit.Page.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
        await unit.Field("What the Board will do").FillAsync("Ask every agency to agree one meaning of seeing a child by the spring.");
        await unit.Field("How the Board will know whether it has worked").FillAsync("An audit of 20 home visit records in six months, reported to the Board.");
        await unit.Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await unit.Field("Issue 1: How does the Board know what agencies count as seeing a child?").FillAsync("Through a six-monthly audit of home visit records.");
        await unit.ClickAsync(unit.Button("Save the Board's answer"), "finding-1-answered");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The Board's answer to finding 1 saved");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("1 of 2 answered");

        await unit.ClickAsync(FindingLink(unit, 2), "finding-2-form");
        await Expect(unit.Page.GetByRole(AriaRole.Heading, new() { Name = "Issues for the Board" })).ToHaveCountAsync(0);
        await unit.Page.GetByLabel("Accepted in part", new() { Exact = true }).CheckAsync();
        await unit.Field("The Board's reasons").FillAsync("Shared notes are agreed; one shared system is beyond what the Board can ask of agencies this year.");
        await unit.Field("What the Board will do").FillAsync("Ask police and health to exchange their notes of each strategy discussion.");
        await unit.Field("How the Board will know whether it has worked").FillAsync("A dip sample of ten discussions each quarter.");
        await unit.Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await unit.ClickAsync(unit.Button("Save the Board's answer"), "finding-2-answered");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("2 of 2 answered");
        await Expect(unit.Page.Locator("tbody .govuk-tag")).ToHaveTextAsync(["Accepted", "Accepted in part"]);

        // Act 3: publication. A target date is planned, then the plan shows the hold and the national panel's deadline.
        await unit.ClickAsync(unit.Link("plan the publication"), "publication-undated");
        await Expect(unit.Heading).ToHaveTextAsync("Publication");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("Nothing published until the trial ends");
        await unit.ClickAsync(unit.Link("Change the planned publication date"), "publication-date-form");
        var planned = today.AddDays(120);
        await unit.FillDateAsync("Planned publication date", planned);
        await unit.ClickAsync(unit.Button("Save the date"), "publication-date-saved");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync($"Planned publication date set to {planned.LongDate()}");
        await unit.GotoAsync($"/reviews/{reviewId}/publication", "publication-plan");
        await Expect(unit.Page.Locator(".govuk-warning-text").First).ToContainTextAsync("Testshire Police (prosecution) is holding publication");
        await Expect(unit.Page.Locator("main table").First).ToContainTextAsync("Holding publication");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync(new Regex(@"the national panel, the Secretary of State and Ofsted must have the final report by \d{1,2} [A-Z][a-z]+ \d{4}"));
        await unit.ClickAsync(unit.Page.GetByRole(AriaRole.Link, new() { NameString = "Record when the report was sent to the national bodies" }), "national-bodies-form");
        var sent = today.AddDays(-1);
        await unit.FillDateAsync("Sent to the Child Safeguarding Practice Review Panel", sent);
        await unit.FillDateAsync("Sent to the Secretary of State for Education (optional)", sent);
        await unit.FillDateAsync("Sent to Ofsted (optional)", sent);
        await unit.ClickAsync(unit.Button("Save the dates"), "national-bodies-saved");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Dates the final report was sent recorded");

        // Act 4: two actions from the first finding, raised from the Board's response; the first is the agency contact's.
        await unit.GotoAsync($"/reviews/{reviewId}/board-response", "board-response-answered");
        await unit.ClickAsync(unit.Link("Raise an action from finding 1"), "raise-first-form");
        await Expect(unit.Field("What does the action answer?")).ToHaveValueAsync($"Finding:{analysis.FindingId}");
        await unit.Field("What will be done").FillAsync(ContactsAction);
        await unit.Field("Agency that owns the action").SelectOptionAsync(world.World.AgencyId.ToString());
        await unit.Field("Named owner").FillAsync("Dana Whitlow, named nurse for safeguarding");
        await unit.Field("Owner's Lantern account (optional)").SelectOptionAsync(contact.Id.ToString());
        await unit.FillDateAsync("Due by", today.AddDays(60));
        await unit.ClickAsync(unit.Button("Raise the action"), "first-raised");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The action is raised");
        var actionId = Guid.Parse(unit.Path.Split('/')[^1]);
        await unit.AddPercentageMeasureAsync(Measure, "Quarterly audit of strategy discussion records", 45, 90);

        await unit.GotoAsync($"/reviews/{reviewId}/board-response", "board-response-one-action");
        await unit.ClickAsync(unit.Link("Raise an action from finding 1"), "raise-second-form");
        await unit.Field("What will be done").FillAsync(PoliceAction);
        await unit.Field("Agency that owns the action").SelectOptionAsync(world.World.SecondAgencyId.ToString());
        await unit.Field("Named owner").FillAsync("Sam Orrell, detective inspector");
        await unit.FillDateAsync("Due by", today.AddDays(30));
        await unit.ClickAsync(unit.Button("Raise the action"), "second-raised");
        await unit.GotoAsync($"/reviews/{reviewId}/actions", "actions");
        await Expect(unit.Page.Locator("tbody tr")).ToHaveCountAsync(2);

        // Act 5: the agency contact sees only their agency's action, adds evidence, completes it and records a reading.
        var agency = await journey.OpenAsync("agency-contact");
        await agency.SignInAsync(world.Factory, contact);
        await agency.GotoAsync($"/reviews/{reviewId}/actions", "contact-actions");
        await Expect(agency.Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await agency.ClickAsync(agency.Link(ContactsAction), "contact-action");
        await agency.AddEvidenceAsync("strategy-discussion-procedure.txt",
            "Strategy discussion procedure, version 4 (fictional). The health visitor is invited to every discussion about a baby.\n",
            "The revised procedure, naming the health visitor as an invitee");
        await agency.CompleteActionAsync(today, "The procedure was revised and every health visiting team briefed.");
        await Expect(agency.Page.Locator("main")).ToContainTextAsync("3 months after completion");
        await agency.ClickAsync(agency.Link(Measure), "measure");
        await agency.FillDateAsync("Date the figure was taken", today);
        await agency.Field("Value").FillAsync("62%");
        await agency.ClickAsync(agency.Button("Record the reading"), "reading-recorded");
        await Expect(agency.Page.Locator("table")).ToContainTextAsync("62%");

        // Act 6: the reminder run today finds the first check not yet due; three months on, three days before it, it does.
        Guid checkId;
        DateOnly checkDue;
        await using (var db = world.Factory.CreateDbContext())
        {
            var check = await db.FollowUpChecks.AsNoTracking().SingleAsync(c => c.ActionId == actionId && c.MonthsAfterCompletion == 3);
            (checkId, checkDue) = (check.Id, check.DueOn);
        }

        Assert.Equal(today.AddMonths(3), checkDue);
        await RunRemindersAsync();
        Assert.Null(await ReminderForAsync(checkId));

        var later = new DateTimeOffset(checkDue.AddDays(-3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        world.Factory.Clock.Advance(later - world.Factory.Clock.GetUtcNow());
        var run = await RunRemindersAsync();
        Assert.Equal(0, run.Failed);
        var reminder = await ReminderForAsync(checkId);
        Assert.NotNull(reminder);
        Assert.Equal((ReminderKind.FollowUpDue, contact.Id, checkDue), (reminder.Kind, reminder.UserId, reminder.DueOn));
        Assert.NotNull(reminder.SentAt);

        // The message in the pickup folder says only what kind of thing is due, when, and where.
        var checkLink = $"/reviews/{reviewId}/actions/{actionId}/checks/{checkId}";
        var message = Assert.Single(Directory.GetFiles(world.Factory.MailFolder, "*.eml").Select(File.ReadAllText), m => m.Contains(checkLink, StringComparison.Ordinal));
        Assert.Contains(contact.Email, message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Subject: Lantern: something needs your attention", message, StringComparison.Ordinal);
        Assert.Contains($"A follow-up check on a completed improvement action is due on {checkDue.LongDate()}.", message, StringComparison.Ordinal);
        Assert.Contains($"{world.BaseAddress.ToString().TrimEnd('/')}{checkLink}", message, StringComparison.Ordinal);
        foreach (var content in new[] { Title, "Odile", "Marchbank", "Health visitor 1", FirstFinding, SecondFinding, ContactsAction, PoliceAction, Measure, "Dana Whitlow", "strategy discussion" })
        {
            Assert.DoesNotContain(content, message, StringComparison.OrdinalIgnoreCase);
        }

        // Act 7: the agency contact signs in again (their session ran out while the months passed): the check is in their tasks.
        await agency.SignInAsync(world.Factory, contact);
        await agency.GotoAsync("/dashboard", "contact-dashboard-check-due");
        await Expect(agency.Page.Locator("#tasks + p")).ToHaveTextAsync("No tasks are assigned to you, but the reminders below need your attention.");
        await Expect(agency.Page.Locator("#reminders + ul > li")).ToHaveTextAsync([$"A follow-up check on a completed action is due: due {checkDue.LongDate()}"]);
        var dueLink = agency.Link("A follow-up check on a completed action is due");
        await Expect(dueLink).ToHaveAttributeAsync("href", checkLink);
        await agency.ClickAsync(dueLink, "check-form");
        await Expect(agency.Heading).ToHaveTextAsync("Follow-up check, 3 months on");
        await agency.FillDateAsync("Date of the check", UkTime.Today(world.Factory.Clock));
        await agency.Page.GetByLabel("Yes, the change has lasted", new() { Exact = true }).CheckAsync();
        await agency.Field("Effects nobody intended").FillAsync("None found: discussions take a little longer to arrange.");
        await agency.Page.GetByRole(AriaRole.Group, new() { Name = "Does the problem the finding described still happen?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await agency.ClickAsync(agency.Button("Save the check"), "check-saved");
        await Expect(agency.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The follow-up check is recorded");
        await agency.GotoAsync("/dashboard", "contact-dashboard-check-done");
        await Expect(agency.Page.Locator("#tasks + p")).ToHaveTextAsync("Nothing needs your attention: no tasks are assigned to you and you have no reminders.");
        await Expect(agency.Page.Locator("#reminders")).ToHaveCountAsync(0);

        // Act 8: the self-assessment shows what the review's own records say, and the business unit answers marker 16.
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);
        await unit.GotoAsync($"/reviews/{reviewId}", "review");
        await unit.ClickAsync(unit.Link("Quality"), "quality-markers");
        await Expect(unit.Heading).ToHaveTextAsync("Quality markers");
        await unit.ClickAsync(unit.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^QM15:") }), "marker-15");
        await Expect(Evidence(unit)).ToContainTextAsync($"Presented to an extraordinary Board meeting on {today.LongDate()}");
        await unit.GotoAsync($"/reviews/{reviewId}/quality/17", "marker-17");
        await Expect(Evidence(unit)).ToContainTextAsync($"Not published; the target is {planned.LongDate()}");
        await Expect(Evidence(unit)).ToContainTextAsync($"Final report sent to the national panel on {sent.LongDate()}");
        await unit.GotoAsync($"/reviews/{reviewId}/quality/18", "marker-18");
        await Expect(Evidence(unit)).ToContainTextAsync("2 improvement actions: 1 completed, 1 overdue");
        await Expect(Evidence(unit)).ToContainTextAsync("1 outcome measure of children's experience; 1 of 3 follow-up checks done");
        await unit.GotoAsync($"/reviews/{reviewId}/quality/16", "marker-16");
        await Expect(Evidence(unit)).ToContainTextAsync("The Board answered 2 of 2 agreed findings");
        await unit.Page.GetByLabel("Met", new() { Exact = true }).CheckAsync();
        await unit.Field("Comment").FillAsync("Both findings answered in writing within the meeting cycle, with how the Board will know it worked.");
        await unit.ClickAsync(unit.Button("Save the answer"), "marker-16-saved");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Answer to QM16 saved");

        // Assert: the partnership grid has the review's column, with the answer in words.
        await unit.GotoAsync("/quality", "quality-grid");
        await Expect(unit.Heading).ToHaveTextAsync("Quality markers across reviews");
        var columns = (await unit.Page.Locator(".app-matrix thead th").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        var column = columns.IndexOf(Title);
        Assert.True(column > 0, $"The grid has no column for {Title}: {string.Join(", ", columns)}");
        var row = unit.Page.Locator(".app-matrix tbody tr").Filter(new() { Has = unit.Page.Locator("th", new() { HasTextString = "QM16:" }) });
        await Expect(row.Locator("td").Nth(column - 1)).ToHaveTextAsync("Met");
    }

    private static ILocator FindingLink(LanternPage page, int number) =>
        page.Page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Finding {number}:") });

    private static ILocator Evidence(LanternPage page) =>
        page.Page.Locator("h2:has-text(\"What the review's records show\") + ul");

    /// <summary>One run of the reminders, as the background worker does it every few minutes.</summary>
    private async Task<ReminderRun> RunRemindersAsync()
    {
        await using var scope = world.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderService>().RunOnceAsync("after-review-journey");
    }

    private async Task<Reminder?> ReminderForAsync(Guid subjectId)
    {
        await using var db = world.Factory.CreateDbContext();
        return await db.Reminders.AsNoTracking().SingleOrDefaultAsync(r => r.SubjectId == subjectId);
    }
}
