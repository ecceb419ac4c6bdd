using System.Net;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information.Import;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Files of every kind: unreadable ones refused, agency exports with an open quote or details over several
/// lines, headings matched by hand, and the templates.</summary>
public sealed partial class SubmissionsTests
{
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
}
