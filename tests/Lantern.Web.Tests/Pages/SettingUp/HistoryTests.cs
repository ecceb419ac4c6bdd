using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class HistoryTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Text(AngleSharp.Dom.IElement? element) =>
        string.Join(' ', (element?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task History_ListsEachStepNewestFirstWithWhoAndWhenInUkTime()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child H");
        await Factory.HistoryAsync(reviewId, HistoryKind.Referred, "Referred by Bea Business", world.BusinessUnit.Id, new DateTime(2026, 1, 15, 9, 5, 0, DateTimeKind.Utc));
        await Factory.HistoryAsync(reviewId, HistoryKind.Decided, "Decided to hold a local child safeguarding practice review", world.Chair.Id, new DateTime(2026, 6, 1, 13, 30, 0, DateTimeKind.Utc));
        await Factory.HistoryAsync(reviewId, HistoryKind.PanelNotified, "National panel told, reference NP-0042", world.BusinessUnit.Id, new DateTime(2026, 1, 20, 16, 0, 0, DateTimeKind.Utc));
        await Factory.HistoryAsync(reviewId, HistoryKind.TaskCompleted, "Done: Contact the safeguarding partnership for Otherford", null, new DateTime(2026, 1, 21, 8, 0, 0, DateTimeKind.Utc));
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var browser = await Factory.SignInAsync(lead);

        var page = await browser.GetAsync($"/reviews/{reviewId}/setting-up/history");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("History of setting up", page.Heading);
        var items = page.Document.QuerySelectorAll(".moj-timeline .moj-timeline__item")
            .Select(i => (Text(i.QuerySelector(".moj-timeline__title")), Text(i.QuerySelector(".moj-timeline__byline")), Text(i.QuerySelector(".moj-timeline__date")), Text(i.QuerySelector(".moj-timeline__description"))))
            .ToList();
        Assert.Equal(
        [
            ("Decision recorded", "by Cal Chair", "1 June 2026 at 2:30pm", "Decided to hold a local child safeguarding practice review"),
            ("Task done", "by Lantern", "21 January 2026 at 8:00am", "Done: Contact the safeguarding partnership for Otherford"),
            ("National panel notified", "by Bea Business", "20 January 2026 at 4:00pm", "National panel told, reference NP-0042"),
            ("Referred", "by Bea Business", "15 January 2026 at 9:05am", "Referred by Bea Business"),
        ], items);
        Assert.Equal("2026-06-01T13:30:00Z", page.Document.QuerySelector(".moj-timeline time")?.GetAttribute("datetime"));
        await using var db = Factory.CreateDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.SettingUpViewed && e.ReviewId == reviewId && e.UserId == lead.Id));
    }

    [Fact]
    public async Task History_NothingRecordedYet_SaysSo()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child E");
        var browser = await Factory.SignInAsync(world.Chair);

        var page = await browser.GetAsync($"/reviews/{reviewId}/setting-up/history");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll(".moj-timeline__item"));
        Assert.Contains("Nothing has been recorded yet", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ManySteps_IsPagedAt50()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child P");
        var start = new DateTime(2026, 2, 2, 10, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 51; i++)
        {
            await Factory.HistoryAsync(reviewId, HistoryKind.InformationRequested, $"Step {i + 1}", world.BusinessUnit.Id, start.AddHours(i));
        }

        var browser = await Factory.SignInAsync(world.BusinessUnit);
        var first = await browser.GetAsync($"/reviews/{reviewId}/setting-up/history");
        var second = await browser.GetAsync($"/reviews/{reviewId}/setting-up/history?page=2");

        Assert.Equal(50, first.Document.QuerySelectorAll(".moj-timeline__item").Length);
        Assert.Equal("Step 51", Text(first.Document.QuerySelector(".moj-timeline__description")));
        Assert.Equal(["Step 1"], second.Document.QuerySelectorAll(".moj-timeline__description").Select(d => Text(d)));
        Assert.Equal($"/reviews/{reviewId}/setting-up/history?page=2", first.Document.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task History_RolesWithoutSettingUp_AreRefused()
    {
        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        var other = await Factory.SignInAsync(world.OtherBusinessUnit);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseGroup.GetAsync($"/reviews/{world.ReviewId}/setting-up/history")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/reviews/{world.ReviewId}/setting-up/history")).Status);
    }
}
