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

/// <summary>Meetings' attendance registers: the page, the file import and meeting continuity that uses them.</summary>
public sealed class AttendanceTests(World world) : IClassFixture<World>
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

    internal static async Task<PageResult> ImportAsync(Browserless browser, Guid reviewId, string fileName, string content)
    {
        var url = $"{Root(reviewId)}/meetings/attendance";
        var form = await browser.GetAsync(url);
        using var body = new MultipartFormDataContent { { new StringContent(form.Token!), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        body.Add(file, "Input.File", fileName);
        var response = await browser.Client.PostAsync(url, body);
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, new HtmlParser().ParseDocument(html), html);
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

    [Fact]
    public async Task Import_MessyFile_SavesEveryRowInAgenciesWordsAudited()
    {
        var s = await ReviewAsync("Child I1");
        const string file = """
            DATE OF MEETING;Type of meeting;Attendee name;Attendance status;Notes
            10/03/2024;strategy meeting;siobhan o'connor;Present;chaired
            12/03/2024;Strat disc;ZOE MAKINEN;Apologies - report sent;
            10/03/2024;Strategy discussion;amelie durand;named only;the child
            20 April 2024;ICPC;Dónal BYRNE;DNA;
            2024-04-02;core group;Shiv O'Connor;attended;
            2024-04-02;CGM;Aunt;not present;
            """;

        var page = await ImportAsync(s.Lead, s.ReviewId, "attendance.csv", file);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var lines = await LinesAsync(s.ReviewId);
        Assert.Equal(6, lines.Count);
        Assert.All(lines, l => Assert.Equal(AttendanceSource.Import, l.Source));
        var strategy = lines.Where(l => l.MeetingId == s.Chronology.MergedEventId).ToDictionary(l => l.PersonId, l => l.Status);
        Assert.Equal(AttendanceStatus.Attended, strategy[s.Chronology.SocialWorkerId]);
        Assert.Equal(AttendanceStatus.SentReport, strategy[s.Chronology.HealthVisitorId]);
        Assert.Equal(AttendanceStatus.NamedButAbsent, strategy[s.Attendance.ChildId]);
        Assert.Equal(AttendanceStatus.InvitedDidNotAttend, lines.Single(l => l.PersonId == s.Attendance.PoliceOfficerId).Status);
        Assert.Equal(AttendanceStatus.InvitedDidNotAttend, lines.Single(l => l.PersonId == s.Chronology.AuntId).Status);
        Assert.Contains(AuditActions.AttendanceImported, await AuditActionsAsync(s.ReviewId));
    }

    [Fact]
    public async Task Import_AgainForTheSamePerson_ReplacesTheirStatus()
    {
        var s = await ReviewAsync("Child I2");
        await SaveAsync(s.Lead, Register(s), null, (s.Chronology.SocialWorkerId, "InvitedDidNotAttend"));

        var page = await ImportAsync(s.Lead, s.ReviewId, "attendance.csv", "Meeting date,Meeting type,Person,Attendance\n10/03/2024,Strategy discussion,Social worker 7,attended\n");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var line = Assert.Single(await LinesAsync(s.ReviewId));
        Assert.Equal((AttendanceStatus.Attended, AttendanceSource.Import), (line.Status, line.Source));
    }

    [Fact]
    public async Task Import_RowsWithProblems_ListsEachRowAndSavesNothing()
    {
        var s = await ReviewAsync("Child I3");
        const string file = """
            Date,Meeting,Name,Status
            10/03/2024,Strategy discussion,Siobhán O'Connor,attended
            10/03/2024,Strategy discussion,Fred Bloggs,attended
            11/03/2024,Core group,Social worker 7,attended
            03/06/2024,Child protection conference,Health visitor 7,attended
            10/03/2024,Strategy discussion,Zoë Mäkinen,late
            31/02/2024,Strategy discussion,Aunt,named only
            10/03/2024,Strategy discussion,jo smith,attended
            10/03/2024,Home visit,Aunt,attended
            10/03/2024,Strategy discussion,Siobhan O'Connor,DNA
            """;

        var page = await ImportAsync(s.Lead, s.ReviewId, "attendance.csv", file);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(
            [
                "Row 3: No one in the people register is called \u201CFred Bloggs\u201D. Add them to the register, or use their pseudonym",
                "Row 4: There is no core group meeting on 11 March 2024 in the chronology",
                "Row 5: There are 2 different child protection conferences on 3 June 2024 in the chronology, so Lantern cannot tell which this row means. Merge them if they are one meeting, or record this person on the meeting's attendance page",
                "Row 6: \u201Clate\u201D is not an attendance Lantern knows. Use attended, sent report, did not attend or named only",
                "Row 7: 31/02/2024 is not a real date",
                "Row 8: \u201Cjo smith\u201D could be Neighbour 2 or Teacher 1. Use their pseudonym",
                "Row 9: \u201CHome visit\u201D means home visit, which is not a multi-agency meeting",
                "Row 10: Row 2 gives a different attendance for the same person at the same meeting",
            ],
            page.Errors);
        Assert.Equal(8, page.Document.QuerySelectorAll(".app-attendance-problems tbody tr").Length);
        Assert.Empty(await LinesAsync(s.ReviewId));
        Assert.DoesNotContain(AuditActions.AttendanceImported, await AuditActionsAsync(s.ReviewId));
    }

    [Theory]
    [InlineData("Date,Event type,Description\n10/03/2024,Strategy discussion,Met\n", "The file has no column for person and attendance.")]
    [InlineData("Meeting date,Meeting type,Person,Attendance\n", "The file has headings but no rows. Add a row for each person at each meeting.")]
    [InlineData("", "Select the attendance file to upload")]
    public async Task Import_UnusableFile_SaysWhyAndSavesNothing(string content, string expected)
    {
        var s = await ReviewAsync("Child I4");

        var page = await ImportAsync(s.Lead, s.ReviewId, "attendance.csv", content);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(expected, Assert.Single(page.Errors), StringComparison.Ordinal);
        Assert.Empty(await LinesAsync(s.ReviewId));
    }

    [Fact]
    public async Task Import_XlsxOrCsvOnly_ADisguisedFileIsRefused()
    {
        var s = await ReviewAsync("Child I6");

        var page = await ImportAsync(s.Lead, s.ReviewId, "attendance.csv", "%PDF-1.7\nnot a spreadsheet");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Errors);
        Assert.Empty(await LinesAsync(s.ReviewId));
    }

    [Fact]
    public async Task Import_TeamMember_IsRefused()
    {
        var s = await ReviewAsync("Child I5");
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);

        var page = await team.GetAsync($"{Root(s.ReviewId)}/meetings/attendance");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }

    [Fact]
    public async Task Meetings_RegisterRecorded_ChildNamedIsNotCountedAsThere()
    {
        var s = await ReviewAsync("Child M1");
        await SaveAsync(s.Lead, Register(s), null, (s.Chronology.SocialWorkerId, "Attended"), (s.Chronology.HealthVisitorId, "SentReport"), (s.Attendance.ChildId, "NamedButAbsent"));

        var page = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings?shown=1&series=type");

        var strategy = Matrix(page, "Strategy discussion");
        Assert.Contains("Named only, not there", Row(strategy, "Child A"), StringComparison.Ordinal);
        Assert.DoesNotContain("Attended", Row(strategy, "Child A"), StringComparison.Ordinal);
        Assert.Contains("Sent a report, did not attend", Row(strategy, "Health visitor 7"), StringComparison.Ordinal);
        Assert.DoesNotContain("No attendance recorded", strategy.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        var coreGroups = Matrix(page, "Core group meeting");
        Assert.Contains("No attendance recorded - based on people named in the records", coreGroups.QuerySelector("thead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Named in the records", Row(coreGroups, "Child A"), StringComparison.Ordinal);
        Assert.Contains($"/events/{s.Chronology.MergedEventId}/attendance", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meetings_SubjectAndFamilyLeftOutByDefault_TheDropIsFlagged()
    {
        var s = await ReviewAsync("Child M2");

        var byDefault = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings");
        var withFamily = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings?shown=1");

        var core = Matrix(byDefault, "Core group meeting");
        Assert.DoesNotContain(People(core), p => p is "Aunt" or "Child A");
        Assert.Contains("0%", core.QuerySelector(".app-matrix__continuity .govuk-tag")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(byDefault.Document.QuerySelector("#family[checked]"));
        var coreWithFamily = Matrix(withFamily, "Core group meeting");
        Assert.Contains("Aunt", People(coreWithFamily));
        Assert.Contains("Child A", People(coreWithFamily));
        Assert.Contains("50%", coreWithFamily.QuerySelector(".app-matrix__continuity")!.TextContent, StringComparison.Ordinal);
        Assert.Null(coreWithFamily.QuerySelector(".app-matrix__continuity .govuk-tag"));
        Assert.Null(withFamily.Document.QuerySelector("#family[checked]"));
    }

    [Fact]
    public async Task Meetings_PlanMeetingsTogether_ConferencesAndCoreGroupsAreOneSeries()
    {
        var s = await ReviewAsync("Child M3");

        var page = await s.Lead.GetAsync($"{Root(s.ReviewId)}/meetings?series=plan");

        var headings = page.Document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Child protection conferences and core group meetings", headings);
        Assert.DoesNotContain("Core group meeting", headings);
        var plan = Matrix(page, "Child protection conferences and core group meetings");
        Assert.Equal(5, plan.QuerySelectorAll("thead th").Length - 1); // two core groups, the ICPC and two conferences on 3 June
        Assert.NotNull(page.Document.QuerySelector("#series-plan[checked]"));
    }

    private static AngleSharp.Dom.IElement Matrix(PageResult page, string series)
    {
        var heading = page.Document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == series);
        return page.Document.QuerySelector($"[aria-labelledby='{heading.Id}'] table")!;
    }

    private static List<string> People(AngleSharp.Dom.IElement matrix) =>
        matrix.QuerySelectorAll("tbody th").Select(t => t.TextContent.Trim()).ToList();

    private static string Row(AngleSharp.Dom.IElement matrix, string pseudonym) =>
        matrix.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == pseudonym).TextContent;
}
