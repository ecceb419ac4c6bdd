using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Issue 14, point 5: records of one meeting proposed together, merging part of a proposal, rejections
/// that cover every pair, and changing a merged event (join, add, take out).</summary>
public sealed class DuplicateProposalsTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private async Task<(Guid ReviewId, SeededChronology Seeded, Browserless Lead)> ReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var seeded = await Factory.MergedChronologyAsync(world.PartnershipId, reviewId, world.BusinessUnit.Id);
        return (reviewId, seeded, await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]));
    }

    private async Task<List<string>> AuditActionsAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.Where(e => e.ReviewId == reviewId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }

    /// <summary>A conference recorded by the police, and twice by health (the day, and the minutes the next day).</summary>
    private async Task<(Guid Police, Guid Health, Guid Minutes)> ConferenceAsync(Guid reviewId, SeededChronology seeded) =>
        (await Factory.AddEntryAsync(reviewId, seeded.PoliceId, new(2024, 6, 3), "ICPC", "Police report given to the initial conference."),
         await Factory.AddEntryAsync(reviewId, seeded.HealthId, new(2024, 6, 3), "Initial child protection conference", "Attended the conference; plan agreed."),
         await Factory.AddEntryAsync(reviewId, seeded.HealthId, new(2024, 6, 4), "Case conference", "Minutes of yesterday's conference received."));

    [Fact]
    public async Task Duplicates_MeetingRecordedTwiceBySameAgency_ProposedFirstWithAllItsRecords()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DP1");
        var (police, health, minutes) = await ConferenceAsync(reviewId, seeded);

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/duplicates");

        var headings = page.Document.QuerySelectorAll("h2.govuk-heading-m").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Records of the same meeting", "Other entries that look alike"], headings);
        var first = page.Document.QuerySelectorAll(".govuk-summary-card")[0];
        var ticked = first.QuerySelectorAll("input[name=entries]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(new[] { police, health, minutes }.Select(g => g.ToString()).Order(), ticked.Order());
        Assert.Contains("one agency recorded it more than once", first.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicates_CancelledConferenceRecordedByTwoAgencies_ProposedTogether()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DP2");
        var police = await Factory.AddEntryAsync(reviewId, seeded.PoliceId, new(2024, 7, 1), "RCPC - cancelled", "Review conference cancelled, chair unwell.");
        var health = await Factory.AddEntryAsync(reviewId, seeded.HealthId, new(2024, 7, 1), "Review case conference postponed", "Told the review conference is postponed.");

        var page = await lead.GetAsync($"/reviews/{reviewId}/information/chronology/duplicates");

        var card = Assert.Single(page.Document.QuerySelectorAll(".govuk-summary-card"), c => c.InnerHtml.Contains(police.ToString(), StringComparison.Ordinal));
        Assert.Contains(health.ToString(), card.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("the same kind of multi-agency meeting", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_TickedPartOfAProposal_MergesThoseAndRejectsTheLeftOutWithEach()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DP3");
        var (police, health, minutes) = await ConferenceAsync(reviewId, seeded);
        var url = $"/reviews/{reviewId}/information/chronology/duplicates";

        var posted = await lead.PostAsync(url, Form.Of(
            ("proposal", police.ToString()), ("proposal", health.ToString()), ("proposal", minutes.ToString()),
            ("entries", police.ToString()), ("entries", health.ToString()), ("decision", "confirm")));

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        var entries = await db.ChronologyEntries.Where(e => e.Id == police || e.Id == health || e.Id == minutes).ToDictionaryAsync(e => e.Id);
        Assert.NotNull(entries[police].MergedEventId);
        Assert.Equal(entries[police].MergedEventId, entries[health].MergedEventId);
        Assert.Null(entries[minutes].MergedEventId);
        var rejected = await db.MergeRejections.Where(r => r.ReviewId == reviewId).ToListAsync();
        Assert.Equal(2, rejected.Count);
        Assert.All(rejected, r => Assert.True(r.FirstLineageId == entries[minutes].LineageId || r.SecondLineageId == entries[minutes].LineageId));
        var actions = await AuditActionsAsync(reviewId);
        Assert.Contains(AuditActions.ChronologyMerged, actions);
        Assert.Equal(2, actions.Count(a => a == AuditActions.ChronologyMergeRejected));
    }

    [Fact]
    public async Task Confirm_OneTicked_RefusedAndNothingSaved()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DP4");
        var (police, health, minutes) = await ConferenceAsync(reviewId, seeded);

        var posted = await lead.PostAsync($"/reviews/{reviewId}/information/chronology/duplicates", Form.Of(
            ("proposal", police.ToString()), ("proposal", health.ToString()), ("proposal", minutes.ToString()),
            ("entries", police.ToString()), ("decision", "confirm")));

        Assert.Contains("Tick at least two entries to merge as one event", posted.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.MergedEvents.CountAsync(m => m.ReviewId == reviewId));
        Assert.False(await db.MergeRejections.AnyAsync(r => r.ReviewId == reviewId));
    }

    [Fact]
    public async Task Reject_GroupWithTwoRecordsOfOneAgency_EveryPairStoredAndNoneProposedAgain()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DP5");
        var (police, health, minutes) = await ConferenceAsync(reviewId, seeded);
        var url = $"/reviews/{reviewId}/information/chronology/duplicates";

        var posted = await lead.PostAsync(url, Form.Of(
            ("proposal", police.ToString()), ("proposal", health.ToString()), ("proposal", minutes.ToString()), ("decision", "reject")));

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(3, await db.MergeRejections.CountAsync(r => r.ReviewId == reviewId));
        var again = await lead.GetAsync(url);
        Assert.DoesNotContain(police.ToString(), again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(minutes.ToString(), again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_Join_MovesTheOtherEventsEntriesClosesItAndIsAudited()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DJ1");
        var confirmed = await lead.PostAsync($"/reviews/{reviewId}/information/chronology/duplicates",
            Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "confirm")));
        var otherId = Guid.Parse(confirmed.Location!.Split('/')[^1]);
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var page = await lead.GetAsync(url);
        Assert.NotNull(page.Document.QuerySelector($"input[name=OtherEventId][value='{otherId}']"));
        var version = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version), ("OtherEventId", otherId.ToString())), url + "?handler=Join");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(4, await db.ChronologyEntries.CountAsync(e => e.MergedEventId == seeded.MergedEventId));
        Assert.NotNull((await db.MergedEvents.SingleAsync(m => m.Id == otherId)).UndoneAt);
        Assert.Null((await db.MergedEvents.SingleAsync(m => m.Id == seeded.MergedEventId)).UndoneAt);
        Assert.Equal(2, (await AuditActionsAsync(reviewId)).Count(a => a == AuditActions.ChronologyMergedEventsJoined));
    }

    [Fact]
    public async Task Event_JoinWithAStaleVersion_Conflict409AndNothingMoved()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DJ2");
        var confirmed = await lead.PostAsync($"/reviews/{reviewId}/information/chronology/duplicates",
            Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "confirm")));
        var otherId = Guid.Parse(confirmed.Location!.Split('/')[^1]);
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";

        var posted = await lead.PostAsync(url, Form.Of(("Version", Guid.NewGuid().ToString()), ("OtherEventId", otherId.ToString())), url + "?handler=Join");

        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.ChronologyEntries.CountAsync(e => e.MergedEventId == otherId));
        Assert.Null((await db.MergedEvents.SingleAsync(m => m.Id == otherId)).UndoneAt);
    }

    [Fact]
    public async Task Event_JoinWithNothingChosen_ErrorShownNothingChanged()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DJ3");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var version = (await lead.GetAsync(url)).Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version)), url + "?handler=Join");

        Assert.Contains("Choose the merged event to join into this one", posted.Errors);
        Assert.DoesNotContain(AuditActions.ChronologyMergedEventsJoined, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Event_AddNearbyEntry_AddedAndAudited()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DA1");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var page = await lead.GetAsync(url);
        Assert.NotNull(page.Document.QuerySelector($"input[name=AddEntryId][value='{seeded.PoliceVisitId}']"));
        var version = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version), ("AddEntryId", seeded.PoliceVisitId.ToString())), url + "?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(seeded.MergedEventId, (await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.PoliceVisitId)).MergedEventId);
        Assert.Contains(AuditActions.ChronologyMergedEntryAdded, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Event_AddEntryMergedElsewhereMeanwhile_Conflict409()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DA2");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var version = (await lead.GetAsync(url)).Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        await lead.PostAsync($"/reviews/{reviewId}/information/chronology/duplicates",
            Form.Of(("entries", seeded.PoliceVisitId.ToString()), ("entries", seeded.HealthVisitId.ToString()), ("decision", "confirm")));

        var posted = await lead.PostAsync(url, Form.Of(("Version", version), ("AddEntryId", seeded.PoliceVisitId.ToString())), url + "?handler=Add");

        Assert.Equal(HttpStatusCode.Conflict, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.NotEqual(seeded.MergedEventId, (await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.PoliceVisitId)).MergedEventId);
        Assert.DoesNotContain(AuditActions.ChronologyMergedEntryAdded, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Event_RemoveOneOfThree_ItStandsAloneAndIsNotProposedWithTheOthers()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DR1");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var version = (await lead.GetAsync(url)).Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        await lead.PostAsync(url, Form.Of(("Version", version), ("AddEntryId", seeded.PoliceVisitId.ToString())), url + "?handler=Add");
        version = (await lead.GetAsync(url)).Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version), ("RemoveEntryId", seeded.PoliceVisitId.ToString())), url + "?handler=Remove");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        Assert.Equal(url, posted.Location);
        await using var db = Factory.CreateDbContext();
        Assert.Null((await db.ChronologyEntries.SingleAsync(e => e.Id == seeded.PoliceVisitId)).MergedEventId);
        Assert.Equal(2, await db.ChronologyEntries.CountAsync(e => e.MergedEventId == seeded.MergedEventId));
        Assert.Equal(2, await db.MergeRejections.CountAsync(r => r.ReviewId == reviewId));
        Assert.Contains(AuditActions.ChronologyMergedEntryRemoved, await AuditActionsAsync(reviewId));
    }

    [Fact]
    public async Task Event_RemoveOneOfTwo_TheMergeIsUndone()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DR2");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var version = (await lead.GetAsync(url)).Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version), ("RemoveEntryId", seeded.HealthStrategyId.ToString())), url + "?handler=Remove");

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        await using var db = Factory.CreateDbContext();
        Assert.NotNull((await db.MergedEvents.SingleAsync(m => m.Id == seeded.MergedEventId)).UndoneAt);
        Assert.False(await db.ChronologyEntries.AnyAsync(e => e.MergedEventId == seeded.MergedEventId));
        var actions = await AuditActionsAsync(reviewId);
        Assert.Contains(AuditActions.ChronologyMergedEntryRemoved, actions);
        Assert.Contains(AuditActions.ChronologyMergeUndone, actions);
    }

    [Fact]
    public async Task Event_RemoveAnEntryNotInTheEvent_ErrorShownNothingChanged()
    {
        var (reviewId, seeded, lead) = await ReviewAsync("Child DR3");
        var url = $"/reviews/{reviewId}/information/chronology/events/{seeded.MergedEventId}";
        var version = (await lead.GetAsync(url)).Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var posted = await lead.PostAsync(url, Form.Of(("Version", version), ("RemoveEntryId", seeded.PoliceVisitId.ToString())), url + "?handler=Remove");

        Assert.Contains("Choose one of this event's entries to take out", posted.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.ChronologyEntries.CountAsync(e => e.MergedEventId == seeded.MergedEventId));
    }
}
