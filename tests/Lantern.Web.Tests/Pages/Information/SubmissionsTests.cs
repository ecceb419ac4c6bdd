using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed partial class SubmissionsTests(World world) : IClassFixture<World>
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
