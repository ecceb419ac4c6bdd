using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Reading the merged chronology: the table and its downloads, the timeline, what was known at the time,
/// meetings and single entries.</summary>
public sealed partial class MergedChronologyTests
{
    [Fact]
    public async Task Table_FiltersAndPaging_ShowMatchingRowsMergedOnce()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child T1");
        var root = $"/reviews/{reviewId}/information/chronology";

        var all = await lead.GetAsync(root);
        var byAgency = await lead.GetAsync($"{root}?agency={seeded.PoliceId}");
        var byType = await lead.GetAsync($"{root}?type=Core+group+meeting");
        var byPerson = await lead.GetAsync($"{root}?person={seeded.HealthVisitorId}");
        var byText = await lead.GetAsync($"{root}?text=OFFICERS");
        var byPeriod = await lead.GetAsync($"{root}?From.Day=1&From.Month=4&From.Year=2024&To.Day=30&To.Month=4&To.Year=2024");
        var backwards = await lead.GetAsync($"{root}?From.Day=1&From.Month=5&From.Year=2024&To.Day=1&To.Month=4&To.Year=2024");

        static int Rows(PageResult page) => page.Document.QuerySelectorAll(".app-chronology-table tbody tr").Length;
        Assert.Equal(5, Rows(all)); // six entries, two of them one merged event
        Assert.Contains("Merged: 2 agencies", all.Html, StringComparison.Ordinal);
        Assert.Equal(2, Rows(byAgency));
        Assert.Equal(2, Rows(byType));
        Assert.Equal(2, Rows(byPerson));
        Assert.Equal(1, Rows(byText));
        Assert.Equal(1, Rows(byPeriod));
        Assert.Contains("The end of the period must be the same as or after the start", backwards.Errors);
        Assert.DoesNotContain("Real name of", all.Html, StringComparison.Ordinal);
        Assert.Contains(AuditActions.ChronologyViewed, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Table_ManyEntries_PagedInFifties()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P1");
        await Factory.ManyEntriesAsync(world.PartnershipId, reviewId, world.BusinessUnit.Id, 120);
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);

        var first = await businessUnit.GetAsync($"/reviews/{reviewId}/information/chronology");
        var third = await businessUnit.GetAsync($"/reviews/{reviewId}/information/chronology?page=3");

        Assert.Equal(50, first.Document.QuerySelectorAll(".app-chronology-table tbody tr").Length);
        Assert.Equal(20, third.Document.QuerySelectorAll(".app-chronology-table tbody tr").Length);
        Assert.Contains("Showing 101 to 120 of 120 rows", third.Html, StringComparison.Ordinal);
        Assert.NotNull(first.Document.QuerySelector(".govuk-pagination"));
    }

    [Fact]
    public async Task ExportCsv_FormulaEscapedPseudonymsAndAudited()
    {
        var (reviewId, seeded, _) = await ReviewWithChronologyAsync("Child X1");
        await GiveRealNamesAsync(reviewId);
        await using (var db = Factory.CreateDbContext())
        {
            var entry = await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.PoliceVisitId);
            entry.Description = "=HYPERLINK(\"http://example.com\") Jo Sample was seen";
            db.EntryPeople.Single(p => p.EntryId == entry.Id).MatchedText = "Jo Sample";
            // Downloads replace every registered form of a name, from the register.
            (await db.People.SingleAsync(p => p.Id == seeded.AuntId)).RealName = "Jo Sample";
            await db.SaveChangesAsync();
        }

        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var response = await lead.Client.GetAsync($"/reviews/{reviewId}/information/chronology/export.csv?agency={seeded.PoliceId}");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFFDate,Time,Date precision,Agency,Event type,Account,People", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.com\"\") Aunt was seen\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Sample", csv, StringComparison.Ordinal);
        Assert.Contains(AuditActions.ChronologyExported, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task ExportDocx_OpensAsAWordDocumentWithTheEntries()
    {
        var (reviewId, _, lead) = await ReviewWithChronologyAsync("Child X2");
        await GiveRealNamesAsync(reviewId);

        var response = await lead.Client.GetAsync($"/reviews/{reviewId}/information/chronology/export.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Multi-agency chronology", text, StringComparison.Ordinal);
        Assert.Contains("Officers called at the flat", text, StringComparison.Ordinal);
        Assert.Contains("Health visitor 7", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_DrawsALanePerAgencyWithLinkedMarks_Audited()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child V1");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/timeline");

        var svg = page.Document.QuerySelector("svg.app-timeline__svg")!;
        Assert.Equal("timeline-caption", svg.GetAttribute("aria-labelledby"));
        var marks = svg.QuerySelectorAll("a").ToList();
        Assert.Equal(5, marks.Count);
        Assert.Contains(marks, m => m.GetAttribute("href") == $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}");
        Assert.All(marks, m => Assert.NotNull(m.QuerySelector("title")));
        Assert.Equal(4, svg.QuerySelectorAll("polygon").Length); // the merged strategy discussion on two lanes, and two core group meetings
        Assert.Contains("View this period as a table", page.Html, StringComparison.Ordinal);
        Assert.Contains(AuditActions.ChronologyTimelineViewed, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task KnownAtTheTime_HealthOn11March_SeesItsOwnAndNothingOfThePolicesVisit()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child K1");
        var url = $"/reviews/{reviewId}/information/chronology/known-at-the-time?agency={seeded.HealthId}&On.Day=12&On.Month=3&On.Year=2024";

        var page = await lead.GetAsync(url);

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count); // its home visit, its strategy account, and the police's account of that discussion
        Assert.Contains(rows, r => r.Contains("Told", StringComparison.Ordinal) && r.Contains("agreed a section 47 enquiry", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Officers called", StringComparison.Ordinal));
        Assert.Contains(AuditActions.ChronologyKnownAtTimeViewed, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task KnownAtTheTime_NoAgencyOrDate_ShowsErrors()
    {
        var (reviewId, _, lead) = await ReviewWithChronologyAsync("Child K2");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/known-at-the-time?agency=&On.Day=31&On.Month=2&On.Year=2024");

        Assert.Contains("Select the agency", page.Errors);
        Assert.Equal(2, page.Errors.Count);
    }

    [Fact]
    public async Task Meetings_CoreGroupSeries_ShowsMatrixAndFlagsLowContinuity()
    {
        var (reviewId, _, lead) = await ReviewWithChronologyAsync("Child C1");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/meetings?shown=1");
        var stricter = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/meetings?threshold=101");

        var headings = page.Document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Core group meeting", headings);
        Assert.Contains("Strategy discussion", headings);
        var core = page.Document.QuerySelectorAll(".app-matrix__table")[0];
        var people = core.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Family support worker 1", "Health visitor 7", "Social worker 7", "Social worker 8", "Aunt", "Were at the meeting before"], people);
        Assert.Contains("33%", core.QuerySelector(".app-matrix__continuity .govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Named in the records", core.TextContent, StringComparison.Ordinal); // no attendance recorded for these meetings
        Assert.Contains("Enter a percentage from 0 to 100", stricter.Errors);
        Assert.Contains(AuditActions.ChronologyMeetingsViewed, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Entry_Page_ShowsTheAccountWithPeopleByPseudonym()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child N1");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/entries/{seeded.PoliceStrategyId}");
        var missing = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/entries/{Guid.NewGuid()}");

        Assert.Contains("Strategy discussion held by phone", page.Html, StringComparison.Ordinal);
        Assert.Contains("Health visitor 7, Social worker 7", page.Html, StringComparison.Ordinal);
        Assert.Contains($"/events/{seeded.MergedEventId}", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
    }

    [Fact]
    public void ExportExample_InTheDocs_HasTheColumnsLanternWrites()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lantern.slnx")))
        {
            folder = folder.Parent;
        }

        var example = File.ReadAllLines(Path.Combine(folder!.FullName, "docs", "examples", "chronology-export-example.csv"), Encoding.UTF8);

        Assert.Equal(string.Join(",", Lantern.Web.Pages.Information.Chronology.ChronologyExports.CsvHeaders), example[0].TrimStart('\uFEFF'));
    }

    /// <summary>Names a real register would hold in place of the seed's "Real name of …" (whose word "name" is in
    /// the shared-name marker), so that downloads pass the disclosure-risk check.</summary>
    private async Task GiveRealNamesAsync(Guid reviewId)
    {
        string[] names = ["Bernadette Quayle", "Ifeoma Dunleavy", "Gareth Pryce-Owen", "Marisol Treharne", "Anwen Castellano"];
        await using var db = Factory.CreateDbContext();
        var people = await db.People.Where(p => p.ReviewId == reviewId).OrderBy(p => p.Pseudonym).ToListAsync();
        for (var i = 0; i < people.Count; i++)
        {
            people[i].RealName = names[i % names.Length];
        }

        await db.SaveChangesAsync();
    }
}
