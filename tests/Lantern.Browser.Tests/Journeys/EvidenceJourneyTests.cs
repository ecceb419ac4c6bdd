using Lantern.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Issue 4's evidence journeys: the business unit uploads a document and finds it in the index of material,
/// adds meeting notes and a disclosure request to the index, and records a parallel process whose constraint
/// holds family involvement, which then shows on the review and the family page.
/// </summary>
public sealed class EvidenceJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    [Fact]
    public async Task Evidence_UploadADocumentIndexItAndHoldTheReview_ShowsEachStep()
    {
        await using var journey = Journey.Start(browser, world.BaseAddress);
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);
        var review = $"/reviews/{world.World.ReviewId}";

        // Act 1: upload a document from the information hub.
        await unit.GotoAsync($"{review}/information", "information");
        await unit.ClickAsync(unit.Link("Documents"), "documents");
        await unit.ClickAsync(unit.Button("Upload a document"), "upload");
        await unit.Page.Locator("#Input_File").SetInputFilesAsync(new FilePayload
        {
            Name = "core-group-minutes.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.7\n% Fictional minutes of a core group meeting\n%%EOF\n"u8.ToArray(),
        });
        await unit.Field("Title").FillAsync("Core group minutes, 4 March");
        await unit.Field("Owner").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await unit.Field("Where it came from").FillAsync("Sent by the social work team manager by secure email");
        await unit.Field("Sensitive").CheckAsync();
        await unit.Field("Not decided yet").CheckAsync();
        await unit.ClickAsync(unit.Button("Upload document"), "document");

        // Assert 1: the document's page, then the index of material lists it.
        await Expect(unit.Heading).ToHaveTextAsync("Core group minutes, 4 March");
        await Expect(unit.Page.Locator(".govuk-summary-list")).ToContainTextAsync("core-group-minutes.pdf");
        await unit.ClickAsync(unit.Link("Disclosure requests for this document"), "document-item");
        await unit.ClickAsync(unit.Link("Back to the index of material"), "material");
        await Expect(unit.Page.Locator("tbody")).ToContainTextAsync("Core group minutes, 4 March");

        // Act 2: add meeting notes by hand and record a request to disclose them.
        await unit.ClickAsync(unit.Button("Add an item"), "material-add");
        await unit.Field("Meeting notes").CheckAsync();
        await unit.Field("Title").FillAsync("Notes of the practitioners' learning event");
        await unit.Field("Who owns it?").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await unit.Field("Where is the original held?").FillAsync("Lead reviewer's locked cabinet");
        await unit.Field("Sensitive").CheckAsync();
        await unit.ClickAsync(unit.Button("Add item"), "material-item");
        await unit.ClickAsync(unit.Button("Record a disclosure request"), "disclosure-request");
        await unit.Field("Who asked?").FillAsync("Crown Prosecution Service");
        await unit.Field("What did they ask for?").FillAsync("The notes in full, for the trial");
        await unit.ClickAsync(unit.Button("Record request"), "material-item-requested");

        // Assert 2: the request waits for the owning agency.
        await Expect(unit.Page.Locator(".govuk-summary-card")).ToContainTextAsync("Crown Prosecution Service");
        await Expect(unit.Page.Locator(".govuk-inset-text")).ToContainTextAsync("requests to disclose it go to");

        // Act 3: a prosecution asks the review not to involve the family until the trial ends.
        await unit.GotoAsync($"{review}/information/processes", "processes");
        await unit.ClickAsync(unit.Button("Add a parallel process"), "process-add");
        await unit.Field("Prosecution").CheckAsync();
        await unit.Field("Who leads it").FillAsync("Crown Prosecution Service, Testshire");
        await unit.Field("Under way").CheckAsync();
        await unit.ClickAsync(unit.Button("Add process"), "process");
        await unit.ClickAsync(unit.Button("Add a constraint"), "constraint-add");
        await unit.Field("What does the process ask of the review?").FillAsync("No meetings with the family until the trial ends");
        await unit.Field("Family involvement").CheckAsync();
        await unit.ClickAsync(unit.Button("Add constraint"), "process-constrained");

        // Assert 3: the hold shows on the review and on the family page.
        await unit.GotoAsync(review, "review-held");
        await Expect(unit.Page.Locator(".app-holds")).ToContainTextAsync("No meetings with the family until the trial ends");
        await unit.GotoAsync($"{review}/setting-up/family", "family-held");
        await Expect(unit.Page.Locator(".app-holds")).ToContainTextAsync("Family involvement");
    }
}
