using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// The quality-marker self-assessment: from the review's page the business unit opens the quality markers, opens the
/// analysis marker and sees what the review's records show, saves "not met" with no comment (refused, named), then
/// with one; the lead reviewer moderates it and disagrees; the partnership's grid shows the answer in words. Every
/// page is scanned with axe.
/// </summary>
public sealed class QualityJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task QualityMarkers_EvidenceShown_AnswerRefusedThenSaved_Moderated_GridRenders()
    {
        var lead = world.World.OnReview[ReviewRole.LeadReviewer];
        var caseGroup = world.World.OnReview[ReviewRole.CaseGroupMember];
        var team = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var reviewId = await world.ReviewWithAsync("Child QJ", (lead, ReviewRole.LeadReviewer), (team, ReviewRole.ReviewTeamMember), (caseGroup, ReviewRole.CaseGroupMember));
        var worker = await world.Factory.RegisterPersonAsync(reviewId, "Odile Marchbank", "Health visitor 1", PersonCategory.Professional, relationship: null, aliases: [], agencyId: world.World.AgencyId, role: "Health visitor");
        await world.Factory.AnalysisAsync(reviewId, world.World.AgencyId, world.World.BusinessUnit.Id, worker, caseGroup.Id, [lead.Id, team.Id]);

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);

        await unit.GotoAsync($"/reviews/{reviewId}", "review");
        await unit.ClickAsync(unit.Link("Quality"), "quality-markers");
        await Expect(unit.Heading).ToHaveTextAsync("Quality markers");
        await unit.ClickAsync(unit.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameString = "QM13:" }), "marker-13");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("1 key practice episode and 1 finding");

        await unit.Page.GetByLabel("Not met", new() { Exact = true }).CheckAsync();
        await unit.ClickAsync(unit.Button("Save the answer"), "marker-13-refused");
        var errors = await unit.ErrorsAsync();
        Assert.Single(errors);
        Assert.Contains("comment", errors[0], StringComparison.OrdinalIgnoreCase);
        await unit.Field("Comment").FillAsync("The analysis says what happened at each visit but not why it made sense at the time.");
        await unit.ClickAsync(unit.Button("Save the answer"), "marker-13-saved");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Answer to QM13 saved");

        var reviewer = await journey.OpenAsync("lead-reviewer");
        await reviewer.SignInAsync(world.Factory, lead);
        await reviewer.GotoAsync($"/reviews/{reviewId}/quality/13", "lead-marker-13");
        await reviewer.ClickAsync(reviewer.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameString = "Moderate this answer" }), "moderate-form");
        await reviewer.Page.GetByLabel("Partly met", new() { Exact = true }).CheckAsync();
        await reviewer.Field("Why you disagree").FillAsync("The episodes on the second visit are explained well; the first are not.");
        await reviewer.ClickAsync(reviewer.Button("Save the moderation"), "moderated");
        await Expect(reviewer.Page.Locator("main")).ToContainTextAsync("Disagreed: the assessor said not met");

        await unit.GotoAsync("/quality", "quality-grid");
        await Expect(unit.Heading).ToHaveTextAsync("Quality markers across reviews");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("Changed at moderation");
        await Expect(unit.Page.Locator("main")).ToContainTextAsync("Child QJ");
    }
}
