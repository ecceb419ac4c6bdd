using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Analysis;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// An administrator adds a work-system coding scheme of the partnership's own (a first try with a faulty line is
/// refused and keeps the text), then a lead reviewer codes an episode's contributory factors with it and sees
/// the codes named with the scheme. Every step is scanned with axe.
/// </summary>
public sealed class CodingSchemeJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    // Written for Lantern, in the spirit of systems models of work; not taken from any publication.
    private const string WorkSystem = """
        - The people doing the work : Who was involved, and what they brought to the day
          - Training and experience
          - Fatigue and the load they carried
        - The tasks : What the work asked of them, and when
          - Several urgent things at once
        - Tools and technology : The systems and forms in use
          - Records that were hard to search
        - How the organisation ran : Staffing, leadership and the way work was shared out
        - Surroundings : Where the work happened, and what that place made easy or hard
        - Pressures from outside : Rules, funding and scrutiny beyond the organisation
        """;

    [Fact]
    public async Task Administrator_AddsAWorkSystemScheme_AndALeadReviewerCodesAnEpisodeWithIt()
    {
        var lead = world.World.OnReview[ReviewRole.LeadReviewer];
        var reviewId = await world.Factory.ReviewAsync(world.World.PartnershipId, world.World.ReviewTypeId, world.World.BusinessUnit.Id, "Child S");
        await world.Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.World.BusinessUnit.Id);
        var episodeId = await EpisodeAsync(reviewId);
        await using var journey = Journey.Start(browser, world.BaseAddress);

        // Act 1: the administrator finds coding schemes and tries an outline with a line that is not a code.
        var admin = await journey.OpenAsync("administrator");
        await admin.SignInAsync(world.Factory, world.World.Administrator);
        await admin.GotoAsync("/admin", "administration");
        await admin.ClickAsync(admin.Link("Coding schemes"), "schemes");
        await admin.ClickAsync(admin.Button("Add a scheme"), "add");
        await admin.Field("Name").FillAsync("Work system");
        await admin.Field("Contributory factors").CheckAsync();
        var faulty = WorkSystem.Replace("- Surroundings", "Surroundings", StringComparison.Ordinal);
        await admin.Field("Codes").FillAsync(faulty);
        await admin.ClickAsync(admin.Button("Add scheme"), "add-faulty");

        // Assert 1: the line is named, and what was typed is still there.
        Assert.Equal(["Line 9: start each code with a hyphen and a space, like \"- Team\""], await admin.ErrorsAsync());
        await Expect(admin.Field("Codes")).ToHaveValueAsync(faulty);
        await Expect(admin.Field("Name")).ToHaveValueAsync("Work system");

        // Act 2: fix the line and add the scheme.
        await admin.Field("Codes").FillAsync(WorkSystem);
        await admin.ClickAsync(admin.Button("Add scheme"), "added");
        await Expect(admin.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Work system added");
        await admin.ClickAsync(admin.Link("Work system"), "scheme");
        await Expect(admin.Page.Locator("main")).ToContainTextAsync("Records that were hard to search");

        // Act 3: the lead reviewer opens the episode's factors, chooses the new framework and codes two factors.
        var reviewer = await journey.OpenAsync("lead-reviewer");
        await reviewer.SignInAsync(world.Factory, lead);
        await reviewer.GotoAsync($"/reviews/{reviewId}/analysis/episodes/{episodeId}", "episode");
        await reviewer.ClickAsync(reviewer.Link("Code contributory factors"), "factors");
        await Expect(reviewer.Field("Contributory factors, version 1")).ToBeCheckedAsync();
        await reviewer.Field("Work system, version 1").CheckAsync();
        await reviewer.ClickAsync(reviewer.Button("Use this framework"), "factors-work-system");
        await reviewer.Field("Fatigue and the load they carried").CheckAsync();
        await reviewer.Field("Records that were hard to search").CheckAsync();
        await reviewer.ClickAsync(reviewer.Button("Save factors"), "episode-coded");

        // Assert 3: the episode shows the codes under the scheme and version they were coded with.
        var main = reviewer.Page.Locator("main");
        await Expect(main).ToContainTextAsync("Work system, version 1");
        await Expect(main).ToContainTextAsync("The people doing the work: Fatigue and the load they carried");
        await Expect(main).ToContainTextAsync("Tools and technology: Records that were hard to search");
        await using var db = world.Factory.CreateDbContext();
        var codes = await db.AnalysisCodes.Where(c => c.ItemId == episodeId).Select(c => c.SchemeKey + "/" + c.SchemeVersion + "/" + c.CodeKey).OrderBy(c => c).ToListAsync();
        Assert.Equal(["work-system/1/fatigue-and-the-load-they-carried", "work-system/1/records-that-were-hard-to-search"], codes);
        reviewer.AssertNoConsoleErrors();
        admin.AssertNoConsoleErrors();
    }

    private async Task<Guid> EpisodeAsync(Guid reviewId)
    {
        await using var db = world.Factory.CreateDbContext();
        var userId = world.World.BusinessUnit.Id;
        var episode = new KeyPracticeEpisode
        {
            Id = Guid.NewGuid(),
            ReviewId = reviewId,
            Number = 1,
            Title = "Late-evening duty call about the baby's bruise",
            AgencyIds = [world.World.AgencyId],
            WhatHappened = "The duty worker took the call near the end of a long shift and logged it for the morning team.",
            RaisedBy = EpisodeSource.ReviewTeam,
            CreatedByUserId = userId,
            CreatedAt = DateTime.UtcNow,
            UpdatedByUserId = userId,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Episodes.Add(episode);
        await db.SaveChangesAsync();
        return episode.Id;
    }
}
