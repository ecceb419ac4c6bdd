using System.Net;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>
/// Nothing an agency sends is lost without a word: warnings are listed on the upload's page and kept on the
/// entries as flags; columns Lantern would leave out are shown before anything is applied; a value typed into
/// the quarantine's fix form is kept; and an entry corrected there shows what the agency wrote.
/// </summary>
public sealed class ChronologyWarningsTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Root(Guid reviewId) => $"/reviews/{reviewId}/information/chronology/submissions";

    private static byte[] File(string text) => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"));

    /// <summary>A review whose incident was on 10 March 2026 and whose terms of reference cover April 2025 to March 2026.</summary>
    private async Task<(Guid ReviewId, Browserless BusinessUnit)> NewReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.ReferralAsync(reviewId, world.AgencyId, world.BusinessUnit.Id, new DateOnly(2026, 3, 11));
        await Factory.TermsAsync(reviewId, world.AgencyId, world.BusinessUnit.Id);
        return (reviewId, await Factory.SignInAsync(world.BusinessUnit));
    }

    [Fact]
    public async Task CleanUpload_WithWarnings_IsAppliedAndItsPageListsThem_EntriesKeepTheirFlags_AndTheChronologyFiltersThem()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W1");
        var content = File("""
            Date,Type,Details,source_document
            02/02/2026,Home visit,Seen at home with both children,SW/0091
            14/03/2026,Phone call,Rang mother after the admission,SW/0092
            20/02/2025,Letter or email,Letter about nursery place,SW/0040
            05/02/2026,Phone call,,SW/0093
            """);

        var page = await SubmissionsTests.UploadAsync(bu, reviewId, "social-care.csv", content, world.AgencyId);

        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1", page.Location);
        var version = await bu.GetAsync(page.Location!);
        Assert.Contains("3 rows to check", version.Html, StringComparison.Ordinal);
        var warnings = version.Document.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains("Check the date", StringComparison.Ordinal)
            || r.TextContent.Contains("description is empty", StringComparison.Ordinal)).Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(["Row 2", "Row 3", "Row 4"], warnings);
        Assert.Contains("after the incident on 10 March 2026", version.Html, StringComparison.Ordinal);
        Assert.Contains("outside the period under review (1 April 2025 to 31 March 2026)", version.Html, StringComparison.Ordinal);

        await using (var db = Factory.CreateDbContext())
        {
            var entries = await db.ChronologyEntries.Where(e => e.ReviewId == reviewId).OrderBy(e => e.RowNumber).ToListAsync();
            Assert.Equal([EntryFlags.None, EntryFlags.AfterIncident, EntryFlags.OutsideReviewPeriod, EntryFlags.EmptyDescription], entries.Select(e => e.Flags));
            Assert.Equal(["SW/0091", "SW/0092", "SW/0040", "SW/0093"], entries.Select(e => e.SourceReference));
            Assert.Equal(string.Empty, entries[3].Description);
        }

        var chronology = $"/reviews/{reviewId}/information/chronology";
        var all = await bu.GetAsync(chronology);
        Assert.Equal(4, all.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("After the incident", all.Html, StringComparison.Ordinal);
        var flagged = await bu.GetAsync($"{chronology}?flagged=yes");
        var rows = flagged.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.DoesNotContain(rows, r => r.Contains("both children", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("No description", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Outside the period", StringComparison.Ordinal));

        var timeline = await bu.GetAsync($"{chronology}/timeline");
        var titles = timeline.Document.QuerySelectorAll(".app-timeline__mark title").Select(t => t.TextContent).ToList();
        Assert.Contains(titles, t => t.EndsWith("(warning: After the incident)", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.EndsWith("(warning: No description)", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.Contains("Home visit", StringComparison.Ordinal) && !t.Contains("warning", StringComparison.Ordinal));

        var entryLink = flagged.Document.QuerySelectorAll("tbody tr a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("/entries/", StringComparison.Ordinal));
        var entry = await bu.GetAsync(entryLink);
        Assert.Matches("Dated (after the incident|outside the period)", entry.Html);
    }

    [Fact]
    public async Task Upload_WithAColumnLanternWouldLeaveOut_IsShownBeforeApplying_AndTheColumnCanBeMatched()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W2");
        var content = File("""
            Date,Event,Narrative,Worker,Ref no
            03/02/2026,Home visit,Seen at home,Family support worker,FS-1
            04/02/2026,Phone call,Called about the nursery,Family support worker,FS-2
            """);

        var page = await SubmissionsTests.UploadAsync(bu, reviewId, "early-help.csv", content, world.AgencyId);

        var importUrl = page.Location!;
        Assert.Contains("/imports/", importUrl, StringComparison.Ordinal);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.ChronologyEntries.AnyAsync(e => e.ReviewId == reviewId));
            Assert.Equal(ImportStatus.Ready, (await db.ChronologyImports.SingleAsync(i => i.ReviewId == reviewId)).Status);
        }

        var check = await bu.GetAsync(importUrl);
        Assert.Contains("A column Lantern will leave out", check.Html, StringComparison.Ordinal);
        Assert.Equal(["Worker", "Family support worker"], check.Document.QuerySelectorAll("tbody tr td").Select(c => c.TextContent.Trim()));

        var columns = await bu.GetAsync($"{importUrl}/columns");
        Assert.Contains("A column matched to nothing is left out", columns.Html, StringComparison.Ordinal);
        var version = columns.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal("4", columns.Document.QuerySelector("select[name='Input.SourceReference'] option[selected]")!.GetAttribute("value"));
        var mapped = await bu.PostAsync($"{importUrl}/columns", Form.Of(("Version", version), ("Input.Date", "0"), ("Input.EventType", "1"), ("Input.Description", "2"),
            ("Input.AuthorRole", "3"), ("Input.SourceReference", "4")));
        Assert.Equal(importUrl, mapped.Location);

        var ready = await bu.GetAsync(importUrl);
        Assert.DoesNotContain("Lantern will leave out", ready.Html, StringComparison.Ordinal);
        var applied = await bu.PostAsync(importUrl, Form.Of(("Version", ready.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!), ("ExpectedCurrentVersion", "0")));
        Assert.Equal($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1", applied.Location);
        await using var after = Factory.CreateDbContext();
        var entries = await after.ChronologyEntries.Where(e => e.ReviewId == reviewId).OrderBy(e => e.RowNumber).ToListAsync();
        Assert.Equal(["Family support worker", "Family support worker"], entries.Select(e => e.AuthorRole));
        Assert.Equal(["FS-1", "FS-2"], entries.Select(e => e.SourceReference));
        var leftOut = await bu.GetAsync(applied.Location!);
        Assert.Contains("Columns left out", leftOut.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixForm_KeepsAReferenceTheFileHadNoColumnFor_AndTheEntryShowsWhatTheAgencyWroteAndWhoChangedIt()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W3");
        var content = File("""
            Date,Event type,Description
            31/02/2026,Phone call,Called the family
            03/02/2026,Home visit,Seen at home
            """);
        var page = await SubmissionsTests.UploadAsync(bu, reviewId, "police.csv", content, world.AgencyId);
        var importUrl = page.Location!;
        var quarantine = await bu.GetAsync(importUrl);
        var fixUrl = quarantine.Document.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("/rows/", StringComparison.Ordinal));

        // A second wrong date changes nothing.
        var wrong = await bu.PostAsync(fixUrl, Form.Of(("Input.Date", "30/02/2026"), ("Input.EventType", "Phone call"), ("Input.Description", "Called the family"),
            ("Input.SourceReference", "POL-17")));
        Assert.Contains("30/02/2026 is not a real date", wrong.Errors);
        await using (var db = Factory.CreateDbContext())
        {
            var row = await db.ImportRows.SingleAsync(r => r.ReviewId == reviewId && r.RowNumber == 1);
            Assert.Null(row.OriginalCells);
            Assert.Equal(3, (await db.ChronologyImports.SingleAsync(i => i.ReviewId == reviewId)).Headers.Count);
        }

        var fixedRow = await bu.PostAsync(fixUrl, Form.Of(("Input.Date", "28/02/2026"), ("Input.EventType", "Phone call"), ("Input.Description", "Called the family"),
            ("Input.SourceReference", "POL-17")));
        Assert.Equal(importUrl, fixedRow.Location);
        var again = await bu.GetAsync(fixUrl.Replace("/rows/", "/rows/", StringComparison.Ordinal));
        Assert.Equal("POL-17", again.Document.QuerySelector("input[name='Input.SourceReference']")?.GetAttribute("value"));

        var ready = await bu.GetAsync(importUrl);
        await bu.PostAsync(importUrl, Form.Of(("Version", ready.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!), ("ExpectedCurrentVersion", "0")));

        Guid entryId;
        await using (var db = Factory.CreateDbContext())
        {
            var entry = await db.ChronologyEntries.SingleAsync(e => e.ReviewId == reviewId && e.RowNumber == 1);
            Assert.Equal("POL-17", entry.SourceReference);
            Assert.Equal(new DateOnly(2026, 2, 28), entry.Date);
            Assert.Equal(EntryFlags.Corrected, entry.Flags);
            Assert.Equal(EntryFlags.None, (await db.ChronologyEntries.SingleAsync(e => e.ReviewId == reviewId && e.RowNumber == 2)).Flags);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyRowFixed));
            entryId = entry.Id;
        }

        var shown = await bu.GetAsync($"/reviews/{reviewId}/information/chronology/entries/{entryId}");
        Assert.Contains("Corrected before it was added", shown.Html, StringComparison.Ordinal);
        var changes = shown.Document.QuerySelectorAll("table tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["Date|31/02/2026|28/02/2026", "Source record reference (added in Lantern)|(empty)|POL-17"], changes);
        Assert.Contains($"by {world.BusinessUnit.Name}", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Corrected in Lantern before it was added", shown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlaggedFilter_IsKeptInTheQueryAndCleared()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W4");
        await SubmissionsTests.UploadAsync(bu, reviewId, "gp.csv", File("""
            Date,Event type,Description
            03/02/2026,Appointment,Seen by GP
            """), world.AgencyId);

        var none = await bu.GetAsync($"/reviews/{reviewId}/information/chronology?flagged=yes");

        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Contains("There are no entries to show", none.Html, StringComparison.Ordinal);
        Assert.NotNull(none.Document.QuerySelector("input#flagged[checked]"));
        Assert.NotNull(none.Document.QuerySelector($"a[href='/reviews/{reviewId}/information/chronology']"));
    }
}
