using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Analysis;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// From a finding to change: the business unit raises two actions from a finding on the Board's response page (a due
/// date before the raised date is refused first) and gives one an outcome measure; the agency contact sees only their
/// own agency's action, adds evidence, completes it (three follow-up checks appear), records a reading after one that is
/// refused, answers the first check; the measure page shows the chart and the same figures as a table; the chair's
/// action tracker lists both actions and filters them. Every page is scanned with axe.
/// </summary>
public sealed class ActionsJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task Actions_RaisedFromAFinding_CompletedWithEvidenceAndAReading_ShownOnTheTracker()
    {
        var contact = world.World.OnReview[ReviewRole.AgencyContact];
        var reviewId = await world.ReviewWithAsync("Child AJ", (contact, ReviewRole.AgencyContact),
            (world.World.OnReview[ReviewRole.CaseGroupMember], ReviewRole.CaseGroupMember), (world.World.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer));
        var analysis = await world.Factory.AnalysisAsync(reviewId, world.World.AgencyId, world.World.BusinessUnit.Id, world.World.Chronology.SocialWorkerId,
            world.World.OnReview[ReviewRole.CaseGroupMember].Id, [world.World.OnReview[ReviewRole.LeadReviewer].Id, world.World.BusinessUnit.Id]);
        await using (var db = world.Factory.CreateDbContext())
        {
            await db.Findings.Where(f => f.Id == analysis.FindingId).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, EpisodeStatus.AgreedByReviewTeam));
        }

        var today = DateOnly.FromDateTime(world.Factory.Clock.GetUtcNow().UtcDateTime);
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);

        // Act 1: the first action, from the finding on the Board's response page; a due date before the raised date is refused.
        await unit.GotoAsync($"/reviews/{reviewId}/board-response", "board-response");
        await unit.ClickAsync(unit.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Raise an action from finding") }), "raise-form");
        await unit.Field("What will be done").FillAsync("Health visitors invited to every strategy discussion about a baby");
        await unit.Field("Agency that owns the action").SelectOptionAsync(world.World.AgencyId.ToString());
        await unit.Field("Named owner").FillAsync("Dana Whitlow, named nurse for safeguarding");
        await unit.FillDateAsync("Due by", today.AddDays(-7));
        await unit.ClickAsync(unit.Button("Raise the action"), "raise-refused");
        Assert.Equal(["The due date must be the same as or after the date the action was raised"], await unit.ErrorsAsync());
        await unit.FillDateAsync("Due by", today.AddDays(60));
        await unit.ClickAsync(unit.Button("Raise the action"), "first-raised");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The action is raised");

        // Act 2: an outcome measure for it, with figures typed as they come from a report.
        await unit.AddPercentageMeasureAsync("Strategy discussions about babies with the health visitor taking part", "Quarterly audit of strategy discussion records", 45, 90);

        // Act 3: the second action, from the review's actions page, for another agency.
        await unit.GotoAsync($"/reviews/{reviewId}/actions", "actions-one");
        await unit.ClickAsync(unit.Button("Raise an action"), "raise-second-form");
        await unit.Field("What does the action answer?").SelectOptionAsync($"Finding:{analysis.FindingId}");
        await unit.Field("What will be done").FillAsync("Police tell health of every strategy discussion within one working day");
        await unit.Field("Agency that owns the action").SelectOptionAsync(world.World.SecondAgencyId.ToString());
        await unit.Field("Named owner").FillAsync("Sam Orrell, detective inspector");
        await unit.FillDateAsync("Due by", today.AddDays(30));
        await unit.ClickAsync(unit.Button("Raise the action"), "second-raised");
        await unit.GotoAsync($"/reviews/{reviewId}/actions", "actions-two");
        await Expect(unit.Page.Locator("tbody tr")).ToHaveCountAsync(2);

        // Act 4: the agency contact sees only their agency's action, adds evidence and completes it.
        var agency = await journey.OpenAsync("agency-contact");
        await agency.SignInAsync(world.Factory, contact);
        await agency.GotoAsync($"/reviews/{reviewId}/actions", "contact-actions");
        await Expect(agency.Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await agency.ClickAsync(agency.Link("Health visitors invited to every strategy discussion about a baby"), "contact-action");
        await agency.AddEvidenceAsync("strategy-discussion-procedure.txt",
            "Strategy discussion procedure, version 3 (fictional). The health visitor is invited to every discussion about a baby.\n",
            "The revised procedure, naming the health visitor as an invitee");
        await agency.CompleteActionAsync(today, "The procedure was revised and every team briefed.", note: "Briefings done in all three localities.");
        await Expect(agency.Page.Locator("main")).ToContainTextAsync("12 months after completion");

        // Act 5: a reading, first with no date and a word for a value, then as it should be.
        await agency.ClickAsync(agency.Link("Strategy discussions about babies with the health visitor taking part"), "measure");
        await agency.Field("Value").FillAsync("n/a");
        await agency.ClickAsync(agency.Button("Record the reading"), "reading-refused");
        Assert.Equal(["Enter the date the reading was taken", "The value must be a number, like 12, 12.5 or 1,200"], await agency.ErrorsAsync());
        await agency.FillDateAsync("Date the figure was taken", today);
        await agency.Field("Value").FillAsync("62%");
        await agency.ClickAsync(agency.Button("Record the reading"), "reading-recorded");
        await Expect(agency.Page.Locator("svg[role='img']")).ToHaveCountAsync(1);
        await Expect(agency.Page.Locator("table")).ToContainTextAsync("62%");

        // Act 6: the first follow-up check, answered.
        await agency.ClickAsync(agency.Link("Back to the action"), "action-completed");
        await agency.ClickAsync(agency.Link("3 months after completion"), "check-form");
        await agency.FillDateAsync("Date of the check", today);
        await agency.Page.GetByLabel("Yes, the change has lasted", new() { Exact = true }).CheckAsync();
        await agency.Field("Effects nobody intended").FillAsync("None found: discussions take a little longer to arrange.");
        await agency.Page.GetByRole(AriaRole.Group, new() { Name = "Does the problem the finding described still happen?" }).GetByLabel("No", new() { Exact = true }).CheckAsync();
        await agency.ClickAsync(agency.Button("Save the check"), "check-saved");
        await Expect(agency.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The follow-up check is recorded");

        // Act 7: the chair's tracker lists both and filters by owner.
        var chair = await journey.OpenAsync("chair");
        await chair.SignInAsync(world.Factory, world.World.Chair);
        await chair.GotoAsync($"/actions?review={reviewId}", "tracker");
        await Expect(chair.Page.Locator("tbody tr")).ToHaveCountAsync(2);
        await chair.Field("Owner's name").FillAsync("Orrell");
        await chair.ClickAsync(chair.Button("Apply filters"), "tracker-filtered");
        await Expect(chair.Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(chair.Page.Locator("tbody")).ToContainTextAsync("Police tell health of every strategy discussion");
    }
}
