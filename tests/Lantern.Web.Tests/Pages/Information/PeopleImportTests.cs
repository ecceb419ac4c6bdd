using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Lantern.Core.Access;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed partial class PeopleImportTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Root(Guid reviewId) => $"/reviews/{reviewId}/information/people";

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    /// <summary>Posts the upload form as a browser would: multipart, with the antiforgery token from the form.</summary>
    private static async Task<PageResult> UploadAsync(Browserless browser, Guid reviewId, string fileName, byte[] content)
    {
        var url = $"{Root(reviewId)}/upload";
        var form = await browser.GetAsync(url);
        using var body = new MultipartFormDataContent { { new StringContent(form.Token!), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, "file", fileName);
        var response = await browser.Client.PostAsync(url, body);
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, new HtmlParser().ParseDocument(html), html);
    }

    private async Task<(Guid ReviewId, Browserless BusinessUnit)> NewReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        return (reviewId, await Factory.SignInAsync(world.BusinessUnit));
    }

    private static string VersionOn(PageResult page) => page.Document.QuerySelector("form:not([action]) input[name=Version]")!.GetAttribute("value")!;

    private static List<string> ProblemRows(PageResult page) => page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();

    private static string FixLink(PageResult page, int rowNumber) =>
        page.Document.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent.Trim() == $"Row {rowNumber}").QuerySelector("a")!.GetAttribute("href")!;

    private static string SummaryValue(PageResult page, string key) =>
        page.Document.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == key)
            .QuerySelector(".govuk-summary-list__value")!.TextContent.Trim();

    [Fact]
    public async Task Upload_MessyFile_HoldsEveryRowWithAProblemAndAddsNoOne()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI1");
        await Factory.RegisterPersonAsync(reviewId, "Robin Fictional", "Mother's partner", relationship: "Mother's partner");

        var upload = await UploadAsync(bu, reviewId, "people from children's services.csv", Fixture("people-register-messy.csv"));

        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        var quarantine = await bu.GetAsync(upload.Location!);
        var rows = ProblemRows(quarantine);
        Assert.Equal(4, rows.Count);
        Assert.Contains("Row 3", rows[0], StringComparison.Ordinal);
        Assert.Contains("31/02/2012 is not a real date", rows[0], StringComparison.Ordinal);
        Assert.Contains("Dáithí O'Connor", rows[0], StringComparison.Ordinal);
        Assert.Contains("Row 4", rows[1], StringComparison.Ordinal);
        Assert.Contains("\u201CNorthshire Children's Services\u201D is not one of the partnership's agencies", rows[1], StringComparison.Ordinal);
        Assert.Contains("Row 8", rows[2], StringComparison.Ordinal);
        Assert.Contains("Row 7 has the pseudonym neighbour a too", rows[2], StringComparison.Ordinal);
        Assert.Contains("Row 9", rows[3], StringComparison.Ordinal);
        Assert.Contains("Already in the register as Mother's partner", rows[3], StringComparison.Ordinal);
        Assert.Contains("Date of birth (\u201CD.O.B.\u201D)", rows[0], StringComparison.Ordinal);
        Assert.Null(quarantine.Document.QuerySelector("form:not([action]) button"));
        Assert.Equal("9", SummaryValue(quarantine, "Rows"));
        Assert.Equal("4", SummaryValue(quarantine, "Rows with problems"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.People.CountAsync(p => p.ReviewId == reviewId));
        var import = await db.PeopleImports.SingleAsync(i => i.ReviewId == reviewId);
        Assert.Equal(ImportStatus.Quarantined, import.Status);
        Assert.Equal("people from children's services.csv", import.FileName);
        Assert.Equal(9, await db.PeopleImportRows.CountAsync(r => r.ImportId == import.Id));
        Assert.DoesNotContain(6, await db.PeopleImportRows.Where(r => r.ImportId == import.Id).Select(r => r.RowNumber).ToListAsync());
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.PeopleUploaded && e.ReviewId == reviewId && e.EntityId == import.Id));
    }

    [Fact]
    public async Task Upload_CleanXlsxTemplate_AsksForConfirmationThenAddsItsPeople()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI4");
        var template = await bu.Client.GetAsync($"{Root(reviewId)}/template/xlsx");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var csvTemplate = await bu.Client.GetAsync($"{Root(reviewId)}/template/csv");
        Assert.StartsWith("\"Real name\",\"Other names\"", (await csvTemplate.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var upload = await UploadAsync(bu, reviewId, "lantern-people-template.xlsx", await template.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.Redirect, upload.Status);
        var check = await bu.GetAsync(upload.Location!);
        Assert.Contains("3 people will be added", check.Html, StringComparison.Ordinal);
        Assert.Contains("Ellis Invented", check.Html, StringComparison.Ordinal);
        Assert.Contains("Health visitor 1 (proposed)", check.Html, StringComparison.Ordinal);
        await using (var before = Factory.CreateDbContext())
        {
            Assert.False(await before.People.AnyAsync(p => p.ReviewId == reviewId));
        }

        var applied = await bu.PostAsync(upload.Location!, Form.Of(("Version", VersionOn(check))));
        Assert.Equal(Root(reviewId), applied.Location);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(["Child PI4", "Health visitor 1", "Mother"], (await db.People.Where(p => p.ReviewId == reviewId).Select(p => p.Pseudonym).ToListAsync()).Order().ToArray());
    }

    [Fact]
    public async Task Upload_HeadingsNotRecognised_AsksWhichColumnIsWhichThenChecksTheRows()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI5");
        var csv = "Naam,Wie,Geboren\r\nNoa Invented,Sister,01/06/2015\r\nLee Invented,Uncle,not known\r\n";

        var upload = await UploadAsync(bu, reviewId, "people.csv", Encoding.UTF8.GetBytes(csv));

        Assert.EndsWith("/columns", upload.Location, StringComparison.Ordinal);
        var columns = await bu.GetAsync(upload.Location!);
        Assert.Equal(HttpStatusCode.OK, columns.Status);
        var version = columns.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var noName = await bu.PostAsync(upload.Location!, Form.Of(("Version", version), ("Input.Category", "1")));
        Assert.Equal(["Select the column that holds the real name"], noName.Errors);
        var twice = await bu.PostAsync(upload.Location!, Form.Of(("Version", version), ("Input.Name", "0"), ("Input.Category", "0")));
        Assert.Contains("The column \u201CNaam\u201D is already chosen for the real name", twice.Errors);
        var mapped = await bu.PostAsync(upload.Location!, Form.Of(("Version", version), ("Input.Name", "0"), ("Input.Category", "1"), ("Input.DateOfBirth", "2")));

        var importUrl = upload.Location![..^"/columns".Length];
        Assert.Equal(importUrl, mapped.Location);
        var quarantine = await bu.GetAsync(importUrl);
        var rows = ProblemRows(quarantine);
        Assert.Single(rows);
        Assert.Contains("\u201Cnot known\u201D is not a date Lantern can read", rows[0], StringComparison.Ordinal);
        var stale = await bu.PostAsync(upload.Location!, Form.Of(("Version", version), ("Input.Name", "0")));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
    }

    [Theory]
    [InlineData("people.docx", "Name", "The file must be a CSV or XLSX file.")]
    [InlineData("headings.csv", "Name,Category\r\n,,\r\n", "The file has headings but no people.")]
    [InlineData("tool.csv", "MZ\u0090", "The file is a program, not a spreadsheet, so Lantern has not opened it. Upload the list of people as a CSV or XLSX file.")]
    public async Task Upload_UnreadableFile_SaysWhyAndKeepsNothing(string name, string content, string message)
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI8 " + name);

        var page = await UploadAsync(bu, reviewId, name, Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Errors, e => e.StartsWith(message, StringComparison.Ordinal));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.PeopleImports.AnyAsync(i => i.ReviewId == reviewId));
    }

    [Fact]
    public async Task ImportPages_NeedTheRightToSeeRealIdentities_NotJustToAddPeople()
    {
        var (reviewId, bu) = await NewReviewAsync("Child PI9");
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var upload = await UploadAsync(bu, reviewId, "people.csv", Fixture("people-register-messy.csv"));
        var leadBrowser = await Factory.SignInAsync(lead);
        var allowed = await leadBrowser.GetAsync(upload.Location!);
        var index = await leadBrowser.GetAsync(Root(reviewId));
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.NotNull(index.Document.QuerySelector($"a[href='{Root(reviewId)}/upload']"));
        await using (var db = Factory.CreateDbContext())
        {
            var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
            review.SetIdentityRoles(IdentityRoles.Of([]));
            await db.SaveChangesAsync();
        }

        var refusedUpload = await leadBrowser.GetAsync($"{Root(reviewId)}/upload");
        var refusedImport = await leadBrowser.GetAsync(upload.Location!);
        var refusedTemplate = await leadBrowser.GetAsync($"{Root(reviewId)}/template/csv");
        var refusedApply = await leadBrowser.PostAsync(Root(reviewId) + "/add", Form.Of(("Version", Guid.NewGuid().ToString())), upload.Location!);
        var stillAdds = await leadBrowser.GetAsync($"{Root(reviewId)}/add");
        var indexWithout = await leadBrowser.GetAsync(Root(reviewId));

        Assert.Equal(HttpStatusCode.Forbidden, refusedUpload.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refusedImport.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refusedTemplate.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refusedApply.Status);
        Assert.DoesNotContain("Zoë", refusedImport.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillAdds.Status);
        Assert.Null(indexWithout.Document.QuerySelector($"a[href='{Root(reviewId)}/upload']"));
    }
}
