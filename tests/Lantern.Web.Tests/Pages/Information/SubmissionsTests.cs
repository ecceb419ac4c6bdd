using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Information.Import;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed class SubmissionsTests(World world) : IClassFixture<World>
{
    private const string Headings = "Date,Time,Date precision,Event type,Description,People involved,Author role,Source record reference";
    private LanternFactory Factory => world.Factory;

    private static string Root(Guid reviewId) => $"/reviews/{reviewId}/information/chronology/submissions";

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Headings, .. rows]) + "\r\n");

    /// <summary>Posts the upload form as a browser would: multipart, with the antiforgery token from the form.</summary>
    internal static async Task<PageResult> UploadAsync(Browserless browser, Guid reviewId, string fileName, byte[] content, Guid? agencyId)
    {
        var url = $"{Root(reviewId)}/upload";
        var form = await browser.GetAsync(url);
        using var body = new MultipartFormDataContent { { new StringContent(form.Token!), "__RequestVerificationToken" } };
        if (agencyId is { } agency)
        {
            body.Add(new StringContent(agency.ToString()), "Input.AgencyId");
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "Input.File", fileName);
        var response = await browser.Client.PostAsync(url, body);
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, new HtmlParser().ParseDocument(html), html);
    }

    private async Task<(Guid ReviewId, Browserless BusinessUnit)> NewReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        return (reviewId, await Factory.SignInAsync(world.BusinessUnit));
    }

    [Fact]
    public async Task Upload_CleanFile_IsAppliedAsVersionOneWithPeopleLinkedAndAudited()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S1");
        var personId = Guid.NewGuid();
        await using (var seed = Factory.CreateDbContext())
        {
            seed.People.Add(new Lantern.Core.Information.Person { Id = personId, ReviewId = reviewId, RealName = "Kerry Testwell", Aliases = ["Kez"], Pseudonym = "Mother", CreatedAt = DateTime.UtcNow });
            await seed.SaveChangesAsync();
        }

        var page = await UploadAsync(bu, reviewId, "health.csv", Csv(
            "03/02/2024,10:15,day,Home visit,\"Kez seen at home, with the baby\",,Health visitor,HV-1",
            "02/2024,,month,Phone call,Called about feeding,,,HV-2"), world.AgencyId);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1", page.Location);
        var agencyPage = await bu.GetAsync(page.Location!);
        Assert.Contains("Version 1 applied: 2 rows added, 0 changed, 0 removed", agencyPage.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        var version = await db.SubmissionVersions.SingleAsync(v => v.ReviewId == reviewId);
        Assert.Equal((1, 2, SubmissionSource.Upload, "health.csv"), (version.Number, version.RowsAdded, version.Source, version.FileName));
        var entries = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId).OrderBy(e => e.RowNumber).ToListAsync();
        Assert.All(entries, e => Assert.True(e.IsCurrent));
        Assert.Equal((new DateOnly(2024, 2, 3), new TimeOnly(10, 15), "Kez seen at home, with the baby"), (entries[0].Date, entries[0].Time!.Value, entries[0].Description));
        Assert.Equal((new DateOnly(2024, 2, 1), DatePrecision.Month), (entries[1].Date, entries[1].Precision));
        var link = await db.EntryPeople.SingleAsync(p => p.ReviewId == reviewId);
        Assert.Equal((entries[0].Id, personId, "Kez"), (link.EntryId, link.PersonId, link.MatchedText));
        Assert.Empty(await db.ImportRows.Where(r => r.ReviewId == reviewId).ToListAsync());
        var actions = await db.AuditEvents.Where(e => e.ReviewId == reviewId && e.UserId == world.BusinessUnit.Id).Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditActions.ChronologyUploaded, actions);
        Assert.Contains(AuditActions.ChronologyApplied, actions);
    }

    [Fact]
    public async Task Upload_FaultyRows_AreQuarantinedThenFixedExcludedAndApplied()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S2");
        var page = await UploadAsync(bu, reviewId, "faulty.csv", Csv(
            "03/02/2024,,,Home visit,Seen at home,,,A1",
            "31/02/2024,,,Phone call,Called the family,,,A2",
            "05/02/2024,,,,Letter sent,,,A3"), world.AgencyId);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var importUrl = page.Location!;
        var quarantine = await bu.GetAsync(importUrl);
        var rows = quarantine.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Row 2", rows[0], StringComparison.Ordinal);
        Assert.Contains("31/02/2024 is not a real date", rows[0], StringComparison.Ordinal);
        Assert.Contains("Enter the event type", rows[1], StringComparison.Ordinal);
        Assert.Null(quarantine.Document.QuerySelector("form:not([action]) button"));
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.ChronologyEntries.AnyAsync(e => e.ReviewId == reviewId));
        }

        var fixUrl = quarantine.Document.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).ToList();
        var stillWrong = await bu.PostAsync(fixUrl[0], Form.Of(("Input.Date", "30/02/2024"), ("Input.EventType", "Phone call"), ("Input.Description", "Called the family")));
        Assert.Equal(HttpStatusCode.OK, stillWrong.Status);
        Assert.Contains("30/02/2024 is not a real date", stillWrong.Errors);

        var fixedRow = await bu.PostAsync(fixUrl[0], Form.Of(("Input.Date", "28/02/2024"), ("Input.EventType", "Phone call"), ("Input.Description", "Called the family"),
            ("Input.SourceReference", "A2")));
        Assert.Equal(importUrl, fixedRow.Location);
        var noReason = await bu.PostAsync(fixUrl[1], Form.Of(("Reason", " ")), fixUrl[1] + "?handler=Exclude");
        Assert.Contains("Say why this row is being left out", noReason.Errors);
        var excluded = await bu.PostAsync(fixUrl[1], Form.Of(("Reason", "A blank letter entry, sent again in row 4")), fixUrl[1] + "?handler=Exclude");
        Assert.Equal(importUrl, excluded.Location);

        var ready = await bu.GetAsync(importUrl);
        Assert.Contains("A blank letter entry, sent again in row 4", ready.Html, StringComparison.Ordinal);
        var applied = await bu.PostAsync(importUrl, Form.Of(
            ("Version", ready.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            ("ExpectedCurrentVersion", "0")));

        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1", applied.Location);
        await using var after = Factory.CreateDbContext();
        var entries = await after.ChronologyEntries.Where(e => e.ReviewId == reviewId).OrderBy(e => e.RowNumber).ToListAsync();
        Assert.Equal([1, 2], entries.Select(e => e.RowNumber));
        Assert.Equal(new DateOnly(2024, 2, 28), entries[1].Date);
        Assert.Equal(EntryFlags.None, entries[0].Flags);
        Assert.Equal(EntryFlags.Corrected, entries[1].Flags);
        var import = await after.ChronologyImports.SingleAsync(i => i.ReviewId == reviewId);
        Assert.Equal(ImportStatus.Applied, import.Status);
        var actions = await after.AuditEvents.Where(e => e.ReviewId == reviewId).Select(e => e.Action).ToListAsync();
        Assert.Contains(AuditActions.ChronologyRowFixed, actions);
        Assert.Contains(AuditActions.ChronologyRowExcluded, actions);
        Assert.Contains(AuditActions.ChronologyApplied, actions);
    }

    [Fact]
    public async Task Upload_SecondVersion_SummarisesTheChangeKeepsVersionOneAndCarriesLineageAndMerges()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S3");
        await UploadAsync(bu, reviewId, "v1.csv", Csv(
            "03/02/2024,,,Home visit,Seen at home,,,R1",
            "04/02/2024,,,Phone call,Called the family,,,R2",
            "05/02/2024,,,Referral,Referred to the family hub,,,R3"), world.AgencyId);
        Guid mergedId;
        Guid lineage;
        await using (var db = Factory.CreateDbContext())
        {
            var first = await db.ChronologyEntries.SingleAsync(e => e.ReviewId == reviewId && e.SourceReference == "R1");
            mergedId = Guid.NewGuid();
            db.MergedEvents.Add(new MergedEvent { Id = mergedId, ReviewId = reviewId, ConfirmedByUserId = world.BusinessUnit.Id, ConfirmedAt = DateTime.UtcNow });
            first.MergedEventId = mergedId;
            lineage = first.LineageId;
            await db.SaveChangesAsync();
        }

        var page = await UploadAsync(bu, reviewId, "v2.csv", Csv(
            "03/02/2024,,,Home visit,Seen at home with the baby's grandmother,,,R1",
            "04/02/2024,,,Phone call,Called the family,,,R2",
            "06/02/2024,,,Assessment,Assessment started,,,R4"), world.AgencyId);

        var agencyPage = await bu.GetAsync(page.Location!);
        Assert.Contains("Version 2 applied: 1 row added, 1 changed, 1 removed", agencyPage.Html, StringComparison.Ordinal);
        await using var after = Factory.CreateDbContext();
        var versions = await after.SubmissionVersions.Where(v => v.ReviewId == reviewId).OrderBy(v => v.Number).ToListAsync();
        Assert.Equal([(1, 3, 0, 0), (2, 1, 1, 1)], versions.Select(v => (v.Number, v.RowsAdded, v.RowsChanged, v.RowsRemoved)));
        var all = await after.ChronologyEntries.Where(e => e.ReviewId == reviewId).ToListAsync();
        Assert.Equal(3, all.Count(e => e.SubmissionVersionId == versions[0].Id && !e.IsCurrent));
        Assert.Equal(3, all.Count(e => e.SubmissionVersionId == versions[1].Id && e.IsCurrent));
        var carried = all.Single(e => e.IsCurrent && e.SourceReference == "R1");
        Assert.Equal((lineage, mergedId), (carried.LineageId, carried.MergedEventId!.Value));
        Assert.Equal(2, (await after.ChronologySubmissions.SingleAsync(s => s.ReviewId == reviewId)).CurrentVersion);
    }

    [Fact]
    public async Task Upload_OldVersionPage_ShowsItsEntriesReadOnly()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S4");
        await UploadAsync(bu, reviewId, "v1.csv", Csv("03/02/2024,,,Home visit,First account of the visit,,,R1"), world.AgencyId);
        await UploadAsync(bu, reviewId, "v2.csv", Csv("03/02/2024,,,Home visit,Second account of the visit,,,R1"), world.AgencyId);

        var old = await bu.GetAsync($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1");

        Assert.Equal(HttpStatusCode.OK, old.Status);
        Assert.Contains("First account of the visit", old.Html, StringComparison.Ordinal);
        Assert.Contains("This is an earlier version", old.Html, StringComparison.Ordinal);
        Assert.Null(old.Document.QuerySelector("main form"));
    }

    [Theory]
    [InlineData("tool.csv", "The file is a program, not a spreadsheet")]
    [InlineData("headings.csv", "All the headings are in one cell")]
    [InlineData("notes.docx", "The file must be a CSV or XLSX file")]
    public async Task Upload_UnreadableFile_ShowsWhyAndStoresNothing(string name, string message)
    {
        var (reviewId, bu) = await NewReviewAsync("Child S5 " + name);
        byte[] content = name == "tool.csv" ? [(byte)'M', (byte)'Z', 0x90, 0, 3, 0] : Encoding.UTF8.GetBytes("Date|Event type|Description\n03/02/2024|Home visit|Seen\n");

        var page = await UploadAsync(bu, reviewId, name, content, world.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector(".govuk-form-group--error #Input_File"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ChronologyImports.AnyAsync(i => i.ReviewId == reviewId));
        Assert.False(await db.ChronologyEntries.AnyAsync(e => e.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyUploaded));
    }

    [Fact]
    public async Task Upload_AgencyExportWithAQuoteLeftOpen_IsRefusedNamingTheRowAndStoresNothing()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S12");

        var page = await UploadAsync(bu, reviewId, "health-export.csv", Fixture("agency-export-unclosed-quote.csv"), world.AgencyId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var error = Assert.Single(page.Errors);
        Assert.StartsWith("Row 37 (line 43 of the file) opens a quote (\") that is not closed until line 44", error, StringComparison.Ordinal);
        Assert.Contains("Nothing has been added", error, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".govuk-form-group--error #Input_File"));
        Assert.Equal(world.AgencyId.ToString(), page.Document.QuerySelector("#Input_AgencyId option[selected]")!.GetAttribute("value"));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ChronologyImports.AnyAsync(i => i.ReviewId == reviewId));
        Assert.False(await db.ImportRows.AnyAsync(r => r.ReviewId == reviewId));
        Assert.False(await db.ChronologyEntries.AnyAsync(e => e.ReviewId == reviewId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyUploaded));
    }

    [Fact]
    public async Task Upload_AgencyExportWithDetailsOverSeveralLines_IsAppliedWithEachDescriptionWhole()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S13");

        var page = await UploadAsync(bu, reviewId, "health-export.csv", Fixture("agency-export-multiline.csv"), world.AgencyId);

        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1", page.Location);
        await using var db = Factory.CreateDbContext();
        var entries = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId).OrderBy(e => e.RowNumber).ToListAsync();
        Assert.Equal(6, entries.Count);
        Assert.Equal("New birth visit.\nZoë said she was \"tired but coping\".\n\nMateo feeding well, weight on track.", entries[0].Description);
        Assert.Equal(43, entries[2].Description.Count(c => c == '\n'));
        Assert.EndsWith("42. GP surgery (apologies)\nActions agreed, minutes to follow.", entries[2].Description, StringComparison.Ordinal);
        Assert.Equal("SCH-0004", entries[3].SourceReference);
    }

    [Fact]
    public async Task Upload_NoFileOrNoAgency_AsksForThem()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S6");

        var page = await bu.PostAsync($"{Root(reviewId)}/upload", Form.Of(("Input.AgencyId", "")));

        Assert.Equal(["Select the agency whose chronology this is", "Select the chronology file to upload"], page.Errors);
    }

    [Fact]
    public async Task Upload_UnknownHeadings_AsksWhichColumnIsWhichThenChecksTheRows()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S7");
        var content = Encoding.UTF8.GetBytes("When it happened,What,Worker's notes,Office\r\n03/02/2024,Home visit,Seen at home,North\r\n04/02/2024,Phone call,,North\r\n");

        var page = await UploadAsync(bu, reviewId, "own.csv", content, world.AgencyId);

        Assert.EndsWith("/columns", page.Location, StringComparison.Ordinal);
        var columns = await bu.GetAsync(page.Location!);
        Assert.Contains("Match the file's columns", columns.Heading, StringComparison.Ordinal);
        var version = columns.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var missing = await bu.PostAsync(page.Location!, Form.Of(("Version", version), ("Input.Date", "0"), ("Input.EventType", "1")));
        Assert.Equal(["Select the column that holds the description"], missing.Errors);
        var twice = await bu.PostAsync(page.Location!, Form.Of(("Version", version), ("Input.Date", "0"), ("Input.EventType", "1"), ("Input.Description", "1")));
        Assert.Contains(twice.Errors, e => e.StartsWith("The column \u201CWhat\u201D is already chosen", StringComparison.Ordinal));

        var mapped = await bu.PostAsync(page.Location!, Form.Of(("Version", version), ("Input.Date", "0"), ("Input.EventType", "1"), ("Input.Description", "2")));

        // Every row can now be read; the office column is shown as left out, and the empty description as a warning.
        var importUrl = mapped.Location!;
        var check = await bu.GetAsync(importUrl);
        var ignored = Assert.Single(check.Document.QuerySelectorAll("tbody tr"));
        Assert.Equal(["Office", "North"], ignored.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        var warning = check.Document.QuerySelector("details")!.TextContent;
        Assert.Contains("Row 2, Description (\u201CWorker's notes\u201D): The description is empty", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discard_QuarantinedUpload_DeletesItsRowsAndAddsNothing()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S8");
        var page = await UploadAsync(bu, reviewId, "faulty.csv", Csv("31/02/2024,,,Phone call,Called,,,A1"), world.AgencyId);
        var quarantine = await bu.GetAsync(page.Location!);

        var discarded = await bu.PostAsync(page.Location!, Form.Of(("Version", quarantine.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!)),
            page.Location + "?handler=Discard");

        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}", discarded.Location);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(ImportStatus.Discarded, (await db.ChronologyImports.SingleAsync(i => i.ReviewId == reviewId)).Status);
        Assert.False(await db.ImportRows.AnyAsync(r => r.ReviewId == reviewId));
        Assert.False(await db.ChronologyEntries.AnyAsync(e => e.ReviewId == reviewId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyDiscarded));
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync(page.Location!)).Status);
    }

    [Fact]
    public async Task Apply_AnotherVersionAppliedMeanwhile_IsAConflict()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S9");
        var held = await UploadAsync(bu, reviewId, "faulty.csv", Csv("31/02/2024,,,Phone call,Called,,,A1"), world.AgencyId);
        var quarantine = await bu.GetAsync(held.Location!);
        var rowUrl = quarantine.Document.QuerySelector("tbody a")!.GetAttribute("href")!;
        await bu.PostAsync(rowUrl, Form.Of(("Input.Date", "28/02/2024"), ("Input.EventType", "Phone call"), ("Input.Description", "Called")));
        var ready = await bu.GetAsync(held.Location!);
        await UploadAsync(bu, reviewId, "other.csv", Csv("01/03/2024,,,Home visit,Seen,,,B1"), world.AgencyId);

        var stale = await bu.PostWithTokenAsync(held.Location!, ready.Token, Form.Of(
            ("Version", ready.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            ("ExpectedCurrentVersion", ready.Document.QuerySelector("input[name=ExpectedCurrentVersion]")!.GetAttribute("value")!)));

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains(stale.Errors, e => e.StartsWith("Someone else changed this upload", StringComparison.Ordinal));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.SubmissionVersions.CountAsync(v => v.ReviewId == reviewId));
        Assert.Equal(ImportStatus.Ready, (await db.ChronologyImports.SingleAsync(i => i.ReviewId == reviewId && i.FileName == "faulty.csv")).Status);
    }

    [Fact]
    public async Task AddEntry_MakesANewVersionKeepingEveryEntry()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S10");
        await UploadAsync(bu, reviewId, "v1.csv", Csv("03/02/2024,,,Home visit,Seen at home,,,R1"), world.AgencyId);
        var url = $"{Root(reviewId)}/agencies/{world.AgencyId}/add";

        var refused = await bu.PostAsync(url, Form.Of(("Input.Date", "31/02/2024"), ("Input.EventType", ""), ("ExpectedCurrentVersion", "1")));
        Assert.Equal(["31/02/2024 is not a real date", "Enter the event type, for example Home visit"], refused.Errors);

        var added = await bu.PostAsync(url, Form.Of(("Input.Date", "10/02/2024"), ("Input.EventType", "Strategy discussion"), ("Input.Description", "Strategy discussion held by phone"),
            ("ExpectedCurrentVersion", "1")));

        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}", added.Location);
        await using var db = Factory.CreateDbContext();
        var version = await db.SubmissionVersions.SingleAsync(v => v.ReviewId == reviewId && v.Number == 2);
        Assert.Equal((SubmissionSource.Form, 2, 1, 0, 0), (version.Source, version.RowCount, version.RowsAdded, version.RowsChanged, version.RowsRemoved));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyEntryAdded));

        var stale = await bu.PostAsync(url, Form.Of(("Input.Date", "11/02/2024"), ("Input.EventType", "Phone call"), ("Input.Description", "Call"), ("ExpectedCurrentVersion", "1")));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
    }

    [Fact]
    public async Task AgencyContact_SeesAndSubmitsOnlyTheirOwnAgency()
    {
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var root = Root(world.ReviewId);

        var list = await contact.GetAsync(root);
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Single(list.Document.QuerySelectorAll("tbody tr"));
        Assert.Equal(HttpStatusCode.NotFound, (await contact.GetAsync($"{root}/agencies/{world.SecondAgencyId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await contact.GetAsync($"{root}/agencies/{world.SecondAgencyId}/add")).Status);
        var overview = await contact.GetAsync($"/reviews/{world.ReviewId}");
        Assert.NotNull(overview.Document.QuerySelector($"a[href='{root}']"));

        var page = await UploadAsync(contact, world.ReviewId, "police.csv", Csv("03/02/2024,,,Police call-out,Officers attended,,,P1"), world.SecondAgencyId);

        Assert.StartsWith($"{root}/agencies/{world.AgencyId}/versions/", page.Location, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.ChronologySubmissions.AnyAsync(s => s.ReviewId == world.ReviewId && s.AgencyId == world.SecondAgencyId));
    }

    [Fact]
    public async Task Template_BothFormats_UploadCleanlyAsTheyAre()
    {
        var (reviewId, bu) = await NewReviewAsync("Child S11");
        foreach (var format in new[] { "csv", "xlsx" })
        {
            var response = await bu.Client.GetAsync($"{Root(reviewId)}/template/{format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"lantern-chronology-template.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
            var read = ChronologyFileReader.Read(await response.Content.ReadAsByteArrayAsync(), "template." + format, new ImportLimits());
            Assert.Null(read.Error);
            Assert.True(ChronologyColumns.AutoMap(read.Table!.Headings).IsComplete);
            Assert.True(new RowValidator(ChronologyColumns.AutoMap(read.Table.Headings).Columns, null).Check(1, read.Table.Rows[0]).IsValid);
        }
    }

    [Fact]
    public async Task InformationHub_UploadsNotYetApplied_AreCounted()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child W1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var hub = $"/reviews/{reviewId}/information";
        Assert.DoesNotContain("waiting to be checked", (await businessUnit.GetAsync(hub)).Html, StringComparison.Ordinal);

        await Factory.QuarantinedImportAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        await Factory.QuarantinedImportAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        await UploadAsync(businessUnit, reviewId, "clean.csv", Csv("01/03/2024,,,Home visit,Seen at home,,,R1"), world.AgencyId);

        var page = await businessUnit.GetAsync(hub);
        Assert.Contains("2 uploads waiting to be checked", page.Html, StringComparison.Ordinal);
    }
}
