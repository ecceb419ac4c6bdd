using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Reports;

public sealed partial class ReportTests
{
    private const string School = "Hollowmere Primary School";

    /// <summary>A summary naming the child in full and by possessive, a nickname misspelt ("Marly" for "Marley"),
    /// the school on the review's list, and a motorbike one letter from the nickname that is not a name at all.</summary>
    private const string Story = "Kasimir Threlfall was eight when he started at Hollowmere Primary School in the autumn.\n\n"
        + "At home he answered to Marly, a name from his grandad. His father kept a Harley in the yard, and Kasimir's teacher wrote that he talked about it most days.";

    [Fact]
    public async Task PublishedEdition_IsPseudonymised_ItsFindingsAreReplacedOrAccepted_ThenItIsReadyAndDownloadsWithoutIdentifyingDetail()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R5", Story, ReportStatus.Drafting, ReviewRole.LeadReviewer);
        await Factory.RegisterPersonAsync(reviewId, "Kasimir Threlfall", "Child K", PersonCategory.Subject, null, ["Marley"], dateOfBirth: new DateOnly(2015, 2, 9));
        await Factory.IdentifyingDetailAsync(reviewId, world.BusinessUnit.Id, School, "a local primary school");
        var lead = await Factory.SignInAsync(Lead);
        var path = Edition(reviewId, "published");

        var page = await lead.GetAsync(path);
        var preview = page.Document.QuerySelector(".app-edition-preview")!.TextContent;
        Assert.Contains("Child K was eight", preview, StringComparison.Ordinal);
        Assert.Contains("Child K's teacher", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Kasimir", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Threlfall", preview, StringComparison.Ordinal);
        var found = Hits(page);
        Assert.Contains(("Marly", "Misspelling"), found);
        Assert.Contains((School, "IdentifyingDetail"), found);
        Assert.All(page.Document.QuerySelectorAll("tr[data-hit]"), row => Assert.Equal("High", row.QuerySelector(".govuk-tag")!.TextContent.Trim()));

        var early = await lead.PostAsync(path, [], $"{path}?handler=Ready");
        Assert.Contains("high-risk", early.Errors.Single(), StringComparison.Ordinal);
        var refused = await lead.GetAsync($"{path}?handler=Download&format=docx");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal(["This edition is not ready for publication, so it cannot be downloaded yet. Resolve the findings below and mark it ready"], refused.Errors);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportDownloadRefused));

        // One click replaces the misspelt nickname and the school in the writer's text; each finding goes.
        foreach (var words in new[] { "Marly", School })
        {
            var (fields, suggestion) = ReplaceForm(await lead.GetAsync(path), words);
            Assert.Equal(path, (await lead.PostAsync(path, fields, $"{path}?handler=Replace")).Location);
            var text = await SectionTextAsync(Factory, reviewId, "summary");
            Assert.DoesNotContain(words, text, StringComparison.Ordinal);
            Assert.Contains(suggestion, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Hits(await lead.GetAsync(path)), h => h.Found == words);
        }

        Assert.Contains("a local primary school", await SectionTextAsync(Factory, reviewId, "summary"), StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportHitReplaced));

        // Whatever is left is kept only with a reason.
        page = await lead.GetAsync(path);
        var left = Hits(page);
        foreach (var (words, _) in left)
        {
            var keep = AcceptForm(page, words);
            var blank = await lead.PostAsync(path, [.. keep, .. Form.Of(("reason", "  "))], $"{path}?handler=Accept");
            Assert.Equal(["Enter why this can stay in the edition"], blank.Errors);
            Assert.Equal(path, (await lead.PostAsync(path, [.. keep, .. Form.Of(("reason", "A make of motorbike, not anyone's name."))], $"{path}?handler=Accept")).Location);
            page = await lead.GetAsync(path);
        }

        Assert.Contains("Accepted: A make of motorbike", page.Html, StringComparison.Ordinal);
        Assert.Equal(path, (await lead.PostAsync(path, [], $"{path}?handler=Ready")).Location);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportEditionReady));
        Assert.Contains("Marked ready for publication", (await lead.GetAsync(path)).Html, StringComparison.Ordinal);

        var docx = await lead.Client.GetAsync($"{path}?handler=Download&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = Docx.OpenValid(await docx.Content.ReadAsByteArrayAsync()))
        {
            AssertNothingIdentifying(AllText(document));
        }

        var html = await lead.Client.GetAsync($"{path}?handler=Download&format=html");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        var web = new HtmlParser().ParseDocument(await html.Content.ReadAsStringAsync());
        AssertNothingIdentifying(web.Body!.TextContent);
        Assert.Contains("Child K", web.Body.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportEditionDownloaded));

        // The restricted edition keeps the real names and carries its marking.
        var restricted = await lead.Client.GetAsync($"{Edition(reviewId, "restricted")}?handler=Download&format=docx");
        Assert.Equal(HttpStatusCode.OK, restricted.StatusCode);
        using (var document = Docx.OpenValid(await restricted.Content.ReadAsByteArrayAsync()))
        {
            var text = AllText(document);
            Assert.Contains("Kasimir Threlfall", text, StringComparison.Ordinal);
            Assert.Contains(EditionComposer.RestrictedMarking, text, StringComparison.Ordinal);
        }

        // Changing the text afterwards withdraws readiness: the download is refused again.
        var lateToken = await SectionTokenAsync(lead, reviewId, "summary");
        await WriteAsync(lead, reviewId, "summary", await SectionTextAsync(Factory, reviewId, "summary") + "\n\nKasimir moved school in 2025.", lateToken);
        Assert.Equal(HttpStatusCode.Conflict, (await lead.GetAsync($"{path}?handler=Download&format=html")).Status);
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportDownloadRefused));
    }

    [Fact]
    public async Task ChairsOverride_NeedsAReasonAndTheChair_AndAPersonWithoutAPseudonymBlocksReady()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R6", "Before the move, Tobiah went to Saltmarsh Lane Nursery three mornings a week.",
            ReportStatus.Drafting, ReviewRole.LeadReviewer);
        await Factory.RegisterPersonAsync(reviewId, "Tobiah Wren", "Child T", PersonCategory.Subject, null, ["Toby"]);
        await Factory.IdentifyingDetailAsync(reviewId, world.BusinessUnit.Id, "Saltmarsh Lane Nursery", "a nursery", Lantern.Core.Disclosure.IdentifyingDetailKind.Nursery);
        var path = Edition(reviewId, "published");

        var bu = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Null((await bu.GetAsync(path)).Document.QuerySelector("form[action*='handler=Override']"));
        var notChair = await bu.PostAsync(path, Form.Of(("overrideReason", "The Board asked for it.")), $"{path}?handler=Override");
        Assert.Equal(HttpStatusCode.Forbidden, notChair.Status);

        var chair = await Factory.SignInAsync(world.Chair);
        var blank = await chair.PostAsync(path, Form.Of(("overrideReason", " ")), $"{path}?handler=Override");
        Assert.Equal(["Enter why this edition can be published despite the unresolved findings"], blank.Errors);
        var reason = "The nursery closed in 2024 and the family agreed to its name being used.";
        Assert.Equal(path, (await chair.PostAsync(path, Form.Of(("overrideReason", reason)), $"{path}?handler=Override")).Location);
        var page = await chair.GetAsync(path);
        Assert.Contains($"By the chair's decision: {reason}", page.Html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportEditionOverridden));
        await using (var db = Factory.CreateDbContext())
        {
            var edition = await db.ReportEditions.SingleAsync(e => e.ReviewId == reviewId && e.Kind == EditionKind.Published);
            Assert.Equal(world.Chair.Id, edition.OverrideByUserId);
            Assert.Equal(1, edition.HighUnresolved);
        }

        Assert.Equal(HttpStatusCode.OK, (await chair.Client.GetAsync($"{path}?handler=Download&format=html")).StatusCode);

        // Someone added to the register without a pseudonym: nothing can be marked ready, and the message names them.
        await Factory.RegisterPersonAsync(reviewId, "Ottoline Fairweather-Nkemelu", " ", PersonCategory.FamilyOrHousehold, "Grandmother", ["Lina"]);
        var lead = await Factory.SignInAsync(Lead);
        var blocked = await lead.GetAsync(path);
        Assert.Contains("cannot be made until everyone on the people register has a pseudonym", blocked.Html, StringComparison.Ordinal);
        var refused = await chair.PostAsync(path, Form.Of(("overrideReason", reason)), $"{path}?handler=Override");
        Assert.Contains("Ottoline Fairweather-Nkemelu has no pseudonym", refused.Errors.Single(), StringComparison.Ordinal);
        var byLead = await lead.PostAsync(path, [], $"{path}?handler=Ready");
        Assert.Contains("Ottoline Fairweather-Nkemelu has no pseudonym", byLead.Errors.Single(), StringComparison.Ordinal);
    }

    /// <summary>The document's body and its headers, where the printed marking sits.</summary>
    private static string AllText(WordprocessingDocument document) =>
        string.Join("\n", [Docx.Text(Docx.Body(document)), .. document.MainDocumentPart!.HeaderParts.Select(h => Docx.Text(h.Header))]);

    private static void AssertNothingIdentifying(string text)
    {
        foreach (var words in new[] { "Kasimir", "Threlfall", "Marley", "Marly", "Hollowmere" })
        {
            Assert.DoesNotContain(words, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
