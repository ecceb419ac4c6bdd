using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Issue 4's merged chronology journey: with two agencies' overlapping entries in the review, the lead reviewer
/// confirms a likely duplicate as one event and sees where the accounts differ, then opens the swimlane picture,
/// what the health service knew at the time and the meeting-continuity matrix. Every step is scanned with axe.
/// </summary>
public sealed class MergedChronologyJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task Reviewer_MergesADuplicate_SeesTheDifference_ThenTheTimelineWhatWasKnownAndMeetings()
    {
        // Arrange: the test world's review holds a police and a health chronology (seeded, uploads are another part).
        var reviewId = world.World.ReviewId;
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, world.World.OnReview[ReviewRole.LeadReviewer]);

        // Act 1: from the information hub to the chronology table, then the likely duplicates.
        await lead.GotoAsync($"/reviews/{reviewId}/information", "information");
        await lead.ClickAsync(lead.Link("Multi-agency chronology"), "chronology-table");
        await Expect(lead.Heading).ToHaveTextAsync("Multi-agency chronology");
        await Expect(lead.Page.Locator(".app-chronology-table")).ToContainTextAsync("Merged: 2 agencies");
        await lead.ClickAsync(lead.Link("Likely duplicates"), "duplicates");
        var proposal = lead.Page.Locator(".govuk-summary-card");
        await Expect(proposal).ToHaveCountAsync(1);
        await Expect(proposal).ToContainTextAsync("Testshire Police");
        await Expect(proposal).ToContainTextAsync("Testshire Community Health");

        // Act 2: confirm the merge.
        await lead.ClickAsync(lead.Button("Merge the ticked entries as one event"), "merged-event");

        // Assert 2: the merged event keeps both accounts and flags the differing dates.
        await Expect(lead.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Merged as one event");
        await Expect(lead.Page.Locator(".app-discrepancies")).ToContainTextAsync("Testshire Police recorded 3 March 2024, Testshire Community Health recorded 4 March 2024");
        await Expect(lead.Page.Locator(".app-accounts h3")).ToHaveTextAsync(["Testshire Police", "Testshire Community Health"]);

        // Act 3: the swimlane picture, zoomed in once.
        await lead.ClickAsync(lead.Link("Back to the chronology"), "chronology-after-merge");
        await lead.ClickAsync(lead.Link("Timeline picture"), "timeline");
        var picture = lead.Page.Locator("svg.app-timeline__svg");
        await Expect(picture).ToBeVisibleAsync();
        // The two agencies' marks (the merged visit drawn once) and the two home visits in the world's first agency's chronology.
        await Expect(picture.Locator("a")).ToHaveCountAsync(6);
        await lead.ClickAsync(lead.Page.GetByRole(AriaRole.Link, new() { Name = "Zoom in" }), "timeline-zoomed");
        await Expect(lead.Link("View this period as a table")).ToBeVisibleAsync();

        // Act 4: what the health service knew by 5 March 2024.
        await lead.ClickAsync(lead.Link("What was known at the time"), "known-at-the-time");
        await lead.Field("Agency").SelectOptionAsync(new SelectOptionValue { Label = "Testshire Community Health" });
        var date = lead.Page.GetByRole(AriaRole.Group, new() { Name = "By the end of" });
        await date.GetByLabel("Day", new() { Exact = true }).FillAsync("5");
        await date.GetByLabel("Month", new() { Exact = true }).FillAsync("3");
        await date.GetByLabel("Year", new() { Exact = true }).FillAsync("2024");
        await lead.ClickAsync(lead.Button("Show what was known"), "known-by-5-march");

        // Assert 4: its own visit, and the police's account of the visit now merged with it.
        var known = lead.Page.Locator("tbody tr");
        await Expect(known).ToHaveCountAsync(2);
        await Expect(known.Filter(new() { HasText = "Told" })).ToContainTextAsync("Officers called at the flat");

        // Act 5: meeting continuity.
        await lead.ClickAsync(lead.Link("Meeting continuity"), "meetings");

        // Assert 5: none of the professionals at the first core group came to the second, and it is flagged (the
        // aunt, family, is left out of the share unless asked for).
        var coreGroup = lead.Page.Locator(".app-matrix__table").First;
        await Expect(coreGroup.Locator("tbody th")).ToContainTextAsync(["Family support worker 1", "Health visitor 7", "Social worker 7", "Social worker 8", "Were at the meeting before"]);
        await Expect(coreGroup.Locator(".app-matrix__continuity .govuk-tag")).ToContainTextAsync("0%");
        lead.AssertNoConsoleErrors();
    }
}
