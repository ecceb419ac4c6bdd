using System.Text;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Issue 4's upload journey: two agencies send chronologies that describe the same strategy discussion. The
/// council's agency contact uploads a clean file, which becomes version 2 of the council's chronology; the
/// business unit uploads the youth justice service's file, whose impossible date is held in the quarantine and
/// corrected in the browser before the upload is applied. The lead reviewer then finds the two accounts of the
/// discussion proposed as one event, merges them and sees the dates differ. Every step is scanned with axe.
/// </summary>
public sealed class ChronologyUploadJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    // Fictional records; "Robin Fictional" (alias Robbie) is in the test world's people register.
    private const string CouncilFile =
        "Date,Event type,Description,People involved,Source record reference\r\n" +
        "02/02/2024,Home visit,Planned visit number 2; the family was seen at home.,,REF-2\r\n" +
        "12/06/2024,Strategy discussion,\"Strategy discussion after the bruise was seen; police, health and the council agreed a section 47 enquiry.\",Robin Fictional,SD-0612\r\n";

    private const string YouthJusticeFile =
        "Date,Event type,Description,People involved,Source record reference\r\n" +
        "31/02/2024,Phone call,Called Robbie about the referral order appointment.,Robbie,YJ-101\r\n" +
        "13/06/2024,Strategy discussion,\"Joined the strategy discussion by phone; told the meeting about Robbie's missed appointments.\",Robbie,YJ-114\r\n";

    [Fact]
    public async Task TwoAgencies_UploadOverlappingChronologies_OneFixedInQuarantine_ThenTheReviewerMergesThem()
    {
        var root = $"/reviews/{world.World.ReviewId}/information/chronology/submissions";
        await using var journey = Journey.Start(browser, world.BaseAddress);

        // Act 1: the council's agency contact uploads a clean file.
        var contact = await journey.OpenAsync("agency-contact");
        await contact.SignInAsync(world.Factory, world.World.OnReview[ReviewRole.AgencyContact]);
        await contact.GotoAsync(root, "contact-submissions");
        await contact.ClickAsync(contact.Link("Upload a chronology"), "contact-upload");
        await Expect(contact.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Testshire Council");
        await contact.Page.Locator("#Input_File").SetInputFilesAsync(Csv("council-chronology.csv", CouncilFile));
        await contact.ClickAsync(contact.Button("Upload"), "contact-applied");

        // Assert 1: applied at once as version 2, compared with version 1 (one row unchanged, one added, one removed),
        // on the version's own page, which says no column was left out and lists no warnings.
        await Expect(contact.Heading).ToHaveTextAsync("Version 2");
        await Expect(contact.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version 2 applied: 1 row added, 0 changed, 1 removed");
        await Expect(contact.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Columns left out");
        await Expect(contact.Page.Locator("tbody tr").Last).ToContainTextAsync("Strategy discussion");

        // Act 2: the business unit uploads the youth justice service's file, which has an impossible date.
        var unit = await journey.OpenAsync("business-unit");
        await unit.SignInAsync(world.Factory, world.World.BusinessUnit);
        await unit.GotoAsync(root, "unit-submissions");
        await unit.ClickAsync(unit.Link("Upload a chronology"), "unit-upload");
        await unit.Field("Agency").SelectOptionAsync(world.World.SecondAgencyId.ToString());
        await unit.Page.Locator("#Input_File").SetInputFilesAsync(Csv("yjs-chronology.csv", YouthJusticeFile));
        await unit.ClickAsync(unit.Button("Upload"), "unit-quarantine");

        // Assert 2: held in the quarantine, with the row and a plain message; nothing applied yet.
        await Expect(unit.Heading).ToHaveTextAsync("Check the upload");
        await Expect(unit.Page.Locator("tbody")).ToContainTextAsync("Row 1");
        await Expect(unit.Page.Locator("tbody")).ToContainTextAsync("31/02/2024 is not a real date");
        await Expect(unit.Button("Apply the chronology")).ToHaveCountAsync(0);

        // Act 3: correct the row in the browser, then apply the upload.
        await unit.ClickAsync(unit.Link("Fix row 1"), "unit-row");
        await Expect(unit.Field("Date")).ToHaveValueAsync("31/02/2024");
        await unit.Field("Date").FillAsync("29/02/2024");
        await unit.ClickAsync(unit.Button("Save the corrected row"), "unit-row-fixed");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Row 1 corrected");
        await unit.ClickAsync(unit.Button("Apply the chronology"), "unit-applied");

        // Assert 3: both rows are in, as version 1 of the youth justice service's chronology.
        await Expect(unit.Heading).ToHaveTextAsync("Version 1");
        await Expect(unit.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version 1 applied: 2 rows added, 0 changed, 0 removed");

        // Act 4: the lead reviewer looks for likely duplicates and merges the two accounts of the discussion.
        var lead = await journey.OpenAsync("lead-reviewer");
        await lead.SignInAsync(world.Factory, world.World.OnReview[ReviewRole.LeadReviewer]);
        await lead.GotoAsync($"/reviews/{world.World.ReviewId}/information/chronology/duplicates", "duplicates");
        var proposal = lead.Page.Locator(".govuk-summary-card").Filter(new() { HasText = "Testshire Youth Justice Service" });
        await Expect(proposal).ToHaveCountAsync(1);
        await Expect(proposal).ToContainTextAsync("Testshire Council");
        await lead.ClickAsync(proposal.GetByRole(AriaRole.Button, new() { Name = "Merge the ticked entries as one event", Exact = true }), "merged-discussion");

        // Assert 4: one event keeping both accounts, with the differing dates flagged to explore.
        await Expect(lead.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Merged as one event");
        await Expect(lead.Page.Locator(".app-discrepancies")).ToContainTextAsync("Testshire Council recorded 12 June 2024, Testshire Youth Justice Service recorded 13 June 2024");
        await Expect(lead.Page.Locator(".app-accounts h3")).ToHaveTextAsync(["Testshire Council", "Testshire Youth Justice Service"]);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
