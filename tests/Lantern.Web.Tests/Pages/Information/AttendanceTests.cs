using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Information;

/// <summary>Meetings' attendance registers: the page, the file import and meeting continuity that uses them.</summary>
public sealed partial class AttendanceTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private sealed record Seeded(Guid ReviewId, SeededChronology Chronology, SeededAttendance Attendance, Browserless Lead);

    private async Task<Seeded> ReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        var chronology = await Factory.MergedChronologyAsync(world.PartnershipId, reviewId, world.BusinessUnit.Id);
        var attendance = await Factory.AttendanceAsync(reviewId, chronology);
        return new Seeded(reviewId, chronology, attendance, await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]));
    }

    private static string Root(Guid reviewId) => $"/reviews/{reviewId}/information/chronology";

    private static string Register(Seeded s) => $"{Root(s.ReviewId)}/events/{s.Chronology.MergedEventId}/attendance";

    private async Task<List<MeetingAttendance>> LinesAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.MeetingAttendance.Where(a => a.ReviewId == reviewId).ToListAsync();
    }

    private async Task<List<string>> AuditActionsAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.AuditEvents.Where(e => e.ReviewId == reviewId).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
    }

    private static async Task<PageResult> SaveAsync(Browserless browser, string url, string? stamp, params (Guid Person, string Status)[] statuses)
    {
        var form = await browser.GetAsync(url);
        var fields = statuses.Select(s => ($"Status[{s.Person}]", s.Status)).Append(("Stamp", stamp ?? form.Document.QuerySelector("input[name=Stamp]")!.GetAttribute("value")!));
        return await browser.PostWithTokenAsync(url, form.Token, Form.Of([.. fields]));
    }

    [Fact]
    public async Task Register_Save_RecordsEachStatusOnTheMergedEventAudited()
    {
        var s = await ReviewAsync("Child R1");

        var saved = await SaveAsync(s.Lead, Register(s), null,
            (s.Chronology.SocialWorkerId, "Attended"), (s.Chronology.HealthVisitorId, "SentReport"), (s.Attendance.ChildId, "NamedButAbsent"), (s.Attendance.PoliceOfficerId, ""));
        var page = await s.Lead.GetAsync(Register(s));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var lines = await LinesAsync(s.ReviewId);
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal((AttendanceTarget.MergedEvent, s.Chronology.MergedEventId, AttendanceSource.Form), (l.Target, l.MeetingId, l.Source)));
        Assert.Equal(AttendanceStatus.SentReport, lines.Single(l => l.PersonId == s.Chronology.HealthVisitorId).Status);
        Assert.Equal("NamedButAbsent", page.Document.QuerySelector($"select[name='Status[{s.Attendance.ChildId}]'] option[selected]")!.GetAttribute("value"));
        Assert.Contains("Attendance saved", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Amélie", page.Html, StringComparison.Ordinal);
        Assert.Contains(AuditActions.AttendanceRecorded, await AuditActionsAsync(s.ReviewId));
    }

    [Fact]
    public async Task Register_NotRecorded_ClearsALineAndLinesFromBeforeTheMerge()
    {
        var s = await ReviewAsync("Child R2");
        await using (var db = Factory.CreateDbContext())
        {
            var lineage = await db.ChronologyEntries.Where(e => e.Id == s.Chronology.PoliceStrategyId).Select(e => e.LineageId).SingleAsync();
            db.MeetingAttendance.Add(new MeetingAttendance
            {
                Id = Guid.NewGuid(),
                ReviewId = s.ReviewId,
                Target = AttendanceTarget.Entry,
                MeetingId = lineage,
                PersonId = s.Attendance.PoliceOfficerId,
                Status = AttendanceStatus.Attended,
                Source = AttendanceSource.Form,
                RecordedByUserId = world.BusinessUnit.Id,
                RecordedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var before = await s.Lead.GetAsync(Register(s));
        var saved = await SaveAsync(s.Lead, Register(s), null, (s.Attendance.PoliceOfficerId, ""));

        Assert.Equal("Attended", before.Document.QuerySelector($"select[name='Status[{s.Attendance.PoliceOfficerId}]'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Empty(await LinesAsync(s.ReviewId));
    }

    [Fact]
    public async Task Register_UnknownStatus_ShowsErrorAndSavesNothing()
    {
        var s = await ReviewAsync("Child R3");

        var page = await SaveAsync(s.Lead, Register(s), null, (s.Chronology.SocialWorkerId, "Attended"), (s.Chronology.HealthVisitorId, "Maybe"), (s.Attendance.ChildId, "7"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Choose what is recorded about Health visitor 7 from the list", "Choose what is recorded about Child A from the list"], page.Errors);
        Assert.NotNull(page.Document.QuerySelector($"#Status_{s.Chronology.HealthVisitorId}_-error"));
        Assert.Empty(await LinesAsync(s.ReviewId));
        Assert.DoesNotContain(AuditActions.AttendanceRecorded, await AuditActionsAsync(s.ReviewId));
    }

    [Fact]
    public async Task Register_OpenedBeforeSomeoneElseSaved_IsAConflictAndKeepsTheirChange()
    {
        var s = await ReviewAsync("Child R4");
        var opened = await s.Lead.GetAsync(Register(s));
        var stamp = opened.Document.QuerySelector("input[name=Stamp]")!.GetAttribute("value");
        await SaveAsync(s.Lead, Register(s), null, (s.Chronology.SocialWorkerId, "Attended"));

        var stale = await SaveAsync(s.Lead, Register(s), stamp, (s.Chronology.SocialWorkerId, "InvitedDidNotAttend"));

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Someone else changed this meeting's attendance", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(AttendanceStatus.Attended, Assert.Single(await LinesAsync(s.ReviewId)).Status);
    }

    [Fact]
    public async Task Register_TeamMember_SeesButCannotChange()
    {
        var s = await ReviewAsync("Child R5");
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        await SaveAsync(s.Lead, Register(s), null, (s.Chronology.SocialWorkerId, "Attended"));

        var page = await team.GetAsync(Register(s));
        var post = await team.PostWithTokenAsync(Register(s), page.Token, Form.Of(($"Status[{s.Chronology.SocialWorkerId}]", "InvitedDidNotAttend"), ("Stamp", "x")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("select"));
        Assert.Contains("Attended", page.Document.QuerySelector($"tr[data-person='{s.Chronology.SocialWorkerId}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(AttendanceStatus.Attended, Assert.Single(await LinesAsync(s.ReviewId)).Status);
    }

    [Fact]
    public async Task Register_EntryStandingAlone_IsHeldOnItsLineage_AndAHomeVisitHasNone()
    {
        var s = await ReviewAsync("Child R6");
        var url = $"{Root(s.ReviewId)}/entries/{s.Attendance.IcpcEntryId}/attendance";

        var saved = await SaveAsync(s.Lead, url, null, (s.Attendance.PoliceOfficerId, "Attended"));
        var visit = await s.Lead.GetAsync($"{Root(s.ReviewId)}/entries/{s.Chronology.PoliceVisitId}/attendance");
        var entryPage = await s.Lead.GetAsync($"{Root(s.ReviewId)}/entries/{s.Attendance.IcpcEntryId}");

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        await using var db = Factory.CreateDbContext();
        var lineage = await db.ChronologyEntries.Where(e => e.Id == s.Attendance.IcpcEntryId).Select(e => e.LineageId).SingleAsync();
        var line = Assert.Single(await LinesAsync(s.ReviewId));
        Assert.Equal((AttendanceTarget.Entry, lineage), (line.Target, line.MeetingId));
        Assert.Contains("not a multi-agency meeting", visit.Html, StringComparison.Ordinal);
        Assert.Empty(visit.Document.QuerySelectorAll("select"));
        Assert.Contains($"/entries/{s.Attendance.IcpcEntryId}/attendance", entryPage.Html, StringComparison.Ordinal);
    }
}
