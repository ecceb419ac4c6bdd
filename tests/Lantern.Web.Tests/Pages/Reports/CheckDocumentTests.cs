using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Reports;

/// <summary>Checking a draft written outside Lantern: a Word document (or text) uploaded, read in memory, checked
/// against the review's register and identifying details, and audited.</summary>
public sealed class CheckDocumentTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task WordDocument_WithANameSplitAcrossRuns_IsChecked_BadFilesAreRefused_AndTextWorks()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R9", "Nothing yet.", Lantern.Core.Reports.ReportStatus.Drafting, ReviewRole.LeadReviewer);
        await Factory.RegisterPersonAsync(reviewId, "Delphine Okonjo-Harte", "Child D", PersonCategory.Subject, null, ["Del"]);
        await Factory.IdentifyingDetailAsync(reviewId, world.BusinessUnit.Id, "St Wystan's Academy", "a secondary school");
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var path = $"{Report(reviewId)}/check-document";

        // Word splits "Delphine" over two runs when one half is bold: it must still be found whole.
        var docx = Word(
            [("In the spring term ", false), ("Delph", false), ("ine", true), (" missed eleven days.", false)],
            [("Her head of year at St Wystan's Academy raised it twice.", false)]);
        var checkedDoc = await UploadAsync(lead, path, "draft v3 (final).docx", docx);
        Assert.Equal(HttpStatusCode.OK, checkedDoc.Status);
        Assert.Empty(checkedDoc.Errors);
        var found = checkedDoc.Document.QuerySelectorAll("#results + table tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.Contains("Delphine", found);
        Assert.Contains("St Wystan's Academy", found);
        Assert.Contains("found in draft v3 (final).docx", checkedDoc.Document.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportDocumentChecked));

        // A macro-enabled file and a damaged one: a GOV.UK error and no results.
        var macro = await UploadAsync(lead, path, "draft.docm", Word([("Delphine", false)], [], macroEnabled: true));
        Assert.Equal(["The file is a macro-enabled Word document. Save it as a plain Word document (.docx) without macros and try again"], macro.Errors);
        Assert.Null(macro.Document.QuerySelector("#results"));
        var broken = await UploadAsync(lead, path, "draft.docx", [.. docx.Take(docx.Length / 2)]);
        Assert.Single(broken.Errors);
        Assert.Null(broken.Document.QuerySelector("#results"));
        Assert.NotNull(broken.Document.QuerySelector(".govuk-form-group--error"));
        var other = await UploadAsync(lead, path, "draft.pdf", "%PDF-1.7"u8.ToArray());
        Assert.Equal(["The file must be a Word document (.docx), a Markdown file (.md) or a text file (.txt)"], other.Errors);

        var text = await UploadAsync(lead, path, "notes.txt", "\uFEFFdel told the nurse on 3 June that her mum was ill.\nNothing else to note."u8.ToArray());
        Assert.Empty(text.Errors);
        Assert.NotNull(text.Document.QuerySelector("#results"));
        var clean = await UploadAsync(lead, path, "minutes.txt", "The panel met in the council chamber and agreed the terms."u8.ToArray());
        Assert.Equal("Nothing found", clean.Document.QuerySelector("#results")!.TextContent.Trim());
        Assert.Equal(3, await AuditCountAsync(Factory, reviewId, AuditActions.ReportDocumentChecked));

        // Writing the report is needed: an observer may not check documents.
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.Observer], ReviewRole.Observer, world.BusinessUnit.Id);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync(path)).Status);
    }

    /// <summary>Posts the file as the page's upload form would, with the form's antiforgery token.</summary>
    private static async Task<PageResult> UploadAsync(Browserless browser, string path, string fileName, byte[] bytes)
    {
        var form = await browser.GetAsync(path);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.TokenFor(path, path)!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        var response = await browser.Client.PostAsync(path, content);
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, new HtmlParser().ParseDocument(html), html);
    }

    /// <summary>A Word document of the given paragraphs, each a list of runs (text, bold).</summary>
    private static byte[] Word(IReadOnlyList<(string Text, bool Bold)> first, IReadOnlyList<(string Text, bool Bold)> second, bool macroEnabled = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, macroEnabled ? WordprocessingDocumentType.MacroEnabledDocument : WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var runs in new[] { first, second }.Where(p => p.Count > 0))
            {
                body.Append(new Paragraph(runs.Select(r => new Run(
                    r.Bold ? new RunProperties(new Bold()) : new RunProperties(),
                    new Text(r.Text) { Space = SpaceProcessingModeValues.Preserve }))));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
