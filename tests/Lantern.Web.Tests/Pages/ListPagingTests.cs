using System.Net;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages;

/// <summary>
/// Every list that is paged, walked page by page through its own "Next" links, as a person would: each item
/// seeded past the first page must be listed exactly once, and no page may read as an error. (A handler
/// parameter called "page" once bound Razor Pages' own route value, so page 2 showed page 1 again.)
/// </summary>
public sealed class ListPagingTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private async Task<Guid> NewReviewAsync(string title) => await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);

    private static IEnumerable<string> Labels(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => $"{prefix} {i:00}");

    /// <summary>Opens <paramref name="first"/> and follows "Next" to the end, collecting the text of every row.</summary>
    private static async Task<(List<string> Rows, int Pages)> WalkAsync(Browserless browser, string first, string rowSelector)
    {
        var rows = new List<string>();
        var pages = 0;
        Uri? url = new(new Uri("http://lantern.test"), first);
        while (url is not null)
        {
            var page = await browser.GetAsync(url.PathAndQuery);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.False(page.Document.Title!.StartsWith("Error:", StringComparison.Ordinal), $"{url.PathAndQuery} is titled '{page.Document.Title}'.");
            Assert.Empty(page.Errors);
            rows.AddRange(page.Document.QuerySelectorAll(rowSelector).Select(r => r.TextContent));
            var next = page.Document.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
            url = next is null ? null : new Uri(url, next);
            Assert.True(++pages <= 10, $"{first} has more pages than any test seeds.");
        }

        return (rows, pages);
    }

    private static void AssertEachListedOnce(IEnumerable<string> labels, List<string> rows)
    {
        foreach (var label in labels)
        {
            Assert.True(rows.Count(r => r.Contains(label, StringComparison.Ordinal)) == 1, $"'{label}' is listed {rows.Count(r => r.Contains(label, StringComparison.Ordinal))} times, not once.");
        }
    }

    [Fact]
    public async Task Documents_MoreThanAPage_EachListedOnce()
    {
        var reviewId = await NewReviewAsync("Child P1");
        await using (var db = Factory.CreateDbContext())
        {
            var at = DateTime.UtcNow.AddDays(-30);
            foreach (var (label, i) in Labels("Paging document", 26).Select((l, i) => (l, i)))
            {
                db.Documents.Add(new EvidenceDocument
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    Title = label,
                    OwnerAgencyId = world.AgencyId,
                    Provenance = "Sent by the school's safeguarding lead",
                    Sensitivity = Sensitivity.Sensitive,
                    Disclosable = Disclosability.NotDecided,
                    Kind = DocumentKind.Text,
                    OriginalFileName = "notes.txt",
                    StoredName = Guid.NewGuid().ToString("N"),
                    SizeBytes = 10,
                    Sha256 = new string('b', 64),
                    UploadedByUserId = world.BusinessUnit.Id,
                    UploadedAt = at.AddMinutes(i),
                });
            }

            await db.SaveChangesAsync();
        }

        var (rows, pages) = await WalkAsync(await Factory.SignInAsync(world.BusinessUnit), $"/reviews/{reviewId}/information/documents", "tbody tr");

        Assert.Equal(2, pages);
        Assert.Equal(26, rows.Count);
        AssertEachListedOnce(Labels("Paging document", 26), rows);
    }

    [Fact]
    public async Task Material_MoreThanAPage_EachListedOnce()
    {
        var reviewId = await NewReviewAsync("Child P2");
        await using (var db = Factory.CreateDbContext())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var (label, i) in Labels("Paging item", 27).Select((l, i) => (l, i)))
            {
                db.MaterialItems.Add(new MaterialItem
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    Kind = MaterialKind.MeetingNote,
                    Title = label,
                    OwnerName = "The review's lead reviewers",
                    ItemDate = today.AddDays(-i),
                    Location = "Business unit's shared drive",
                    Sensitivity = Sensitivity.Sensitive,
                    CreatedByUserId = world.BusinessUnit.Id,
                    CreatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        var (rows, pages) = await WalkAsync(await Factory.SignInAsync(world.BusinessUnit), $"/reviews/{reviewId}/information/material?sort=title", "tbody tr");

        Assert.Equal(2, pages);
        Assert.Equal(27, rows.Count);
        AssertEachListedOnce(Labels("Paging item", 27), rows);
    }

    [Fact]
    public async Task People_MoreThanAPage_EachListedOnce()
    {
        var reviewId = await NewReviewAsync("Child P3");
        foreach (var label in Labels("Neighbour", 52))
        {
            await Factory.RegisterPersonAsync(reviewId, realName: "Fictional " + label, pseudonym: label, category: PersonCategory.Other, relationship: "Neighbour", aliases: []);
        }

        var (rows, pages) = await WalkAsync(await Factory.SignInAsync(world.BusinessUnit), $"/reviews/{reviewId}/information/people?sort=pseudonym", "tbody tr");

        Assert.Equal(2, pages);
        Assert.Equal(52, rows.Count);
        AssertEachListedOnce(Labels("Neighbour", 52), rows);
    }

    [Fact]
    public async Task ChronologyVersion_MoreThanAPage_EachListedOnce()
    {
        var reviewId = await NewReviewAsync("Child P4");
        await using (var db = Factory.CreateDbContext())
        {
            var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = reviewId, AgencyId = world.AgencyId, CurrentVersion = 1, CreatedAt = DateTime.UtcNow };
            var version = new SubmissionVersion
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                ReviewId = reviewId,
                Number = 1,
                Source = SubmissionSource.Form,
                RowCount = 53,
                RowsAdded = 53,
                AppliedByUserId = world.BusinessUnit.Id,
                AppliedAt = DateTime.UtcNow,
            };
            db.ChronologySubmissions.Add(submission);
            db.SubmissionVersions.Add(version);
            foreach (var (label, i) in Labels("Paging visit", 53).Select((l, i) => (l, i)))
            {
                db.ChronologyEntries.Add(new ChronologyEntry
                {
                    Id = Guid.NewGuid(),
                    ReviewId = reviewId,
                    AgencyId = world.AgencyId,
                    SubmissionVersionId = version.Id,
                    LineageId = Guid.NewGuid(),
                    IsCurrent = true,
                    RowNumber = i + 1,
                    Date = new DateOnly(2024, 1, 1).AddDays(i),
                    Precision = DatePrecision.Day,
                    EventType = EventTypes.HomeVisit,
                    Description = $"{label}: the family was seen at home.",
                });
            }

            await db.SaveChangesAsync();
        }

        var (rows, pages) = await WalkAsync(await Factory.SignInAsync(world.BusinessUnit),
            $"/reviews/{reviewId}/information/chronology/submissions/agencies/{world.AgencyId}/versions/1", "tbody tr");

        Assert.Equal(2, pages);
        Assert.Equal(53, rows.Count);
        AssertEachListedOnce(Labels("Paging visit", 53), rows);
    }

    [Fact]
    public async Task Users_MoreThanAPage_EachListedOnce()
    {
        // A partnership of its own, so other tests' people do not change the count.
        var (partnershipId, agencyId, _) = await Factory.PartnershipAsync("Pagingshire Safeguarding Partnership");
        var admin = await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.Administrator, "Paging Admin");
        foreach (var label in Labels("Paging Person", 27))
        {
            await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.BusinessUnit, label);
        }

        var (rows, pages) = await WalkAsync(await Factory.SignInAsync(admin), "/admin/users", "tbody tr");

        Assert.Equal(2, pages);
        Assert.Equal(28, rows.Count);
        AssertEachListedOnce(Labels("Paging Person", 27).Append("Paging Admin"), rows);
    }

    [Fact]
    public async Task Reviews_MoreThanAPage_EachListedOnce()
    {
        var (partnershipId, agencyId, typeId) = await Factory.PartnershipAsync("Pagingford Safeguarding Partnership");
        var businessUnit = await Factory.PersonAsync(partnershipId, agencyId, PartnershipRoles.BusinessUnit, "Paging Desk");
        foreach (var label in Labels("Child Paging", 27))
        {
            await Factory.ReviewAsync(partnershipId, typeId, businessUnit.Id, label);
        }

        var (rows, pages) = await WalkAsync(await Factory.SignInAsync(businessUnit), "/reviews?sort=Title", "tbody tr");

        Assert.True(pages >= 2, $"27 reviews fitted on {pages} page.");
        Assert.Equal(27, rows.Count);
        AssertEachListedOnce(Labels("Child Paging", 27), rows);
    }

    [Fact]
    public async Task AuditTrail_MoreThanAPage_EveryEventListedOnce()
    {
        var reviewId = await NewReviewAsync("Child P5");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        for (var i = 0; i < 55; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await businessUnit.GetAsync($"/reviews/{reviewId}")).Status);
        }

        await using var db = Factory.CreateDbContext();
        var events = await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId);

        var (rows, pages) = await WalkAsync(businessUnit, $"/audit?review={reviewId}", "tbody tr");

        Assert.True(pages >= 2, $"{events} events fitted on {pages} page.");
        Assert.True(rows.Count >= events, $"{rows.Count} rows listed for {events} events.");
    }
}
