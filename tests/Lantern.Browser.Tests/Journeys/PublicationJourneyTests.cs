using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Planning publication: the report has been presented to the Board and a police prosecution holds publication. The
/// business unit opens the plan from the report (the hold and the panel's deadline are shown), records when the final
/// report went to the national bodies, tries to save the family's part empty (every problem named), records it, writes
/// the media plan, and is refused when recording the publication while the hold is in force. The agency contact then
/// confirms their staff were told. Every page is scanned with axe.
/// </summary>
public sealed class PublicationJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task Publication_Planned_HoldAndPanelDeadlineShown_PublicationRefusedWhileHeld_AgencyConfirms()
    {
        var lead = world.World.OnReview[ReviewRole.LeadReviewer];
        var contact = world.World.OnReview[ReviewRole.AgencyContact];
        var reviewId = await world.ReviewWithAsync("Child PB", (lead, ReviewRole.LeadReviewer), (contact, ReviewRole.AgencyContact));
        await world.Factory.ReportAsync(reviewId, lead.Id, status: ReportStatus.PresentedToBoard);
        var today = DateOnly.FromDateTime(world.Factory.Clock.GetUtcNow().UtcDateTime);
        await world.Factory.MilestoneAsync(reviewId, Milestone.PublicationName, today.AddDays(40));
        await using (var db = world.Factory.CreateDbContext())
        {
            await db.Milestones.Where(m => m.ReviewId == reviewId && m.Name == Milestone.PublicationName).ExecuteUpdateAsync(u => u.SetProperty(m => m.Role, MilestoneRole.Publication));
            var process = new ParallelProcess { Id = Guid.NewGuid(), ReviewId = reviewId, Kind = ProcessKind.Prosecution, LeadBody = "Testshire Police", Status = ProcessStatus.UnderWay, CreatedAt = DateTime.UtcNow };
            db.AddRange(process, new ProcessConstraint
            {
                Id = Guid.NewGuid(),
                ProcessId = process.Id,
                ReviewId = reviewId,
                Text = "Nothing published until the trial ends",
                Holds = ReviewHold.Publication,
                AgreedOn = today.AddDays(-30),
                AddedByUserId = world.World.BusinessUnit.Id,
                AddedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);

        // Act 1: from the report to the plan; the hold and the national bodies' deadline are shown.
        await unit.GotoAsync($"/reviews/{reviewId}/report", "report");
        await unit.ClickAsync(unit.Link("Publication: the plan and the record"), "publication-plan");
        await Expect(unit.Heading).ToHaveTextAsync("Publication");
        await Expect(unit.Page.Locator(".govuk-warning-text").First).ToContainTextAsync("Testshire Police (prosecution) is holding publication");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("the Secretary of State and Ofsted must have the final report by");

        // Act 2: the national bodies.
        await unit.ClickAsync(unit.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameString = "Record when the report was sent to the national bodies" }), "national-bodies-form");
        var sent = today.AddDays(-3);
        await unit.FillDateAsync("Sent to the Child Safeguarding Practice Review Panel", sent);
        await unit.FillDateAsync("Sent to the Secretary of State for Education (optional)", sent);
        await unit.FillDateAsync("Sent to Ofsted (optional)", sent);
        await unit.ClickAsync(unit.Button("Save the dates"), "national-bodies-saved");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Dates the final report was sent recorded");

        // Act 3: the family, first with nothing entered.
        await unit.ClickAsync(unit.Link("Record that the family were told"), "family-form");
        await unit.ClickAsync(unit.Button("Save"), "family-refused");
        Assert.Equal(
            [
                "Enter the date the family were told of the report's content and when it will be published", "Enter who told the family, by role",
                "Select whether the family were offered a meeting", "Enter the support the family were offered, or that they declined it",
            ],
            await unit.ErrorsAsync());
        await unit.FillDateAsync("Date they were told", today.AddDays(-1));
        await unit.Field("Who told them").FillAsync("Lead reviewer and the partnership's business manager");
        await unit.Page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await unit.Field("Support offered").FillAsync("An advocate from a family support charity on the day, and a named contact for questions.");
        await unit.ClickAsync(unit.Button("Save"), "family-saved");

        // Act 4: the media plan.
        await unit.ClickAsync(unit.Link("Write the media plan"), "media-form");
        await unit.Field("Press lead").FillAsync("Council head of communications");
        await unit.Field("Holding statement").FillAsync("The partnership will publish the review and the Board's response once the trial has ended.");
        await unit.ClickAsync(unit.Button("Save the media plan"), "media-saved");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("Council head of communications");

        // Act 5: recording the publication while the hold is in force is refused.
        await unit.ClickAsync(unit.Link("Record the publication"), "record-form");
        await unit.FillDateAsync("Date it was published", today);
        await unit.Field("Where it was published").FillAsync("https://testshire-scp.example/reviews/child-pb");
        await unit.ClickAsync(unit.Button("Record the publication"), "record-refused");
        var errors = await unit.ErrorsAsync();
        Assert.Contains("Testshire Police (prosecution) is holding publication. Record that the hold has been lifted before recording the publication", errors);
        Assert.Contains(errors, e => e.Contains("disclosure-risk check", StringComparison.Ordinal));

        // The agency contact confirms for their own agency, from the review's page.
        var agency = await journey.OpenAsync("agency-contact");
        await agency.SignInAsync(world.Factory, contact);
        await agency.GotoAsync($"/reviews/{reviewId}", "contact-review");
        await agency.ClickAsync(agency.Link("confirm that your agency's staff were told and supported"), "professionals-form");
        await agency.FillDateAsync("Date your staff were told", today);
        await agency.Field("Support offered").FillAsync("A meeting with their manager and the staff support line.");
        await agency.ClickAsync(agency.Button("Confirm"), "professionals-saved");
        await Expect(agency.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your confirmation is saved");

        await unit.GotoAsync($"/reviews/{reviewId}/publication", "publication-plan-after");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("A meeting with their manager and the staff support line.");
    }
}
