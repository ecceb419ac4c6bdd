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

/// <summary>Attendance imported from a file: read in the agencies' own words, or refused row by row.</summary>
public sealed partial class AttendanceTests
{
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
}
