using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using PersonCategory = Lantern.Core.Information.PersonCategory;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// The journeys of the practitioners' narrative, meetings and the record against hindsight: a lead reviewer
/// writes a period of the narrative with two accounts side by side, records where they differ and what exploring
/// it found, and shares it with the case group, whose member comments; a case group meeting is arranged and
/// recorded, and its member sees the agenda and decisions but not the notes; the team records how it guarded
/// against hindsight; and the working papers download as a valid Word document holding the narrative. Every step
/// is scanned with axe. Each uses a review of its own.
/// </summary>
public sealed class NarrativeJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task Narrative_SectionWithTwoAccountsAndADiscrepancy_IsSharedWithTheCaseGroupForComment()
    {
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var groupPerson = world.World.OnReview[ReviewRole.CaseGroupMember];
        var reviewId = await world.ReviewWithAsync("Child N", (leadPerson, ReviewRole.LeadReviewer), (groupPerson, ReviewRole.CaseGroupMember));
        await world.Factory.RegisterPersonAsync(reviewId, "Sam Invented", "Social worker A", PersonCategory.Professional, agencyId: world.World.AgencyId, role: "Social worker");
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, leadPerson);

        // Act 1: from the analysis to the narrative; a section with no title and an end before its start is refused.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis", "analysis");
        await lead.ClickAsync(lead.Link("Practitioners' narrative"), "narrative-empty");
        await lead.ClickAsync(lead.Button("Add a section"), "section-add");
        await lead.FillDateAsync("Start of the period", new DateOnly(2024, 3, 1));
        await lead.FillDateAsync("End of the period (optional)", new DateOnly(2024, 2, 1));
        await lead.Field("Summary (optional)").FillAsync("The family moved and the case passed between two teams.");
        await lead.ClickAsync(lead.Button("Add section"), "section-add-errors");
        Assert.Equal(["Enter a title for the section", "The end of the period must be the same as or after the start"], await lead.ErrorsAsync());
        await Expect(lead.Field("Summary (optional)")).ToHaveValueAsync("The family moved and the case passed between two teams.");

        // Act 2: put it right, then add two accounts of the period.
        await lead.Field("Title").FillAsync("After the move to the new flat");
        await lead.FillDateAsync("End of the period (optional)", new DateOnly(2024, 6, 30));
        await lead.ClickAsync(lead.Button("Add section"), "section");
        await Expect(lead.Heading).ToHaveTextAsync("After the move to the new flat");
        await AddAccountAsync(lead, "Social worker A (Social worker)", "Testshire Council", "Believed the health visitor had seen the baby that week, so did not visit again.");
        await AddAccountAsync(lead, "Not one person (an agency's account)", "Testshire Police", "Police records show two calls about shouting, passed to children's services the same day.");

        // Assert 2: the two accounts sit side by side in one row.
        var cards = lead.Page.Locator(".govuk-grid-row .govuk-grid-column-one-half .govuk-summary-card");
        await Expect(cards).ToHaveCountAsync(2);
        await Expect(cards.Locator(".govuk-summary-card__title")).ToHaveTextAsync(["Social worker A (Testshire Council)", "Testshire Police"]);
        var first = await cards.Nth(0).BoundingBoxAsync();
        var second = await cards.Nth(1).BoundingBoxAsync();
        Assert.True(second!.X > first!.X + first.Width / 2 && Math.Abs(second.Y - first.Y) < 5, "The accounts should be side by side");

        // Act 3: record that they differ, then what exploring it found.
        await lead.ClickAsync(lead.Link("Record a discrepancy"), "discrepancy-add");
        await lead.ClickAsync(lead.Button("Record discrepancy"), "discrepancy-add-errors");
        Assert.Equal(["Describe how the accounts differ", "Select at least two accounts that differ"], await lead.ErrorsAsync());
        await lead.Field("Social worker A (Testshire Council)").CheckAsync();
        await lead.Field("Testshire Police").CheckAsync();
        await lead.Field("How the accounts differ").FillAsync("Whether children's services heard about the calls that week.");
        await lead.ClickAsync(lead.Button("Record discrepancy"), "discrepancy");
        await Expect(lead.Page.Locator("#discrepancies + p + .govuk-summary-list")).ToContainTextAsync("To explore");
        await lead.ClickAsync(lead.Page.GetByRole(AriaRole.Link, new() { Name = "Explore discrepancy 1" }), "discrepancy-explore");
        await lead.Field("Explained").CheckAsync();
        await lead.Field("What exploring it found").FillAsync("The calls reached the duty desk, which logged them against the old address.");
        await lead.ClickAsync(lead.Button("Save"), "discrepancy-explained");

        // Assert 3: the discrepancy is explained, and both accounts are as they were given.
        await Expect(lead.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Discrepancy 1 saved");
        await Expect(lead.Page.Locator("#discrepancies + p + .govuk-summary-list")).ToContainTextAsync("Explained");
        await Expect(cards.Nth(0)).ToContainTextAsync("Believed the health visitor had seen the baby that week");
        await Expect(cards.Nth(1)).ToContainTextAsync("Police records show two calls");

        // Act 4: share it; the case group member finds it and comments.
        await lead.ClickAsync(lead.Button("Share with the case group"), "section-shared");
        var group = await journey.OpenAsync("case-group-member");
        await group.SignInAsync(world.Factory, groupPerson);
        await group.GotoAsync($"/reviews/{reviewId}/analysis/shared", "group-shared");
        await group.ClickAsync(group.Link("1. After the move to the new flat"), "group-section");
        await Expect(group.Page.Locator(".govuk-summary-card")).ToHaveCountAsync(2);
        await group.Field("Add a comment").FillAsync("The duty desk was short of staff that month.");
        await group.ClickAsync(group.Button("Add comment"), "group-commented");

        // Assert 4: the lead reviewer sees the comment under the section.
        await lead.GotoAsync(lead.Path, "section-with-comment");
        await Expect(lead.Page.Locator(".app-comment")).ToContainTextAsync("The duty desk was short of staff that month.");
        await Expect(lead.Page.Locator(".app-comment strong")).ToHaveTextAsync(groupPerson.Name);

        // Act 5: download the working papers from the analysis page.
        await lead.GotoAsync($"/reviews/{reviewId}/analysis", "analysis-papers");
        var download = await lead.Page.RunAndWaitForDownloadAsync(() => lead.Link("Download the working papers (Word)").ClickAsync());

        // Assert 5: a valid Word document holding the narrative: both accounts and the discrepancy with what was found.
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(await download.PathAsync(), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Practitioners' narrative", text, StringComparison.Ordinal);
        Assert.Contains("Believed the health visitor had seen the baby that week", text, StringComparison.Ordinal);
        Assert.Contains("The calls reached the duty desk, which logged them against the old address.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_ArrangedAndRecorded_IsSeenByTheCaseGroupWithoutNotes_AndHindsightIsRecorded()
    {
        var leadPerson = world.World.OnReview[ReviewRole.LeadReviewer];
        var groupPerson = world.World.OnReview[ReviewRole.CaseGroupMember];
        var reviewId = await world.ReviewWithAsync("Child M", (leadPerson, ReviewRole.LeadReviewer), (groupPerson, ReviewRole.CaseGroupMember));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);

        // Act 1: arrange a case group introduction for yesterday, inviting both.
        await unit.GotoAsync($"/reviews/{reviewId}/analysis", "analysis");
        await unit.ClickAsync(unit.Link("Meetings"), "meetings-empty");
        await unit.ClickAsync(unit.Button("Arrange a meeting"), "arrange");
        await unit.Field("Case group introduction").CheckAsync();
        await unit.FillDateAsync("Date", yesterday);
        await unit.Field("Start time (optional)").FillAsync("10am");
        await unit.Field("Where (optional)").FillAsync("Room 2, civic centre");
        await unit.Field("Agenda").FillAsync("Welcome and how the review works\nThe story so far");
        await unit.Field(leadPerson.Name).CheckAsync();
        await unit.Field(groupPerson.Name).CheckAsync();
        await unit.ClickAsync(unit.Button("Arrange meeting"), "meeting");
        await Expect(unit.Heading).ToHaveTextAsync("Case group introduction");

        // Act 2: record who came, the notes and the decisions.
        await unit.ClickAsync(unit.Link("Change the arrangements or record attendance, notes and decisions"), "record");
        await unit.Page.GetByLabel($"{leadPerson.Name} (Lead reviewer)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Attended" });
        await unit.Page.GetByLabel($"{groupPerson.Name} (Case group member)", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Sent apologies" });
        await unit.Field("Notes").FillAsync("The group walked through the first period of the narrative.");
        await unit.Field("Decisions").FillAsync("1. Share the first narrative section for comment\n2. Ask the police for the call logs");
        await unit.ClickAsync(unit.Button("Save meeting"), "recorded");

        // Assert 2: attendance and numbered decisions on the meeting's page.
        await Expect(unit.Page.Locator("table")).ToContainTextAsync("Sent apologies");
        await Expect(unit.Page.Locator("h2:text-is('Decisions') + ol li")).ToHaveTextAsync(["Share the first narrative section for comment", "Ask the police for the call logs"]);

        // Act 3: the case group member opens the meeting from what is shared with them.
        var group = await journey.OpenAsync("case-group-member");
        await group.SignInAsync(world.Factory, groupPerson);
        await group.GotoAsync($"/reviews/{reviewId}/analysis/shared", "group-shared");
        await group.ClickAsync(group.Link($"Case group introduction, {yesterday.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}"), "group-meeting");

        // Assert 3: agenda and decisions, not the notes.
        await Expect(group.Page.Locator("main")).ToContainTextAsync("Ask the police for the call logs");
        await Expect(group.Page.Locator("main")).ToContainTextAsync("The story so far");
        await Expect(group.Page.Locator("main")).Not.ToContainTextAsync("walked through the first period");

        // Act 4: the record against hindsight; "used" needs a how.
        await unit.GotoAsync($"/reviews/{reviewId}/analysis", "analysis-again");
        await unit.ClickAsync(unit.Link("Guarding against hindsight"), "hindsight");
        var known = unit.Page.GetByRole(AriaRole.Group, new() { Name = "What was known then kept apart" });
        await known.GetByLabel("Used", new() { Exact = true }).CheckAsync();
        await unit.ClickAsync(unit.Button("Save record"), "hindsight-errors");
        Assert.Equal(["Say how the team used \"What was known then kept apart\""], await unit.ErrorsAsync());
        await unit.Field("What was known then kept apart: how, or why not").FillAsync("Every episode has a box for what was known then, checked by the chair.");
        var blind = unit.Page.GetByRole(AriaRole.Group, new() { Name = "Episodes read without the ending" });
        await blind.GetByLabel("Planned", new() { Exact = true }).CheckAsync();
        await unit.ClickAsync(unit.Button("Save record"), "hindsight-saved");

        // Assert 4: saved, and the analysis shows how many techniques are answered.
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Record saved");
        await unit.ClickAsync(unit.Link("Back to the analysis"), "analysis-final");
        await Expect(unit.Page.Locator("#hindsight-status")).ToHaveTextAsync("2 of 7 techniques answered");
    }

    private static async Task AddAccountAsync(LanternPage page, string who, string agency, string account)
    {
        await page.ClickAsync(page.Link("Add an account"), "account-add");
        await page.Field("Whose account is it?").SelectOptionAsync(new SelectOptionValue { Label = who });
        await page.Field("Agency").SelectOptionAsync(new SelectOptionValue { Label = agency });
        await page.Field("Their account").FillAsync(account);
        await page.ClickAsync(page.Button("Add account"), "account-added");
        await Expect(page.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Account added");
    }
}
