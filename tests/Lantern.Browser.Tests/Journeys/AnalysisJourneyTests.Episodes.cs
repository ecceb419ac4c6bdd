using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>One episode changed by two people at once, losing nothing, and one shared with the case group, whose
/// member comments on it.</summary>
public sealed partial class AnalysisJourneyTests
{
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

    /// <summary>The paragraph under "What happened" on an episode's page.</summary>
    private static ILocator WhatHappened(LanternPage page) => page.Page.Locator("h2:text-is('What happened') + p");
}
