using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
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
public sealed class AnalysisJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
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
    public async Task Episode_ChangedByTwoPeopleAtOnce_ShowsBothVersionsAndLosesNothing()
    {
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var reviewId = await world.ReviewWithAsync("Child C", (leadPerson, ReviewRole.LeadReviewer));
        const string title = "Core group meeting after the second referral";
        const string original = "The core group met and agreed to keep the plan as it was.";
        const string leadText = "The core group met without the school; the chair kept the plan as it was because no new concern had been shared.";
        const string unitText = "The core group met and kept the plan; the family support worker's notes of a missed visit were not discussed.";
        await using var journey = Journey.Start(browser, world.BaseAddress);

        // Arrange: the business unit adds the episode.
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);
        await unit.GotoAsync($"/reviews/{reviewId}/analysis/episodes", "unit-episodes");
        var episodeId = await AddEpisodeAsync(unit, title, original);
        var episodePath = $"/reviews/{reviewId}/analysis/episodes/{episodeId}";

        // Act 1: both open the change page; the lead reviewer saves first.
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, leadPerson);
        await lead.GotoAsync(episodePath, "lead-episode");
        await lead.ClickAsync(lead.Link("Change the episode"), "lead-change");
        await unit.ClickAsync(unit.Link("Change the episode"), "unit-change");
        await Expect(unit.Field("What happened")).ToHaveValueAsync(original);

        await lead.Field("What happened").FillAsync(leadText);
        await lead.ClickAsync(lead.Button("Save episode"), "lead-saved");
        await Expect(lead.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Episode saved");
        await Expect(WhatHappened(lead)).ToHaveTextAsync(leadText);

        // Act 2: the business unit saves its own change over a version that is no longer the latest.
        await unit.Field("What happened").FillAsync(unitText);
        await unit.ClickAsync(unit.Button("Save episode"), "unit-conflict", expectedStatus: 409);

        // Assert 2: refused, with both versions side by side and the business unit's text still in the form.
        await Expect(unit.Heading).ToHaveTextAsync("Someone else saved this episode");
        var errors = await unit.ErrorsAsync();
        Assert.Single(errors);
        Assert.StartsWith($"{leadPerson.Name} saved this episode while you were editing it", errors[0], StringComparison.Ordinal);
        var conflict = unit.Page.Locator("#conflict");
        await Expect(conflict.Locator("h2")).ToHaveTextAsync($"{leadPerson.Name} saved a change while you were editing");
        var row = conflict.Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("th")).ToHaveTextAsync("What happened");
        await Expect(row.Locator("td[data-version=yours]")).ToHaveTextAsync(unitText);
        await Expect(row.Locator("td[data-version=saved]")).ToHaveTextAsync(leadText);
        await Expect(unit.Field("What happened")).ToHaveValueAsync(unitText);
        await Expect(unit.Field("Title")).ToHaveValueAsync(title);

        // Act 3: the business unit brings the lead reviewer's words into its own and saves again.
        var saved = await row.Locator("td[data-version=saved]").InnerTextAsync();
        var merged = $"{saved.Trim()}\n\nAlso: the family support worker's notes of a missed visit were not discussed.";
        await unit.Field("What happened").FillAsync(merged);
        await unit.ClickAsync(unit.Button("Save episode"), "unit-merged");

        // Assert 3: the merge is saved, and both people's words survive, on the page and in the database.
        Assert.Equal(episodePath, unit.Path);
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Episode saved");
        await Expect(WhatHappened(unit)).ToContainTextAsync(leadText);
        await Expect(WhatHappened(unit)).ToContainTextAsync("the family support worker's notes of a missed visit were not discussed");
        await lead.GotoAsync(episodePath, "lead-sees-merge");
        await Expect(WhatHappened(lead)).ToContainTextAsync(leadText);
        await Expect(WhatHappened(lead)).ToContainTextAsync("the family support worker's notes of a missed visit were not discussed");

        await using var db = world.Factory.CreateDbContext();
        var episode = await db.Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId);
        Assert.Equal(merged, episode.WhatHappened.ReplaceLineEndings("\n"));
        Assert.Equal(world.World.BusinessUnit.Id, episode.UpdatedByUserId);
    }

    [Fact]
    public async Task Episode_SharedWithTheCaseGroup_ACaseGroupMemberCommentsAndTheTeamSeesIt()
    {
        var teamPerson = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var groupPerson = world.World.OnReview[ReviewRole.CaseGroupMember];
        var reviewId = await world.ReviewWithAsync("Child S", (teamPerson, ReviewRole.ReviewTeamMember), (groupPerson, ReviewRole.CaseGroupMember));
        const string title = "School's referral about the bruise on the wrist";
        const string comment = "This rings true: at the time the school had no way of knowing about the police call-out the week before.";
        await using var journey = Journey.Start(browser, world.BaseAddress);

        // Act 1: a review team member adds an episode and shares it with the case group.
        var member = await journey.OpenAsync("review-team-member");
        await member.SignInAsync(world.Factory, teamPerson);
        await member.GotoAsync($"/reviews/{reviewId}/analysis/episodes", "episodes");
        var episodeId = await AddEpisodeAsync(member, title, "The class teacher saw a bruise and the designated lead referred the same day.");
        await Expect(member.Page.GetByText("Case group members cannot see this yet.")).ToBeVisibleAsync();
        await member.ClickAsync(member.Button("Share with the case group"), "episode-shared");
        await Expect(member.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Shared with the case group");
        await Expect(member.Button("Stop sharing with the case group")).ToBeVisibleAsync();

        // Act 2: the case group member follows Analysis from the review to what is shared, and opens the episode.
        var group = await journey.OpenAsync("case-group-member");
        await group.SignInAsync(world.Factory, groupPerson);
        await group.GotoAsync($"/reviews/{reviewId}", "group-review");
        await group.ClickAsync(group.Link("Analysis"), "group-shared");
        Assert.Equal($"/reviews/{reviewId}/analysis/shared", group.Path);
        await Expect(group.Heading).ToHaveTextAsync("Shared with the case group");
        await group.ClickAsync(group.Link($"Episode 1: {title}"), "group-episode");
        Assert.Equal($"/reviews/{reviewId}/analysis/shared/episodes/{episodeId}", group.Path);
        await Expect(group.Heading).ToHaveTextAsync(title);
        await Expect(group.Link("Change the episode")).ToHaveCountAsync(0);

        // Act 3: an empty comment first, then a real one.
        await group.ClickAsync(group.Button("Add comment"), "group-comment-empty");
        Assert.Equal(["Enter your comment"], await group.ErrorsAsync());
        await group.Field("Add a comment").FillAsync(comment);
        await group.ClickAsync(group.Button("Add comment"), "group-commented");

        // Assert 3: the comment shows under the case group member's name.
        await Expect(group.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Comment added");
        await Expect(group.Page.Locator(".app-comment")).ToHaveCountAsync(1);
        await Expect(group.Page.Locator(".app-comment")).ToContainTextAsync(groupPerson.Name);

        // Assert 4: the review team member, reloading the episode, sees it too.
        await member.GotoAsync($"/reviews/{reviewId}/analysis/episodes/{episodeId}", "episode-with-comment");
        var seen = member.Page.Locator(".app-comment");
        await Expect(seen).ToHaveCountAsync(1);
        await Expect(seen.Locator("strong")).ToHaveTextAsync(groupPerson.Name);
        await Expect(seen.Locator(".app-pre-line")).ToHaveTextAsync(comment);
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

    /// <summary>
    /// Tells <paramref name="page"/> that the form about to be posted is answered with <paramref name="status"/> at
    /// the page's own address, so Chromium's "Failed to load resource: ... 409" console message is expected there
    /// (as <see cref="LanternPage.GotoAsync"/> does for refused pages) rather than failing the step. LanternPage has
    /// no public way to say so for a click yet, hence the reflection.
    /// </summary>
    /// <summary>A review of its own for one test, with <paramref name="roles"/> given on it.</summary>

    /// <summary>The status tag under an item's heading.</summary>
    private static ILocator StatusTag(LanternPage page) => page.Page.Locator("h1 + p .govuk-tag").First;

    /// <summary>The paragraph under "What happened" on an episode's page.</summary>
    private static ILocator WhatHappened(LanternPage page) => page.Page.Locator("h2:text-is('What happened') + p");

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
