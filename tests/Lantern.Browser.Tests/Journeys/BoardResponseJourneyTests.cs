using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// The Board's response: the chair has agreed the report; the business unit records the Board meeting it was presented
/// at, then the Board's answer to the finding (first with nothing chosen, which is refused with every problem named),
/// and the response page shows it answered. A board member then reads the response. Every page is scanned with axe.
/// </summary>
public sealed class BoardResponseJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task BoardResponse_MeetingRecorded_FindingAnswered_BoardMemberReadsIt()
    {
        var lead = world.World.OnReview[ReviewRole.LeadReviewer];
        var caseGroup = world.World.OnReview[ReviewRole.CaseGroupMember];
        var team = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var reviewId = await world.ReviewWithAsync("Child BR", (lead, ReviewRole.LeadReviewer), (team, ReviewRole.ReviewTeamMember), (caseGroup, ReviewRole.CaseGroupMember));
        var worker = await world.Factory.RegisterPersonAsync(reviewId, "Odile Marchbank", "Health visitor 1", PersonCategory.Professional, relationship: null, aliases: [], agencyId: world.World.AgencyId, role: "Health visitor");
        var ids = await world.Factory.AnalysisAsync(reviewId, world.World.AgencyId, world.World.BusinessUnit.Id, worker, caseGroup.Id, [lead.Id, team.Id]);
        await using (var db = world.Factory.CreateDbContext())
        {
            await db.Findings.Where(f => f.Id == ids.FindingId).ExecuteUpdateAsync(u => u.SetProperty(f => f.Status, EpisodeStatus.AgreedByReviewTeam));
        }

        await world.Factory.ReportAsync(reviewId, lead.Id, status: ReportStatus.AgreedByChair);
        var today = DateOnly.FromDateTime(world.Factory.Clock.GetUtcNow().UtcDateTime);

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);

        // Act 1: from the report to the Board's response, and record the meeting.
        await unit.GotoAsync($"/reviews/{reviewId}/report", "report");
        await unit.ClickAsync(unit.Link("The Board's response to the report"), "board-response-empty");
        await Expect(unit.Heading).ToHaveTextAsync("The Board's response");
        await unit.ClickAsync(unit.Link("Record the Board meeting"), "presentation-form");
        await unit.FillDateAsync("Date of the meeting", today);
        await unit.Page.GetByLabel("An extraordinary meeting, called to receive the report").CheckAsync();
        await unit.Field("Who attended, by role").FillAsync("Independent chair\nPolice representative\nDesignated nurse");
        await unit.ClickAsync(unit.Button("Save the meeting"), "presentation-saved");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Board meeting recorded");
        await Expect(unit.Page.Locator(".govuk-summary-list")).ToContainTextAsync("an extraordinary meeting");

        // Act 2: answer the finding, first with nothing chosen.
        await unit.ClickAsync(unit.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameString = "Finding 1:" }), "finding-form");
        await unit.ClickAsync(unit.Button("Save the Board's answer"), "finding-refused");
        Assert.Equal(
            ["Select whether the Board accepts the finding", "Select whether national action is needed", "Answer issue 1 for the Board"],
            await unit.ErrorsAsync());

        await unit.Page.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
        await unit.Field("What the Board will do").FillAsync("Ask every agency to agree one definition of seeing a child by the spring.");
        await unit.Field("How the Board will know whether it has worked").FillAsync("An audit of 20 home visit records in six months, reported to the Board.");
        await unit.Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await unit.Field("Issue 1: How does the Board know what agencies count as seeing a child?").FillAsync("Through a six-monthly audit of home visit records.");
        await unit.ClickAsync(unit.Button("Save the Board's answer"), "finding-answered");

        // Assert: the response page shows the finding answered.
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("The Board's answer to finding 1 saved");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("1 of 1 answered");
        await Expect(unit.Page.Locator("tbody .govuk-tag")).ToHaveTextAsync("Accepted");

        // Act 3: the written response, an edition of its own: pseudonymised, checked, marked ready and downloadable.
        await unit.ClickAsync(unit.Link("Check and download the written response"), "written-response");
        await Expect(unit.Heading).ToHaveTextAsync("The Board's written response");
        await Expect(unit.Page.Locator(".app-edition-preview")).ToContainTextAsync("The Board's decision: accepted.");
        await Expect(unit.Page.Locator(".app-edition-preview")).ToContainTextAsync("Issue 1: How does the Board know what agencies count as seeing a child?");
        await unit.ClickAsync(unit.Button("Mark ready for publication"), "written-response-ready");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Marked ready for publication");
        await Expect(unit.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Ready");
        var download = await unit.Page.RunAndWaitForDownloadAsync(() => unit.Link("Word document (DOCX)").ClickAsync());
        Assert.Equal("board-response-to-draft-1.docx", download.SuggestedFilename);

        // A board member reads the response and the answer.
        var member = await journey.OpenAsync("board-member");
        await member.SignInAsync(world.Factory, world.World.Partner);
        await member.GotoAsync($"/reviews/{reviewId}/board-response", "board-member-response");
        await member.ClickAsync(member.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameString = "Finding 1:" }), "board-member-answer");
        await Expect(member.Page.Locator("main")).ToContainTextAsync("Through a six-monthly audit of home visit records.");
        Assert.Equal(0, await member.Page.Locator("main form textarea").CountAsync());
    }
}
