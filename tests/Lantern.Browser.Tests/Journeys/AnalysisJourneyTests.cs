using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// The analysis journeys: a review team member builds a finding from three key practice episodes with two issues
/// for the Board and agrees it; the business unit and a lead reviewer change the same episode at once and nothing
/// is lost; an episode is shared with the case group, whose member comments on it; and the traceability view
/// leads from a finding through its episode to the chronology entry and document behind it. Every step is
/// scanned with axe. The first three use a review of their own so the seeded analysis does not get in the way.
/// </summary>
public sealed partial class AnalysisJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    private const string PoliceVisitEntry = "3 March 2024, Testshire Police: Home visit";

    [Fact]
    public async Task Finding_FromThreeEpisodesWithTwoIssuesForTheBoard_IsCompleteAndAgreed()
    {
        var person = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var reviewId = await world.ReviewWithAsync("Child F", (person, ReviewRole.ReviewTeamMember));
        string[] titles =
        [
            "Health visitor's doorstep visit after the missed appointments",
            "Police call-out after a neighbour heard shouting",
            "Strategy discussion held without health",
        ];
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var member = await journey.OpenAsync("review-team-member");
        await member.SignInAsync(world.Factory, person);

        // Act 1: from the review to the episodes, then add three through the form.
        await member.GotoAsync($"/reviews/{reviewId}", "review");
        await member.ClickAsync(member.Link("Analysis"), "analysis");
        await Expect(member.Heading).ToHaveTextAsync("Analysis");
        await member.ClickAsync(member.Link("Key practice episodes"), "episodes-empty");
        foreach (var title in titles)
        {
            await AddEpisodeAsync(member, title, $"What happened in the {title.ToLowerInvariant()}, in order, as the records tell it.");
            await member.ClickAsync(member.Link("Back to key practice episodes"), "episodes");
        }

        // Assert 1: the list shows the three, numbered in the order they were added.
        await Expect(member.Page.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(member.Page.Locator("tbody tr td:nth-child(2) a")).ToHaveTextAsync(titles);

        // Act 2: write the finding's anatomy and issues but leave the finding itself blank.
        const string inThisCase = "The doorstep sighting was recorded as a completed visit, and no agency asked to see the baby's room.";
        const string notPeculiar = "An audit of 40 recent health visits found a third were doorstep sightings recorded as visits.";
        const string whyItMatters = "Agencies believe a child has been seen properly when they have not.";
        const string statement = "What counts as seeing a child is not agreed across agencies, so concerns about care at home go unnoticed.";
        const string issues = "How does the Board know what each agency counts as seeing a child\nWhat would help practitioners ask to see where a baby sleeps?";
        await member.ClickAsync(member.Link("Back to the analysis"), "analysis-again");
        await member.ClickAsync(member.Link("Findings"), "findings-empty");
        await member.ClickAsync(member.Button("Add a finding"), "finding-add");
        await member.Field("How it showed in this case").FillAsync(inThisCase);
        await member.Field("Why it is not peculiar to this case").FillAsync(notPeculiar);
        await member.Field("Why it matters").FillAsync(whyItMatters);
        await member.Field("Summary").FillAsync(statement);
        await member.Field("Issues for the Board").FillAsync(issues);
        await member.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Patterns in human judgement and reasoning", Exact = true }).CheckAsync();
        for (var i = 0; i < titles.Length; i++)
        {
            await member.Field($"Episode {i + 1}: {titles[i]}").CheckAsync();
        }

        await member.Field("Priority (optional)").FillAsync("1");
        await member.ClickAsync(member.Button("Add finding"), "finding-add-blank");

        // Assert 2: one error for the missing finding; everything else typed or ticked is still there.
        Assert.Equal(["Write the finding as one sentence about how the system works"], await member.ErrorsAsync());
        await Expect(member.Field("The finding")).ToHaveValueAsync(string.Empty);
        await Expect(member.Field("How it showed in this case")).ToHaveValueAsync(inThisCase);
        await Expect(member.Field("Why it is not peculiar to this case")).ToHaveValueAsync(notPeculiar);
        await Expect(member.Field("Why it matters")).ToHaveValueAsync(whyItMatters);
        await Expect(member.Field("Summary")).ToHaveValueAsync(statement);
        await Expect(member.Field("Issues for the Board")).ToHaveValueAsync(issues);
        await Expect(member.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Patterns in human judgement and reasoning", Exact = true })).ToBeCheckedAsync();
        for (var i = 0; i < titles.Length; i++)
        {
            await Expect(member.Field($"Episode {i + 1}: {titles[i]}")).ToBeCheckedAsync();
        }

        // Act 3: write the finding and add it.
        const string finding = "Seeing a baby at the door is counted as seeing the baby, so concerns about care at home go unnoticed";
        await member.Field("The finding").FillAsync(finding);
        await member.ClickAsync(member.Button("Add finding"), "finding");

        // Assert 3: the finding with its two issues as questions, its three episodes and nothing missing.
        await Expect(member.Heading).ToHaveTextAsync(finding);
        await Expect(member.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Finding added");
        await Expect(member.Page.Locator("#issues li")).ToHaveTextAsync(
        [
            "How does the Board know what each agency counts as seeing a child?",
            "What would help practitioners ask to see where a baby sleeps?",
        ]);
        foreach (var issue in await member.Page.Locator("#issues li").AllInnerTextsAsync())
        {
            Assert.EndsWith("?", issue.Trim(), StringComparison.Ordinal);
        }

        // The episodes behind it are listed in number order.
        await Expect(member.Page.Locator("#episodes li a")).ToHaveTextAsync(titles.Select((t, i) => $"Episode {i + 1}: {t}").ToArray());
        await Expect(member.Page.Locator("#missing")).ToHaveCountAsync(0);
        await Expect(StatusTag(member)).ToHaveTextAsync("Proposed");

        // Act 4: the review team agrees it.
        await member.ClickAsync(member.Button("Mark as agreed by the review team"), "finding-agreed");

        // Assert 4: its status is now agreed, and it can move on to the case group or back.
        await Expect(member.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Finding now agreed by the review team");
        await Expect(StatusTag(member)).ToHaveTextAsync("Agreed by the review team");
        await Expect(member.Button("Move back to proposed")).ToBeVisibleAsync();
        Assert.Empty(await member.ErrorsAsync());
    }

    [Fact]
    public async Task Traceability_FromFindingThroughEpisodeToEvidence_AndBack()
    {
        var reviewId = world.World.ReviewId;
        const string title = "Police call-out to the flat in March";
        const string finding = "Calls about shouting at a family home are not shared with health, so visitors go in without knowing";
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, world.World.OnReview[ReviewRole.LeadReviewer]);

        // Act 1: add an episode and link a chronology entry and a document to it.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/episodes", "episodes");
        var episodeId = await AddEpisodeAsync(lead, title, "Officers called after a neighbour heard shouting; the aunt said all was well and they left.");
        var episodeCaption = (await lead.Page.Locator(".govuk-caption-l").InnerTextAsync()).Trim();
        var episodeLabel = episodeCaption.Replace("Key practice episode", "Episode", StringComparison.Ordinal);
        await lead.ClickAsync(lead.Link("Link evidence"), "evidence");
        await Expect(lead.Heading).ToHaveTextAsync("Link evidence");
        await lead.Field("Words in the entry").FillAsync("officers called");
        await lead.ClickAsync(lead.Button("Search the chronology"), "evidence-searched");
        await Expect(lead.Page.Locator("#entries .govuk-checkboxes__item")).ToHaveCountAsync(1);
        await Expect(lead.Page.Locator("#entries .govuk-checkboxes__hint")).ToContainTextAsync("neighbour heard shouting");
        await lead.Field(PoliceVisitEntry).CheckAsync();
        await lead.Field("Strategy discussion minutes").CheckAsync();
        await lead.ClickAsync(lead.Button("Link selected evidence"), "episode-with-evidence");

        // Assert 1: both pieces of evidence are on the episode.
        Assert.Equal($"/reviews/{reviewId}/analysis/episodes/{episodeId}", lead.Path);
        await Expect(lead.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("2 pieces of evidence linked");
        await Expect(lead.Page.Locator(".app-evidence li")).ToHaveCountAsync(2);
        await Expect(lead.Page.Locator(".app-evidence")).ToContainTextAsync(PoliceVisitEntry);
        await Expect(lead.Page.Locator(".app-evidence")).ToContainTextAsync("Strategy discussion minutes");

        // Act 2: add a finding that rests on the episode.
        await lead.ClickAsync(lead.Link("Back to key practice episodes"), "episodes-again");
        await lead.ClickAsync(lead.Link("Back to the analysis"), "analysis");
        await lead.ClickAsync(lead.Link("Findings"), "findings");
        await lead.ClickAsync(lead.Button("Add a finding"), "finding-add");
        await lead.Field("The finding").FillAsync(finding);
        await lead.Field("Issues for the Board").FillAsync("How do agencies learn of police call-outs to homes they visit?");
        await lead.Field($"{episodeLabel}: {title}").CheckAsync();
        await lead.ClickAsync(lead.Button("Add finding"), "finding");
        await Expect(lead.Heading).ToHaveTextAsync(finding);
        var findingId = Guid.Parse(lead.Path.Split('/')[^1]);
        var findingLabel = (await lead.Page.Locator(".govuk-caption-l").InnerTextAsync()).Trim();
        await Expect(lead.Page.Locator("#episodes li a")).ToHaveTextAsync($"{episodeLabel}: {title}");

        // Act 3: open the traceability view.
        await lead.ClickAsync(lead.Link("Back to findings"), "findings-again");
        await lead.ClickAsync(lead.Link("Back to the analysis"), "analysis-again");
        await lead.ClickAsync(lead.Link("Traceability"), "traceability");
        await Expect(lead.Heading).ToHaveTextAsync("Traceability");

        // Assert 3: finding, then its episode, then the evidence behind the episode.
        var section = lead.Page.Locator($"section[aria-labelledby='finding-{findingId}']");
        await Expect(section.Locator("h3")).ToHaveTextAsync($"{findingLabel}: {finding}");
        var episode = section.Locator(".app-trace__episode");
        await Expect(episode).ToHaveCountAsync(1);
        await Expect(episode.Locator("h4")).ToHaveTextAsync($"{episodeLabel}: {title}");
        await Expect(episode.Locator("li")).ToHaveCountAsync(2);
        await Expect(episode.Locator("li").Filter(new() { HasText = PoliceVisitEntry })).ToContainTextAsync("Chronology entry");
        await Expect(episode.Locator("li").Filter(new() { HasText = "Strategy discussion minutes" })).ToContainTextAsync("Document");

        // Assert 4: from the evidence back to where it is used: the episode directly, the finding through it.
        var uses = lead.Page.Locator("#uses ~ table");
        await Expect(uses).ToHaveCountAsync(1);
        foreach (var evidence in new[] { PoliceVisitEntry, "Strategy discussion minutes" })
        {
            var use = uses.Locator("tbody tr").Filter(new() { HasText = evidence });
            await Expect(use).ToHaveCountAsync(1);
            await Expect(use.Locator("td").Nth(1).Locator("li")).ToHaveTextAsync([episodeLabel, findingLabel]);
        }

        // And the links lead back: the finding's link in the table opens the finding.
        var entryUse = uses.Locator("tbody tr").Filter(new() { HasText = PoliceVisitEntry });
        await lead.ClickAsync(entryUse.GetByRole(AriaRole.Link, new() { Name = findingLabel, Exact = true }), "finding-from-traceability");
        Assert.Equal($"/reviews/{reviewId}/analysis/findings/{findingId}", lead.Path);
    }

    /// <summary>The status tag under an item's heading.</summary>
    private static ILocator StatusTag(LanternPage page) => page.Page.Locator("h1 + p .govuk-tag").First;

    /// <summary>From the list of episodes, adds one through the form as the review team would; ends on its page.</summary>
    private static async Task<Guid> AddEpisodeAsync(LanternPage page, string title, string whatHappened)
    {
        await page.ClickAsync(page.Button("Add an episode"), "episode-add");
        await page.Field("Title").FillAsync(title);
        await page.Field("Testshire Council").CheckAsync();
        await page.Field("What happened").FillAsync(whatHappened);
        await page.Field("The review team").CheckAsync();
        await page.ClickAsync(page.Button("Add episode"), "episode-added");
        await Expect(page.Heading).ToHaveTextAsync(title);
        await Expect(page.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Episode added");
        await Expect(page.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Testshire Council");
        return Guid.Parse(page.Path.Split('/')[^1]);
    }
}
