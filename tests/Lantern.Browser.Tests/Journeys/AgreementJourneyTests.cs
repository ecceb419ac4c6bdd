using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Analysis;
using Lantern.Core.Reviews;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Agreement that means agreed, and recommendations that draw on several findings: the lead reviewer agrees a
/// finding; a review team member changes its summary; the lead reviewer sees it changed since agreed, with the agreed
/// wording beside the new; a recommendation drawing on two findings shows under both in traceability. Every step is
/// scanned with axe.
/// </summary>
public sealed class AgreementJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    private async Task<Guid> FindingAsync(Guid reviewId, int number, string title, string statement, string issue)
    {
        await using var db = world.Factory.CreateDbContext();
        var finding = new Finding
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = number,
            Title = title,
            InThisCase = "Two calls from the school went to different screeners and got different answers.",
            NotPeculiar = "The front door audit found the same in 9 of 30 referrals.",
            WhyItMatters = "A child's safety depends on who picks up the phone.",
            Statement = statement,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Findings.Add(finding);
        db.BoardIssues.Add(new BoardIssue { Id = Guid.NewGuid(), FindingId = finding.Id, ReviewId = reviewId, Position = 1, Text = issue });
        await db.SaveChangesAsync();
        return finding.Id;
    }

    [Fact]
    public async Task Finding_AgreedThenChangedBySomeoneElse_ShowsChangedSinceAgreed_AndARecommendationOnTwoFindingsIsTraced()
    {
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var teamPerson = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var reviewId = await world.ReviewWithAsync("Child AJ", (leadPerson, ReviewRole.LeadReviewer), (teamPerson, ReviewRole.ReviewTeamMember));
        var first = await FindingAsync(reviewId, 1, "Screening at the front door varies with whoever is free", "Screening varies with the screener.", "How does the Board know screening is consistent?");
        await FindingAsync(reviewId, 2, "Health and police records of the same call never meet", "Records of one call stay apart.", "Which systems could share a reference number?");
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, leadPerson);

        // Act 1: the lead reviewer agrees finding 1.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/findings/{first}", "finding");
        await lead.ClickAsync(lead.Button("Mark as agreed by the review team"), "finding-agreed");
        await Expect(lead.Page.Locator("h1 + p")).ToContainTextAsync("Agreed by the review team");

        // Act 2: a review team member changes its summary.
        var team = await journey.OpenAsync("review-team-member");
        await team.SignInAsync(world.Factory, teamPerson);
        await team.GotoAsync($"/reviews/{reviewId}/analysis/findings/{first}/change", "finding-change");
        await team.Field("Summary").FillAsync("Whoever is free screens the referral, so the same worry gets different answers.");
        await team.ClickAsync(team.Button("Save finding"), "finding-changed");

        // Assert 2: the lead reviewer sees it changed since agreed, with the agreed wording beside the new, and by whom.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/findings/{first}", "finding-changed-since-agreed");
        await Expect(lead.Page.Locator("h1 + p")).ToContainTextAsync("Changed since agreed");
        await Expect(lead.Page.Locator("#changes-since-agreed h3")).ToHaveTextAsync(["Summary"]);
        await Expect(lead.Page.Locator("#changes-since-agreed .govuk-summary-list__value"))
            .ToHaveTextAsync(["Screening varies with the screener.", "Whoever is free screens the referral, so the same worry gets different answers."]);
        await Expect(lead.Page.Locator("#changed-by")).ToContainTextAsync(teamPerson.Name);
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/findings", "findings-changed-since-agreed");
        await Expect(lead.Page.Locator("tbody tr").First).ToContainTextAsync("Changed since agreed");

        // Act 3: a recommendation drawing on both findings, answering finding 2's issue.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/recommendations/add", "recommendation-add");
        await lead.Field("Recommendation").FillAsync("Give health and police one shared reference for each call, and screen every school referral the same way.");
        await lead.Page.GetByLabel("Kind 3: needs research, development or national action").CheckAsync();
        await lead.ClickAsync(lead.Button("Add recommendation"), "recommendation-add-errors");
        Assert.Contains("Select at least one finding the recommendation draws on: a recommendation must come from the review's findings", await lead.ErrorsAsync());
        await lead.Field("National").CheckAsync();
        await lead.Page.GetByLabel("Finding 1: Screening at the front door varies with whoever is free").CheckAsync();
        await lead.Page.GetByLabel("Finding 2: Health and police records of the same call never meet").CheckAsync();
        await lead.Page.GetByLabel("Which systems could share a reference number?").CheckAsync();
        await lead.ClickAsync(lead.Button("Add recommendation"), "recommendations");
        await Expect(lead.Page.Locator("tbody tr").First).ToContainTextAsync("Finding 1");
        await Expect(lead.Page.Locator("tbody tr").First).ToContainTextAsync("Finding 2");

        // Assert 3: traceability shows the recommendation under both findings, and under the issue it answers.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/traceability", "traceability");
        await Expect(lead.Page.Locator("#trace-recommendations-1")).ToContainTextAsync("Recommendation 1");
        await Expect(lead.Page.Locator("#trace-recommendations-2")).ToContainTextAsync("Issue 1: Which systems could share a reference number?");
        await Expect(lead.Page.Locator("#trace-recommendations-2").GetByRole(AriaRole.Link, new() { Name = "Recommendation 1" })).ToBeVisibleAsync();
    }
}
