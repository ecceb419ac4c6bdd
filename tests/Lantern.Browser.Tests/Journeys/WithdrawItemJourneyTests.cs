using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// A lead reviewer adds an episode by mistake and withdraws it with a reason: it leaves the episodes list and the
/// working papers, is listed on the withdrawn items page with who withdrew it, when and why, and its own page still
/// opens, marked as withdrawn. Every step is scanned with axe. The review is its own.
/// </summary>
public sealed class WithdrawItemJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task MistakenEpisode_WithdrawnWithAReason_LeavesTheListAndWorkingPapers_AndIsShownAsWithdrawn()
    {
        var person = world.World.OnReview[ReviewRole.LeadReviewer];
        var reviewId = await world.ReviewWithAsync("Child X", (person, ReviewRole.LeadReviewer));
        const string kept = "Strategy discussion held without health";
        const string mistaken = "Health visitor's visit (entered on the wrong review)";
        const string reason = "Entered on the wrong review: this visit was to the family in Child Y's review.";
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, person);

        // Arrange: two episodes, the second made in error.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis/episodes", "episodes-empty");
        await AddEpisodeAsync(lead, kept);
        await lead.ClickAsync(lead.Link("Back to key practice episodes"), "episodes-one");
        await AddEpisodeAsync(lead, mistaken);
        var episodePath = lead.Path;

        // Act 1: from the mistaken episode to the confirmation page, and withdraw without a reason.
        await lead.ClickAsync(lead.Button("Withdraw this episode"), "withdraw-confirm");
        await Expect(lead.Heading).ToHaveTextAsync("Withdraw key practice episode 2?");
        await Expect(lead.Page.Locator(".govuk-summary-list")).ToContainTextAsync(mistaken);
        await Expect(lead.Page.Locator(".govuk-warning-text")).ToContainTextAsync("kept in the records");
        await lead.ClickAsync(lead.Button("Withdraw"), "withdraw-no-reason");

        // Assert 1: refused in words, nothing withdrawn.
        Assert.Equal(["Enter why the item is being withdrawn"], await lead.ErrorsAsync());

        // Act 2: give the reason and withdraw.
        await lead.Field("Why is it being withdrawn?").FillAsync(reason);
        await lead.ClickAsync(lead.Button("Withdraw"), "withdrawn-items");

        // Assert 2: the withdrawn items page lists it with who withdrew it and why.
        await Expect(lead.Heading).ToHaveTextAsync("Withdrawn items");
        await Expect(lead.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Key practice episode 2 withdrawn");
        var row = lead.Page.Locator("tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Key practice episode 2");
        await Expect(row).ToContainTextAsync(mistaken);
        await Expect(row).ToContainTextAsync(person.Name);
        await Expect(row).ToContainTextAsync(reason);

        // Act 3: its own page still opens, from the list.
        await lead.ClickAsync(lead.Link(mistaken), "withdrawn-episode");

        // Assert 3: marked as withdrawn, with nothing to change.
        Assert.Equal(episodePath, lead.Path);
        await Expect(lead.Page.Locator("#withdrawn")).ToContainTextAsync($"by {person.Name}: {reason}");
        await Expect(lead.Link("Change the episode")).ToHaveCountAsync(0);
        await Expect(lead.Button("Withdraw this episode")).ToHaveCountAsync(0);

        // Act 4: back to the episodes list and the analysis.
        await lead.ClickAsync(lead.Link("Back to key practice episodes"), "episodes-after");

        // Assert 4: only the kept episode is listed.
        await Expect(lead.Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(lead.Page.Locator("tbody tr")).ToContainTextAsync(kept);
        await lead.GotoAsync($"/reviews/{reviewId}/analysis", "analysis");
        await Expect(lead.Page.Locator("#episodes-status")).ToHaveTextAsync("0 of 1 agreed by the review team");
        await Expect(lead.Link("Withdrawn items")).ToBeVisibleAsync();

        // Act 5: download the working papers.
        var download = await lead.Page.RunAndWaitForDownloadAsync(() => lead.Link("Download the working papers (Word)").ClickAsync());

        // Assert 5: a valid Word document with the kept episode and not the withdrawn one.
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains($"Episode 1: {kept}", text, StringComparison.Ordinal);
        Assert.DoesNotContain(mistaken, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Episode 2", text, StringComparison.Ordinal);
    }

    private static async Task AddEpisodeAsync(LanternPage page, string title)
    {
        await page.ClickAsync(page.Button("Add an episode"), "episode-add");
        await page.Field("Title").FillAsync(title);
        await page.Field("Testshire Council").CheckAsync();
        await page.Field("What happened").FillAsync($"What happened in the {title.ToLowerInvariant()}, as the records tell it.");
        await page.Field("The review team").CheckAsync();
        await page.ClickAsync(page.Button("Add episode"), "episode-added");
        await Expect(page.Heading).ToHaveTextAsync(title);
    }
}
