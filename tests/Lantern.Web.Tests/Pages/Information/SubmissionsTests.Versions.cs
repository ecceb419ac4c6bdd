using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Later versions of an agency's chronology: what changed, the earlier versions kept, and entries added
/// through the form.</summary>
public sealed partial class SubmissionsTests
{
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
}
