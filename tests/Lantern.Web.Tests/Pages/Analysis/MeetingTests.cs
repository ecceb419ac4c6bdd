using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

public sealed class MeetingTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Meeting(string kind, DateOnly? on, string agenda, IEnumerable<Guid> invited, string time = "", string place = "",
        IEnumerable<(Guid UserId, string Attendance)>? attendance = null, string notes = "", string decisions = "", Guid? version = null) =>
    [
        .. Form.Of(("Input.Kind", kind), ("Input.StartsAt", time), ("Input.Place", place), ("Input.Agenda", agenda), ("Input.Notes", notes), ("Input.Decisions", decisions),
            ("Input.HeldOn.Day", on?.Day.ToString() ?? string.Empty), ("Input.HeldOn.Month", on?.Month.ToString() ?? string.Empty), ("Input.HeldOn.Year", on?.Year.ToString() ?? string.Empty)),
        .. invited.Select(id => new KeyValuePair<string, string>("Input.InviteeUserIds", id.ToString())),
        .. (attendance ?? []).SelectMany((a, i) => Form.Of(($"Input.Attendees[{i}].UserId", a.UserId.ToString()), ($"Input.Attendees[{i}].Attendance", a.Attendance))),
        .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
    ];

    [Fact]
    public async Task Meeting_ArrangedThenRecorded_BadInputSavesNothing_AndAStaleSaveShowsBothVersions()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child M1");
        var lead = world.OnReview[ReviewRole.LeadReviewer];
        var caseGroupMember = world.OnReview[ReviewRole.CaseGroupMember];
        await Factory.GiveRoleAsync(reviewId, lead, ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, caseGroupMember, ReviewRole.CaseGroupMember, world.BusinessUnit.Id);
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis/meetings";
        Assert.Contains("No meetings yet", (await bu.GetAsync(root)).Html, StringComparison.Ordinal);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var empty = await bu.PostAsync($"{root}/arrange", Meeting("", null, " ", []));
        Assert.Equal(["Enter the date of the meeting"], empty.Errors);
        var bad = await bu.PostAsync($"{root}/arrange", Meeting("", today.AddDays(7), " ", [], time: "half past"));
        Assert.Equal(["Enter the start time like 10:30 or 2pm"], bad.Errors);
        var none = await bu.PostAsync($"{root}/arrange", Meeting("", today.AddDays(7), " ", []));
        Assert.Equal(["Select the kind of meeting", "Enter the agenda", "Select who is invited"], none.Errors);
        var stranger = await bu.PostAsync($"{root}/arrange", Meeting("ReviewTeam", today.AddDays(7), "Episodes", [world.NoRole.Id]));
        Assert.Equal(["Select people from the list: only members of the review can be invited"], stranger.Errors);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.Meetings.AnyAsync(m => m.ReviewId == reviewId));
        }

        var arranged = await bu.PostAsync($"{root}/arrange", Meeting("CaseGroupIntroduction", today.AddDays(-1), "1. Welcome\n- How the review works\n\nThe story so far",
            [lead.Id, caseGroupMember.Id], time: "2pm", place: "Room 2, civic centre"));
        Assert.Equal(HttpStatusCode.Redirect, arranged.Status);
        var path = arranged.Location!;
        var meetingId = Guid.Parse(path.Split('/').Last());
        var page = await bu.GetAsync(path);
        Assert.Equal(["Welcome", "How the review works", "The story so far"], page.Document.QuerySelectorAll("ol.govuk-list--number")[0].QuerySelectorAll("li").Select(l => l.TextContent.Trim()));
        Assert.Contains("14:00", page.Html, StringComparison.Ordinal);

        Meeting stored;
        await using (var db = Factory.CreateDbContext())
        {
            stored = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            Assert.All(stored.Attendees, a => Assert.Equal(Attendance.Invited, a.Attendance));
        }

        var record = $"{path}/record";
        var form = await bu.GetAsync(record);
        Assert.Equal(2, form.Document.QuerySelectorAll("select[name$='.Attendance']").Length);
        var tooMany = await bu.PostAsync(record, Meeting("CaseGroupIntroduction", stored.HeldOn, stored.Agenda, [lead.Id, caseGroupMember.Id],
            decisions: string.Join('\n', Enumerable.Range(1, 31).Select(i => $"Decision {i}")), version: stored.Version));
        Assert.Equal(["Record at most 30 decisions"], tooMany.Errors);

        var lead1 = await Factory.SignInAsync(lead);
        var saved = await lead1.PostAsync(record, Meeting("CaseGroupIntroduction", stored.HeldOn, stored.Agenda, [lead.Id, caseGroupMember.Id],
            attendance: [(lead.Id, "Attended"), (caseGroupMember.Id, "SentApologies")], notes: "The lead reviewer's notes.", decisions: "1. Share section 1 for comment\n2) Ask the police for the call logs",
            version: stored.Version));
        Assert.Equal(path, saved.Location);
        var stale = await bu.PostAsync(record, Meeting("CaseGroupIntroduction", stored.HeldOn, stored.Agenda, [lead.Id, caseGroupMember.Id],
            attendance: [(lead.Id, "Attended"), (caseGroupMember.Id, "Attended")], notes: "The business unit's notes.", version: stored.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("saved this meeting while you were editing it", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Contains("The business unit's notes.", stale.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The lead reviewer's notes.", stale.Document.QuerySelector("#conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("The business unit's notes.", stale.Document.QuerySelector("#Input_Notes")!.TextContent.Trim());

        var recorded = await bu.GetAsync(path);
        Assert.Equal(["Share section 1 for comment", "Ask the police for the call logs"],
            recorded.Document.QuerySelectorAll("ol.govuk-list--number")[1].QuerySelectorAll("li").Select(l => l.TextContent.Trim()));
        Assert.Contains("Sent apologies", recorded.Html, StringComparison.Ordinal);
        var list = await bu.GetAsync(root);
        Assert.Contains("1 of 2", list.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        // Attendance cannot be recorded for a meeting that has not happened.
        var future = await bu.PostAsync($"{root}/arrange", Meeting("ReviewTeam", today.AddDays(3), "Findings", [lead.Id]));
        var futureId = Guid.Parse(future.Location!.Split('/').Last());
        Guid futureVersion;
        await using (var db = Factory.CreateDbContext())
        {
            futureVersion = (await db.Meetings.SingleAsync(m => m.Id == futureId)).Version;
        }

        var early = await bu.PostAsync($"{future.Location}/record", Meeting("ReviewTeam", today.AddDays(3), "Findings", [lead.Id], attendance: [(lead.Id, "Attended")],
            decisions: "Agree finding 1", version: futureVersion));
        Assert.Equal(["Record who attended once the meeting has taken place", "Record notes and decisions once the meeting has taken place"], early.Errors);

        await using (var db = Factory.CreateDbContext())
        {
            var meeting = await db.Meetings.SingleAsync(m => m.Id == meetingId);
            Assert.Equal("The lead reviewer's notes.", meeting.Notes);
            Assert.Equal(Attendance.SentApologies, meeting.Attendees.Single(a => a.UserId == caseGroupMember.Id).Attendance);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.MeetingArranged && e.ReviewId == reviewId));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.MeetingRecorded && e.EntityId == meetingId));
        }
    }

    [Fact]
    public async Task CaseGroup_SeesOnlyCaseGroupMeetingsTheyAreInvitedTo_WithTheAgendaAndDecisionsButNotTheNotes()
    {
        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        var shared = await caseGroup.GetAsync($"/reviews/{world.ReviewId}/analysis/shared");
        Assert.Contains("Case group introduction, 20 October 2026", shared.Html, StringComparison.Ordinal);
        var page = await caseGroup.GetAsync($"/reviews/{world.ReviewId}/analysis/shared/meetings/{world.Analysis.MeetingId}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Share the first narrative section for comment", page.Html, StringComparison.Ordinal);
        Assert.Contains("The story so far", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("The group talked through", page.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseGroup.GetAsync($"/reviews/{world.ReviewId}/analysis/meetings/{world.Analysis.MeetingId}")).Status);

        // A review team meeting, and a case group meeting they are not invited to, are not theirs to see.
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var root = $"/reviews/{world.ReviewId}/analysis/meetings";
        var team = await lead.PostAsync($"{root}/arrange", Meeting("ReviewTeam", new DateOnly(2026, 10, 27), "Episodes", [world.OnReview[ReviewRole.CaseGroupMember].Id]));
        var other = await lead.PostAsync($"{root}/arrange", Meeting("CaseGroupFollowOn", new DateOnly(2026, 11, 3), "Findings", [world.OnReview[ReviewRole.LeadReviewer].Id]));
        foreach (var arranged in new[] { team, other })
        {
            var id = arranged.Location!.Split('/').Last();
            Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.GetAsync($"/reviews/{world.ReviewId}/analysis/shared/meetings/{id}")).Status);
        }

        Assert.DoesNotContain("Case group follow-on meeting", (await caseGroup.GetAsync($"/reviews/{world.ReviewId}/analysis/shared")).Html, StringComparison.Ordinal);

        // The review team sees what is shared for comment, and the comments since the case group last met.
        var meetings = await lead.GetAsync(root);
        Assert.Contains("Since the case group met on 3 Nov 2026", meetings.Html, StringComparison.Ordinal);
        Assert.Contains("Narrative section 1: After the move to the new flat", meetings.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hindsight_RecordSaysHowEachTechniqueWasUsed_ReadOnlyForObservers_AndAStaleSaveIsRefused()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child H1");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var path = $"/reviews/{reviewId}/analysis/hindsight";
        var form = await bu.GetAsync(path);
        Assert.Equal(BiasTechniques.All.Count, form.Document.QuerySelectorAll("input[name$='.Key']").Length);

        KeyValuePair<string, string>[] Answers(string firstUse, string firstNote, Guid? version) =>
        [
            .. BiasTechniques.All.SelectMany((t, i) => Form.Of(($"Input.Entries[{i}].Key", t.Key),
                ($"Input.Entries[{i}].Use", i == 0 ? firstUse : i == 1 ? "NotUsed" : string.Empty),
                ($"Input.Entries[{i}].Note", i == 0 ? firstNote : string.Empty))),
            .. Form.Of(("Input.Other", "A second reviewer read the chronology in date order only.")),
            .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
        ];

        var unsaid = await bu.PostAsync(path, Answers("Used", " ", null));
        Assert.Equal([$"Say how the team used \"{BiasTechniques.All[0].Name}\""], unsaid.Errors);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.HindsightRecords.AnyAsync(h => h.ReviewId == reviewId));
        }

        var saved = await bu.PostAsync(path, Answers("Used", "Every episode has its own box for what was known then.", null));
        Assert.Equal(path, saved.Location);
        var stale = await bu.PostAsync(path, Answers("Planned", "Later.", null));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("Later.", stale.Document.QuerySelector("#Input_Entries_0__Note")!.TextContent.Trim());

        var hub = await bu.GetAsync($"/reviews/{reviewId}/analysis");
        Assert.Contains($"2 of {BiasTechniques.All.Count} techniques answered", hub.Html, StringComparison.Ordinal);

        var observer = world.OnReview[ReviewRole.Observer];
        await Factory.GiveRoleAsync(reviewId, observer, ReviewRole.Observer, world.BusinessUnit.Id);
        var reader = await Factory.SignInAsync(observer);
        var readOnly = await reader.GetAsync(path);
        Assert.Empty(readOnly.Document.QuerySelectorAll("form[method=post] textarea"));
        Assert.Contains("Every episode has its own box for what was known then.", readOnly.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsync(path, Answers("Used", "x", null))).Status);

        await using (var db = Factory.CreateDbContext())
        {
            var record = await db.HindsightRecords.SingleAsync(h => h.ReviewId == reviewId);
            Assert.Equal(TechniqueUse.Used, record.Entries[0].Use);
            Assert.Equal(TechniqueUse.NotUsed, record.Entries[1].Use);
            Assert.Equal(TechniqueUse.NotRecorded, record.Entries[2].Use);
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.HindsightRecorded && e.ReviewId == reviewId));
        }

        var papers = await bu.Client.GetAsync($"/reviews/{reviewId}/analysis/working-papers.docx");
        using var document = Lantern.Web.Tests.Documents.Docx.OpenValid(await papers.Content.ReadAsByteArrayAsync());
        var text = Lantern.Web.Tests.Documents.Docx.Text(Lantern.Web.Tests.Documents.Docx.Body(document));
        Assert.Contains("Guarding against hindsight", text, StringComparison.Ordinal);
        Assert.Contains("Every episode has its own box for what was known then.", text, StringComparison.Ordinal);
        Assert.Contains("Practitioners' narrative", text, StringComparison.Ordinal);
    }
}
