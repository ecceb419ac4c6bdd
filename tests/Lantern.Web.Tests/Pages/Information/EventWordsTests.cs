using System.Net;
using System.Text;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

public sealed class EventWordsTests(World world) : IClassFixture<World>
{
    private const string Headings = "Date,Time,Date precision,Event type,Description,People involved,Author role,Source record reference";
    private LanternFactory Factory => world.Factory;

    private static string Root(Guid reviewId) => $"/reviews/{reviewId}/information/chronology/submissions";

    private static string Page(Guid reviewId) => $"{Root(reviewId)}/event-words";

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Headings, .. rows]) + "\r\n");

    private async Task<(Guid ReviewId, Browserless BusinessUnit)> NewReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        return (reviewId, await Factory.SignInAsync(world.BusinessUnit));
    }

    private static KeyValuePair<string, string>[] Map(Guid agencyId, string words, string type, bool wholePartnership = false) =>
        Form.Of([("Input.AgencyId", agencyId.ToString()), ("Input.Words", words), ("Input.TypeName", type), .. wholePartnership ? [("Input.WholePartnership", "true")] : Array.Empty<(string, string)>()]);

    private async Task<List<ChronologyEntry>> EntriesAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.ChronologyEntries.Where(e => e.ReviewId == reviewId && e.IsCurrent).OrderBy(e => e.RowNumber).ToListAsync();
    }

    [Fact]
    public async Task Map_AgencyWords_ListedByCountThenMappedForTheAgencyAndRememberedForTheNextUpload()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W1");
        await SubmissionsTests.UploadAsync(bu, reviewId, "health.csv", Csv(
            "03/02/2024,,,safety plan review,Core group held at children's centre,,,H1",
            "04/03/2024,,,Safety-Plan Review.,Second core group,,,H2",
            "05/04/2024,,,SAFETY PLAN REVIEW,Third core group,,,H3",
            "06/04/2024,,,Strat Disc,Strategy discussion with police,,,H4",
            "07/04/2024,,,Visit - home,Seen at home,,,H5"), world.AgencyId);

        var agencyPage = await bu.GetAsync($"{Root(reviewId)}/agencies/{world.AgencyId}");
        Assert.Contains("4 entries use words that match no event type", agencyPage.Document.QuerySelector(".app-unmapped-words")?.TextContent ?? agencyPage.Html, StringComparison.Ordinal);
        Assert.Equal($"{Page(reviewId)}#agency-{world.AgencyId}", agencyPage.Document.QuerySelector(".app-unmapped-words a")!.GetAttribute("href"));
        var versionPage = await bu.GetAsync($"{Root(reviewId)}/agencies/{world.AgencyId}/versions/1");
        Assert.NotNull(versionPage.Document.QuerySelector(".app-unmapped-words"));

        var list = await bu.GetAsync(Page(reviewId));
        var rows = list.Document.QuerySelectorAll($"#agency-{world.AgencyId} + table tbody tr")
            .Select(r => (Words: r.QuerySelector(".app-agency-words")!.TextContent, Count: r.QuerySelectorAll("td")[1].TextContent.Trim())).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("3", rows[0].Count);
        Assert.Contains(rows[0].Words, new[] { "safety plan review", "Safety-Plan Review.", "SAFETY PLAN REVIEW" });
        Assert.Equal(("Visit - home", "1"), rows[1]);
        Assert.Equal(EventTypes.All.Count + 1, list.Document.QuerySelectorAll("select[name='Input.TypeName']")[0].QuerySelectorAll("option").Length);

        var saved = await bu.PostAsync(Page(reviewId), Map(world.AgencyId, rows[0].Words, EventTypes.CoreGroupMeeting));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var entries = await EntriesAsync(reviewId);
        Assert.Equal([EventTypes.CoreGroupMeeting, EventTypes.CoreGroupMeeting, EventTypes.CoreGroupMeeting, EventTypes.StrategyDiscussion, null],
            entries.Select(e => e.MappedType));
        Assert.Equal(["safety plan review", "Safety-Plan Review.", "SAFETY PLAN REVIEW"], entries.Take(3).Select(e => e.EventType));
        await using (var db = Factory.CreateDbContext())
        {
            var mapping = await db.EventTypeMappings.SingleAsync(m => m.Words == rows[0].Words);
            Assert.Equal((world.AgencyId, EventTypes.CoreGroupMeeting, world.BusinessUnit.Id), (mapping.AgencyId!.Value, mapping.TypeName, mapping.AddedByUserId));
            Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyEventWordsMapped && e.EntityId == mapping.Id));
        }

        var after = await bu.GetAsync(Page(reviewId));
        Assert.Equal(["Visit - home"], after.Document.QuerySelectorAll("tbody .app-agency-words").Select(w => w.TextContent));
        Assert.Contains("Bea Business", after.Document.QuerySelector(".app-event-mappings")!.TextContent, StringComparison.Ordinal);

        await SubmissionsTests.UploadAsync(bu, reviewId, "health-v2.csv", Csv(
            "03/02/2024,,,safety plan review,Core group held at children's centre,,,H1",
            "09/05/2024,,,Safety plan  review,Fourth core group,,,H6"), world.AgencyId);
        Assert.All(await EntriesAsync(reviewId), e => Assert.Equal(EventTypes.CoreGroupMeeting, e.MappedType));
        var cleanAgencyPage = await bu.GetAsync($"{Root(reviewId)}/agencies/{world.AgencyId}");
        Assert.Null(cleanAgencyPage.Document.QuerySelector(".app-unmapped-words"));
    }

    [Fact]
    public async Task Chronology_ShowsTheTypeBesideTheAgencysWords_AndFiltersByTheType()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W2");
        await SubmissionsTests.UploadAsync(bu, reviewId, "health.csv", Csv(
            "03/02/2024,,,ICPC,Initial conference,,,H1",
            "04/02/2024,,,Child protection conference,Review conference,,,H2",
            "05/02/2024,,,Supervision chat,Talked it through,,,H3"), world.AgencyId);
        var root = $"/reviews/{reviewId}/information/chronology";

        var table = await bu.GetAsync(root);
        var types = table.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent.Trim()).Select(t => string.Join(' ', t.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Equal(["Child protection conference (agency wrote: ICPC)", "Child protection conference", "Supervision chat (agency's words, no event type)"], types);

        var filtered = await bu.GetAsync($"{root}?type={Uri.EscapeDataString(EventTypes.ChildProtectionConference)}");
        Assert.Equal(2, filtered.Document.QuerySelectorAll("tbody tr").Length);

        var entryId = (await EntriesAsync(reviewId))[0].Id;
        var entry = await bu.GetAsync($"{root}/entries/{entryId}");
        var summary = entry.Document.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal(EventTypes.ChildProtectionConference, summary["Type"]);
        Assert.Equal("ICPC", summary["Agency's words"]);
    }

    [Fact]
    public async Task Map_BadInput_IsRefusedWithAClearErrorAndNothingChanges()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W3");
        await SubmissionsTests.UploadAsync(bu, reviewId, "police.csv", Csv(
            "03/02/2024,,,Occurrence,Officers attended,,,P1",
            "04/02/2024,,,Occurrence,Officers attended again,,,P2"), world.AgencyId);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.EventTypeMappings.AnyAsync(m => m.Words == "Occurrence"));
        }

        var noType = await bu.PostAsync(Page(reviewId), Map(world.AgencyId, "Occurrence", ""));
        Assert.Equal(HttpStatusCode.OK, noType.Status);
        Assert.Contains("Choose the Lantern event type that \u201cOccurrence\u201d means", noType.Errors);
        Assert.NotNull(noType.Document.QuerySelector("select#Input_TypeName.govuk-select--error"));

        var notLantern = await bu.PostAsync(Page(reviewId), Map(world.AgencyId, "Occurrence", "Staff welfare"));
        Assert.Contains("Choose one of Lantern's event types from the list", notLantern.Errors);

        Assert.Equal(HttpStatusCode.Redirect, (await bu.PostAsync(Page(reviewId), Map(world.AgencyId, "Occurrence", EventTypes.PoliceCallOut))).Status);
        var twice = await bu.PostAsync(Page(reviewId), Map(world.AgencyId, "occurrence.", EventTypes.HomeVisit));
        Assert.Equal(HttpStatusCode.OK, twice.Status);
        Assert.Contains(twice.Errors, e => e.Contains("is already mapped to Police call-out for this agency", StringComparison.Ordinal));

        await using var after = Factory.CreateDbContext();
        Assert.Equal(EventTypes.PoliceCallOut, (await after.EventTypeMappings.SingleAsync(m => m.PartnershipId == world.PartnershipId && m.Words == "Occurrence")).TypeName);
        Assert.All(await EntriesAsync(reviewId), e => Assert.Equal(EventTypes.PoliceCallOut, e.MappedType));
        Assert.Equal(1, await after.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyEventWordsMapped));
    }

    [Fact]
    public async Task WholePartnership_MapsEveryAgency_AndRemovingPutsEntriesBack()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W4");
        await SubmissionsTests.UploadAsync(bu, reviewId, "health.csv", Csv("03/02/2024,,,Huddle,Team huddle with school nurse,,,H1"), world.AgencyId);
        await SubmissionsTests.UploadAsync(bu, reviewId, "school.csv", Csv("04/02/2024,,,huddle,Huddle about attendance,,,S1"), world.SecondAgencyId);

        var saved = await bu.PostAsync(Page(reviewId), Map(world.AgencyId, "Huddle", EventTypes.MultiAgencyMeeting, wholePartnership: true));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.All(await EntriesAsync(reviewId), e => Assert.Equal(EventTypes.MultiAgencyMeeting, e.MappedType));
        var page = await bu.GetAsync(Page(reviewId));
        var row = page.Document.QuerySelectorAll(".app-event-mappings tbody tr").Single(r => r.TextContent.Contains("Huddle", StringComparison.Ordinal));
        Assert.Contains("Every agency in the partnership", row.TextContent, StringComparison.Ordinal);
        var remove = Form.Of(("MappingId", row.QuerySelector("input[name=MappingId]")!.GetAttribute("value")!), ("Version", row.QuerySelector("input[name=Version]")!.GetAttribute("value")!));

        var stale = await bu.PostAsync(Page(reviewId), Form.Of(("MappingId", remove[0].Value), ("Version", Guid.NewGuid().ToString())), Page(reviewId) + "?handler=Remove");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        var removed = await bu.PostAsync(Page(reviewId), remove, Page(reviewId) + "?handler=Remove");

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.All(await EntriesAsync(reviewId), e => Assert.Null(e.MappedType));
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.EventTypeMappings.AnyAsync(m => m.Words == "Huddle"));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.ChronologyEventWordsUnmapped));
    }

    [Fact]
    public async Task Access_AgencyContactMapsOnlyTheirOwnAgency_ReadersWithoutSubmitAreRefused()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W5");
        await SubmissionsTests.UploadAsync(bu, reviewId, "school.csv", Csv("04/02/2024,,,Pastoral check-in,Checked in with the child,,,S1"), world.SecondAgencyId);
        await SubmissionsTests.UploadAsync(bu, world.ReviewId, "own.csv", Csv("04/02/2024,,,Drop-in session,Mother came to the drop-in,,,O1"), world.AgencyId);
        var contact = await Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]);
        var page = Page(world.ReviewId);

        var own = await contact.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Null(own.Document.QuerySelector($"#agency-{world.SecondAgencyId}"));
        Assert.Null(own.Document.QuerySelector("input[name='Input.WholePartnership']"));
        Assert.Equal(HttpStatusCode.NotFound, (await contact.PostAsync(page, Map(world.SecondAgencyId, "Pastoral check-in", EventTypes.SchoolContact))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await contact.PostAsync(page, Map(world.AgencyId, "Drop-in session", EventTypes.Appointment, wholePartnership: true))).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await contact.PostAsync(page, Map(world.AgencyId, "Drop-in session", EventTypes.Appointment))).Status);

        foreach (var role in new[] { ReviewRole.CaseGroupMember, ReviewRole.Observer, ReviewRole.ReviewTeamMember })
        {
            var reader = await Factory.SignInAsync(world.OnReview[role]);
            Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(page)).Status);
        }

        await using var db = Factory.CreateDbContext();
        Assert.False(await db.EventTypeMappings.AnyAsync(m => m.Words == "Pastoral check-in"));
        Assert.Equal(world.AgencyId, (await db.EventTypeMappings.SingleAsync(m => m.Words == "Drop-in session")).AgencyId);
    }

    [Fact]
    public async Task AgencyLists_PutAgenciesInTheTermsOfReferenceFirst()
    {
        var (reviewId, bu) = await NewReviewAsync("Child W6");
        await Factory.TermsAsync(reviewId, world.SecondAgencyId, world.BusinessUnit.Id);
        await SubmissionsTests.UploadAsync(bu, reviewId, "a.csv", Csv("03/02/2024,,,Home visit,Seen at home,,,A1"), world.AgencyId);
        await SubmissionsTests.UploadAsync(bu, reviewId, "b.csv", Csv("04/02/2024,,,Phone call,Called the school,,,B1"), world.SecondAgencyId);
        string second;
        await using (var db = Factory.CreateDbContext())
        {
            second = await db.Agencies.Where(a => a.Id == world.SecondAgencyId).Select(a => a.Name).SingleAsync();
        }

        var index = await bu.GetAsync(Root(reviewId));
        var rows = index.Document.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Contains(second, rows[0], StringComparison.Ordinal);
        Assert.DoesNotContain("not in the terms of reference", rows[0], StringComparison.Ordinal);
        Assert.All(rows.Skip(1), r => Assert.Contains("not in the terms of reference", r, StringComparison.Ordinal));

        var upload = await bu.GetAsync($"{Root(reviewId)}/upload");
        var options = upload.Document.QuerySelectorAll("select[name='Input.AgencyId'] option").Skip(1).Select(o => o.TextContent.Trim()).ToList();
        Assert.Equal(second, options[0]);
        Assert.All(options.Skip(1), o => Assert.EndsWith("(not in the terms of reference)", o, StringComparison.Ordinal));

        var chronology = await bu.GetAsync($"/reviews/{reviewId}/information/chronology");
        var groups = chronology.Document.QuerySelectorAll("select#agency optgroup").Select(g => (g.GetAttribute("label"), g.QuerySelectorAll("option").Select(o => o.TextContent).ToList())).ToList();
        Assert.Equal("In the terms of reference", groups[0].Item1);
        Assert.Equal([second], groups[0].Item2);
        Assert.Equal("Not in the terms of reference", groups[1].Item1);

        var timeline = await bu.GetAsync($"/reviews/{reviewId}/information/chronology/timeline");
        Assert.Equal(second, timeline.Document.QuerySelectorAll(".app-timeline__label title").First().TextContent);
    }

    [Fact]
    public async Task Timeline_KeyListsExactlyTheShapesDrawn()
    {
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var (reviewId, _) = await NewReviewAsync("Child W7");
        await SubmissionsTests.UploadAsync(bu, reviewId, "a.csv", Csv("03/02/2024,,,Home visit,Seen at home,,,A1"), world.AgencyId);

        foreach (var id in new[] { world.ReviewId, reviewId })
        {
            var page = await bu.GetAsync($"/reviews/{id}/information/chronology/timeline");
            var drawn = page.Document.QuerySelectorAll("svg.app-timeline__svg [data-shape]").Select(e => e.GetAttribute("data-shape")!).Distinct().Order().ToList();
            var key = page.Document.QuerySelectorAll(".app-timeline-key li[data-shape]").Select(e => e.GetAttribute("data-shape")!).Order().ToList();

            Assert.NotEmpty(drawn);
            Assert.Equal(drawn, key);
        }

        var seeded = await bu.GetAsync($"/reviews/{world.ReviewId}/information/chronology/timeline");
        Assert.Equal(["entry", "meeting", "merged"], seeded.Document.QuerySelectorAll(".app-timeline-key li[data-shape]").Select(e => e.GetAttribute("data-shape")!).Order());
        var circleOnly = await bu.GetAsync($"/reviews/{reviewId}/information/chronology/timeline");
        Assert.Equal(["entry"], circleOnly.Document.QuerySelectorAll(".app-timeline-key li[data-shape]").Select(e => e.GetAttribute("data-shape")!));
    }
}
