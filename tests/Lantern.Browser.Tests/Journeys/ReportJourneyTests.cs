using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// The report from the analysis to a safe published edition: the lead reviewer starts the report from the review's
/// analysis, lists the child's school as an identifying detail and writes the summary with the child's name, a
/// misspelt nickname and the school. The published edition calls the child by pseudonym, the disclosure-risk check
/// finds the nickname and the school, and marking the edition ready is refused until the writer applies the
/// suggestions. The chair agrees the version, and the edition downloads as DOCX, web page and PDF; the text of each
/// download carries none of the review's registered identifiers. Every page is scanned with axe.
/// </summary>
public sealed class ReportJourneyTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    private const string ChildName = "Tyler Whitlock";
    private const string Nickname = "Jaybird";
    private const string MisspeltNickname = "Jaybyrd";
    private const string MotherName = "Roxanne Whitlock";
    private const string School = "Fernhill Primary School";
    private const string WorkerName = "Ingrid Falkenrath";

    [Fact]
    public async Task Report_NicknameAndSchoolFound_GateRefusesUntilReplaced_ChairAgrees_DownloadsCarryNoIdentifier()
    {
        var lead = world.World.OnReview[ReviewRole.LeadReviewer];
        var team = world.World.OnReview[ReviewRole.ReviewTeamMember];
        var caseGroup = world.World.OnReview[ReviewRole.CaseGroupMember];
        var reviewId = await world.ReviewWithAsync("Child R", (lead, ReviewRole.LeadReviewer), (team, ReviewRole.ReviewTeamMember), (caseGroup, ReviewRole.CaseGroupMember));
        await world.Factory.RegisterPersonAsync(reviewId, ChildName, "Child R", PersonCategory.Subject, relationship: null, aliases: [Nickname], dateOfBirth: new DateOnly(2017, 2, 11));
        await world.Factory.RegisterPersonAsync(reviewId, MotherName, "Mother", aliases: ["Roxy"]);
        var worker = await world.Factory.RegisterPersonAsync(reviewId, WorkerName, "Health visitor 1", PersonCategory.Professional, relationship: null, aliases: [], agencyId: world.World.AgencyId, role: "Health visitor");
        await world.Factory.AnalysisAsync(reviewId, world.World.AgencyId, world.World.BusinessUnit.Id, worker, caseGroup.Id, [lead.Id, team.Id]);

        await using var journey = Journey.Start(browser, world.BaseAddress);
        var writer = await journey.OpenAsync("lead-reviewer");
        await writer.SignInAsync(world.Factory, lead);

        // Act 1: start the report from the analysis.
        await writer.GotoAsync($"/reviews/{reviewId}/report", "report-empty");
        await writer.ClickAsync(writer.Button("Start the report from the analysis"), "draft-1");
        await Expect(writer.Heading).ToHaveTextAsync("Draft 1 of the report");
        await Expect(writer.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Draft 1 started from the analysis");
        var versionPath = writer.Path;

        // Assert 1: the appraisal of practice is drafted from the agreed episode, linked to its evidence.
        await writer.ClickAsync(writer.Link("Appraisal of practice"), "appraisal");
        await Expect(writer.Page.Locator(".app-report-text")).ToContainTextAsync("Home visit after the missed appointments");
        await Expect(writer.Page.GetByRole(AriaRole.Link, new() { NameString = "and its evidence" }).First).ToBeVisibleAsync();

        // Act 2: list the school as identifying, then write the summary with the name, the misspelt nickname and the school.
        await writer.GotoAsync($"/reviews/{reviewId}/report/identifying-details", "identifying-details");
        await writer.Field("Kind of detail").SelectOptionAsync("School");
        await writer.Field("The detail, as it is written").FillAsync(School);
        await writer.Field("What replaces it in the published edition").FillAsync("a local primary school");
        await writer.ClickAsync(writer.Button("Add detail"), "identifying-detail-added");
        await Expect(writer.Page.Locator("tbody tr")).ToContainTextAsync(School);

        await writer.GotoAsync(versionPath, "draft-1-again");
        await writer.ClickAsync(writer.Link("Summary"), "summary");
        await writer.ClickAsync(writer.Button("Write this section"), "summary-write");
        await writer.Field("Text of the section").FillAsync(
            $"Tyler, called {MisspeltNickname} at home, started at {School} in September 2023. His mother, {MotherName}, asked the school for help with his attendance that winter.\n\n" +
            "The review found that agencies each held part of the picture and none of them put it together.");
        await writer.ClickAsync(writer.Button("Save section"), "summary-saved");
        await Expect(writer.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Section saved");

        // Assert 2: the published edition uses the pseudonyms, and the check lists the nickname and the school.
        await writer.GotoAsync(versionPath, "draft-1-written");
        await writer.ClickAsync(writer.Link("Edition for publication"), "published-edition");
        var preview = writer.Page.Locator(".app-edition-preview");
        await Expect(preview).ToContainTextAsync("Child R, called");
        await Expect(preview).ToContainTextAsync("Mother, asked the school");
        await Expect(preview).Not.ToContainTextAsync("Tyler");
        var findings = writer.Page.Locator("tbody tr[data-hit]");
        await Expect(findings).ToHaveCountAsync(2);
        await Expect(writer.Page.Locator("tbody tr[data-hit=Misspelling] td:first-child strong")).ToHaveTextAsync(MisspeltNickname);
        await Expect(writer.Page.Locator("tbody tr[data-hit=IdentifyingDetail] td:first-child strong")).ToHaveTextAsync(School);

        // Act 3: marking it ready is refused while they stand.
        await writer.ClickAsync(writer.Button("Mark ready for publication"), "ready-refused");
        Assert.Contains(await writer.ErrorsAsync(), e => e.Contains("high-risk findings are unresolved", StringComparison.Ordinal));

        // Act 4: apply the suggestions, one click each, then mark it ready.
        await writer.ClickAsync(writer.Page.GetByRole(AriaRole.Button, new() { NameString = "Replace with “Child R”" }).First, "nickname-replaced");
        await writer.ClickAsync(writer.Page.GetByRole(AriaRole.Button, new() { NameString = "Replace with “a local primary school”" }).First, "school-replaced");
        await Expect(findings).ToHaveCountAsync(0);
        await Expect(preview).ToContainTextAsync("started at a local primary school");
        await writer.ClickAsync(writer.Button("Mark ready for publication"), "ready");
        await Expect(writer.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Marked ready for publication");
        await writer.GotoAsync(versionPath, "draft-1-ready");
        await writer.ClickAsync(writer.Button("Send for quality assurance"), "draft-1-qa");

        // Act 5: the chair agrees the version.
        var chair = await journey.OpenAsync("chair");
        await chair.SignInAsync(world.Factory, world.World.Chair);
        await chair.GotoAsync(versionPath, "chair-version");
        await chair.ClickAsync(chair.Button("Agree this version"), "chair-agreed");
        await Expect(chair.Page.Locator(".govuk-summary-list")).ToContainTextAsync("Agreed by the chair");

        // Act 6: download the published edition three ways.
        await writer.GotoAsync(versionPath, "draft-1-agreed");
        await writer.ClickAsync(writer.Link("Edition for publication"), "published-ready");
        var texts = new Dictionary<string, string>
        {
            ["docx"] = DocxText(await DownloadAsync(writer, "Word document (DOCX)")),
            ["html"] = HtmlText(await DownloadAsync(writer, "Web page (HTML)")),
            ["pdf"] = PdfText(await DownloadAsync(writer, "PDF")),
        };

        // Assert 6: each carries the report and none of the registered identifiers.
        foreach (var (format, text) in texts)
        {
            Assert.Contains("Child R", text, StringComparison.Ordinal);
            Assert.Contains("a local primary school", text, StringComparison.Ordinal);
            foreach (var identifier in new[] { "Tyler", "Whitlock", "Roxanne", "Roxy", Nickname, MisspeltNickname, "Fernhill", "Ingrid", "Falkenrath", "11 February 2017" })
            {
                Assert.False(text.Contains(identifier, StringComparison.OrdinalIgnoreCase), $"The {format} download carries \"{identifier}\".");
            }
        }
    }

    private static async Task<string> DownloadAsync(LanternPage page, string link)
    {
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Link(link).ClickAsync());
        Assert.Null(await download.FailureAsync());
        return await download.PathAsync();
    }

    private static string DocxText(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.InnerText + " " +
            string.Concat(document.MainDocumentPart.HeaderParts.Select(h => h.Header.InnerText));
    }

    private static string HtmlText(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path)).Body!.TextContent;

    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }
}
