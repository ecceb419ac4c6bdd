using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Pages.Information;

public sealed partial class MergedChronologyTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private async Task<(Guid ReviewId, SeededChronology Seeded, Browserless Lead)> ReviewWithChronologyAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        var seeded = await Factory.MergedChronologyAsync(world.PartnershipId, reviewId, world.BusinessUnit.Id);
        return (reviewId, seeded, await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]));
    }

    private async Task<List<string>> AuditActionsAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.Where(e => e.ReviewId == reviewId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }

    [Fact]
    public async Task Duplicates_Proposed_ShowEachAgencysAccountSideBySide_Audited()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child D1");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/duplicates");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var card = Assert.Single(page.Document.QuerySelectorAll(".govuk-summary-card"));
        Assert.Contains("Testshire Police", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Testshire Community Health", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 person in common", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("described in alike words", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Aunt", card.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Real name of", page.Html, StringComparison.Ordinal);
        Assert.Contains(AuditActions.ChronologyDuplicatesViewed, await AuditActionsAsync(reviewId));
        Assert.NotNull(seeded);
    }

    [Fact]
    public async Task Duplicates_WindowOfZeroDays_VisitsADayApartNotProposed()
    {
        var (reviewId, _, lead) = await ReviewWithChronologyAsync("Child D2");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/duplicates?window=0");

        Assert.Empty(page.Document.QuerySelectorAll(".govuk-summary-card"));
        Assert.Contains("There are no likely duplicates", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicates_WindowNotANumber_ShowsAnError()
    {
        var (reviewId, _, lead) = await ReviewWithChronologyAsync("Child D3");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/duplicates?window=soon");

        Assert.Contains("Enter a number of days from 0 to 31", page.Errors);
    }

    [Fact]
    public async Task Confirm_TwoAgenciesEntries_MergedInOneEventShowsTheDifferenceAndIsAudited()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child M1");
        var url = $"/reviews/{reviewId}/information/chronology/duplicates";

        var posted = await lead.PostAsync(url, Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "confirm")));

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        var merged = await db.ChronologyEntries.Where(e => e.Id == seeded.PoliceVisitId || e.Id == seeded.HealthVisitId).Select(e => e.MergedEventId).Distinct().ToListAsync();
        var mergedId = Assert.Single(merged)!.Value;
        Assert.Equal($"/reviews/{reviewId}/information/chronology/events/{mergedId}", posted.Location);
        Assert.Contains(AuditActions.ChronologyMerged, await AuditActionsAsync(reviewId));

        var eventPage = await lead.GetAsync(posted.Location!);
        Assert.Contains("Testshire Police recorded 3 March 2024, Testshire Community Health recorded 4 March 2024", eventPage.Html, StringComparison.Ordinal);
        Assert.Contains("Merged as one event", eventPage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_EntryAlreadyMerged_ConflictAndNothingSaved()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child M2");
        var url = $"/reviews/{reviewId}/information/chronology/duplicates";

        var posted = await lead.PostAsync(url, Form.Of(("entries", seeded.PoliceStrategyId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "confirm")));

        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        Assert.Contains("Someone else has merged these entries", posted.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.HealthVisitId)).MergedEventId);
        Assert.DoesNotContain(AuditActions.ChronologyMerged, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Confirm_SamePairByThreeReviewersAtOnce_OneEventOnlyAndTheOthersAreStale()
    {
        var (reviewId, seeded, _) = await ReviewWithChronologyAsync("Child M5");
        var actor = new AuditActor(world.OnReview[ReviewRole.LeadReviewer].Id, world.AgencyId, world.PartnershipId, "127.0.0.1");

        async Task<WriteResult> ConfirmAsync()
        {
            using var scope = Factory.Services.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<Lantern.Web.Pages.Information.Chronology.MergeService>();
            var (result, _) = await service.ConfirmMergeAsync(
                new Lantern.Web.Pages.Information.Chronology.ConfirmMergeOptions(reviewId, world.PartnershipId, [seeded.PoliceVisitId, seeded.HealthVisitId]), actor);
            return result;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(ConfirmAsync)));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.True(r.Conflict));
        await using var db = Factory.CreateDbContext();
        var events = await db.MergedEvents.Where(m => m.ReviewId == reviewId && m.Id != seeded.MergedEventId).Select(m => m.Id).ToListAsync();
        var merged = Assert.Single(events);
        Assert.Equal(2, await db.ChronologyEntries.CountAsync(e => e.MergedEventId == merged));
        Assert.Single(await AuditActionsAsync(reviewId), a => a == AuditActions.ChronologyMerged);
    }

    [Fact]
    public async Task Confirm_OneEntryOnly_RefusedWithAnError()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child M3");

        var posted = await lead.PostAsync($"/reviews/{reviewId}/information/chronology/duplicates", Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("decision", "confirm")));

        Assert.Contains("Tick at least two entries to merge as one event", posted.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.MergedEvents.CountAsync(m => m.ReviewId == reviewId));
    }

    [Fact]
    public async Task Reject_Pair_StoredNotProposedAgainAndAudited()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child R1");
        var url = $"/reviews/{reviewId}/information/chronology/duplicates";

        var posted = await lead.PostAsync(url, Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "reject")));

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.MergeRejections.CountAsync(r => r.ReviewId == reviewId));
        Assert.Contains(AuditActions.ChronologyMergeRejected, await AuditActionsAsync(reviewId));
        var again = await lead.GetAsync(url);
        Assert.Empty(again.Document.QuerySelectorAll(".govuk-summary-card"));
    }

    [Fact]
    public async Task Confirm_ReviewTeamMember_RefusedAndNothingSaved()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child R2");
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var form = await team.GetAsync($"/reviews/{reviewId}/information/chronology/duplicates");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Null(form.Document.QuerySelector("button[value=confirm]"));

        var token = (await team.GetAsync("/account/sign-in")).Token ?? (await team.GetAsync("/account")).Token;
        var posted = await team.PostWithTokenAsync($"/reviews/{reviewId}/information/chronology/duplicates", token,
            Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "confirm")));

        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.PoliceVisitId)).MergedEventId);
    }

    [Fact]
    public async Task Undo_CurrentVersion_FreesTheEntriesKeepsTheEventAndIsAudited()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child U1");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var page = await lead.GetAsync(url);
        var version = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version)));

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        var merged = await db.MergedEvents.SingleAsync(m => m.Id == seeded.MergedEventId);
        Assert.NotNull(merged.UndoneAt);
        Assert.False(await db.ChronologyEntries.AnyAsync(e => e.MergedEventId == seeded.MergedEventId));
        Assert.Contains(AuditActions.ChronologyMergeUndone, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Undo_StaleVersion_Conflict409AndNothingChanged()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child U2");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";

        var posted = await lead.PostAsync(url, Form.Of(("Version", Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        Assert.Contains("Someone else changed this merged event", posted.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.MergedEvents.SingleAsync(m => m.Id == seeded.MergedEventId)).UndoneAt);
        Assert.Equal(2, await db.ChronologyEntries.CountAsync(e => e.MergedEventId == seeded.MergedEventId));
    }

    [Fact]
    public async Task Event_Page_ShowsDifferencesInDatesAndPeople()
    {
        var (reviewId, seeded, lead) = await ReviewWithChronologyAsync("Child E1");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}");

        var differences = page.Document.QuerySelector(".app-discrepancies")!.TextContent;
        Assert.Contains("Testshire Police recorded 10 March 2024, Testshire Community Health recorded 12 March 2024", differences, StringComparison.Ordinal);
        Assert.Contains("Health visitor 7 is recorded by Testshire Police but not by Testshire Community Health", differences, StringComparison.Ordinal);
    }
}
