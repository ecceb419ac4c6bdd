using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Reports;

/// <summary>The review report end to end through its pages: starting versions from the analysis, writing sections,
/// what changed since a section was written, quality-assurance comments, editions and their disclosure-risk gate,
/// drafts given to readers, identifying details and the Board's view. Each test makes its own review.</summary>
public sealed partial class ReportTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private Person Lead => world.OnReview[ReviewRole.LeadReviewer];

    [Fact]
    public async Task StartingTheReport_DraftsSectionsFromTheAnalysis_RefusesASecondWhileTheFirstIsWritten_ThenCopiesIt()
    {
        var (reviewId, _) = await ReviewWithAnalysisAsync(world, "Child R1");
        var lead = await Factory.SignInAsync(Lead);

        var empty = await lead.GetAsync(Report(reviewId));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        var started = await StartAsync(lead, reviewId);
        Assert.Equal(Version(reviewId), started.Location);
        var version = await lead.GetAsync(Version(reviewId));
        Assert.Contains("Draft 1 started from the analysis", version.Html, StringComparison.Ordinal);

        List<ReportSection> sections;
        await using (var db = Factory.CreateDbContext())
        {
            sections = await db.ReportSections.Where(s => s.ReviewId == reviewId).OrderBy(s => s.Position).ToListAsync();
        }

        Assert.Equal(ReportStructure.Default.Select(d => d.Key), sections.Select(s => s.Key));
        var findings = sections.Single(s => s.Key == ReportStructure.Findings);
        Assert.Contains("Seeing a baby at the door is counted as seeing the baby", findings.Text, StringComparison.Ordinal);
        Assert.NotEqual(string.Empty, findings.SourceFingerprint);
        var appraisal = sections.Single(s => s.Key == ReportStructure.Appraisal);
        Assert.Contains("Home visit after the missed appointments", appraisal.Text, StringComparison.Ordinal);

        // The section page shows the drafted text and what it draws on, with no warning: nothing has changed yet.
        var section = await lead.GetAsync(Section(reviewId, ReportStructure.Findings));
        Assert.Contains("Seeing a baby at the door", section.Document.QuerySelector(".app-report-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null(section.Document.QuerySelector(".govuk-warning-text"));

        // A second version while the first is still being written is refused, and nothing is added.
        var second = await StartAsync(lead, reviewId);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(["Draft 1 is still being written. Move it on to the chair before starting a new version"], second.Errors);

        // The writer changes a section, the version goes to quality assurance and the chair agrees it; draft 2 copies draft 1.
        var token = await SectionTokenAsync(lead, reviewId, ReportStructure.Summary);
        var summary = "Ayo's review, in short: agencies counted a doorstep sighting as a visit.\n\nNobody asked what seeing a child meant.";
        Assert.Equal(Section(reviewId, ReportStructure.Summary), (await WriteAsync(lead, reviewId, ReportStructure.Summary, summary, token)).Location);
        Assert.Equal(Version(reviewId), (await MoveOnAsync(lead, reviewId, "QualityAssurance")).Location);
        Assert.Contains("still being written", (await StartAsync(lead, reviewId)).Errors.Single(), StringComparison.Ordinal);
        var chair = await Factory.SignInAsync(world.Chair);
        Assert.Equal(Version(reviewId), (await MoveOnAsync(chair, reviewId, "AgreedByChair")).Location);

        Assert.Equal(Version(reviewId, 2), (await StartAsync(lead, reviewId)).Location);
        Assert.Equal(summary, await SectionTextAsync(Factory, reviewId, ReportStructure.Summary, 2));
        Assert.Equal(findings.Text, await SectionTextAsync(Factory, reviewId, ReportStructure.Findings, 2));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportVersionStarted));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportStatusChanged));
        var list = await lead.GetAsync(Report(reviewId));
        Assert.Equal(2, list.Document.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task WritingASection_IsSavedAndAudited_TwoWritersLoseNothing_TooLongIsRefused_AndAnAgreedVersionIsClosed()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R2", "Agencies met twice in the spring.", ReportStatus.Drafting, ReviewRole.LeadReviewer, ReviewRole.ReviewTeamMember);
        var lead = await Factory.SignInAsync(Lead);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);

        var token = await SectionTokenAsync(lead, reviewId, "summary");
        var teamToken = await SectionTokenAsync(team, reviewId, "summary");
        Assert.Equal(token, teamToken);
        var saved = await WriteAsync(lead, reviewId, "summary", "## What happened\r\n\r\nThe school nurse rang the GP — twice — and nobody rang back.\r\n\r\n", token);
        Assert.Equal(Section(reviewId, "summary"), saved.Location);
        Assert.Equal("## What happened\n\nThe school nurse rang the GP — twice — and nobody rang back.", await SectionTextAsync(Factory, reviewId, "summary"));
        var page = await lead.GetAsync(Section(reviewId, "summary"));
        Assert.Contains("Section saved", page.Html, StringComparison.Ordinal);
        Assert.Equal("What happened", page.Document.QuerySelector(".app-report-text h2, .app-report-text h3")?.TextContent.Trim());

        // The second writer saves from the same copy: refused with both texts shown, theirs kept in the box.
        var mine = "Agencies met twice in the spring, and the health visitor was not invited to either meeting.";
        var conflict = await WriteAsync(team, reviewId, "summary", mine, teamToken);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        var table = conflict.Document.QuerySelector("#conflict")!.TextContent;
        Assert.Contains("nobody rang back", table, StringComparison.Ordinal);
        Assert.Contains("health visitor was not invited", table, StringComparison.Ordinal);
        Assert.Equal(mine, conflict.Document.QuerySelector("#Input_Text")!.TextContent.Trim());
        Assert.Contains("nobody rang back", await SectionTextAsync(Factory, reviewId, "summary"), StringComparison.Ordinal);

        // Saving again with the token the conflict page gave keeps the second writer's words.
        var fresh = conflict.Document.QuerySelector("input[name='Input.Token']")!.GetAttribute("value")!;
        Assert.NotEqual(teamToken, fresh);
        Assert.Equal(Section(reviewId, "summary"), (await WriteAsync(team, reviewId, "summary", mine, fresh)).Location);
        Assert.Equal(mine, await SectionTextAsync(Factory, reviewId, "summary"));

        var tooLong = await WriteAsync(lead, reviewId, "summary", string.Concat(Enumerable.Repeat("Ninety-nine visits. ", 5001)), await SectionTokenAsync(lead, reviewId, "summary"));
        Assert.Equal(["The section must be 100,000 characters or fewer"], tooLong.Errors);
        Assert.NotNull(tooLong.Document.QuerySelector(".govuk-form-group--error #Input_Text"));
        Assert.Equal(mine, await SectionTextAsync(Factory, reviewId, "summary"));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportSectionWritten));

        // Once the chair agrees the version, writing is refused (and the write page sends the writer back).
        var stale = await SectionTokenAsync(lead, reviewId, "summary");
        Assert.Equal(Version(reviewId), (await MoveOnAsync(lead, reviewId, "QualityAssurance")).Location);
        Assert.Equal(Version(reviewId), (await MoveOnAsync(await Factory.SignInAsync(world.Chair), reviewId, "AgreedByChair")).Location);
        Assert.Equal(Section(reviewId, "summary"), (await lead.GetAsync(Write(reviewId, "summary"))).Location);
        var closed = await lead.PostAsync(Section(reviewId, "summary"), Form.Of(("Input.Text", "A late change."), ("Input.Token", stale)), Write(reviewId, "summary"));
        Assert.Equal(["Draft 1 has been agreed and can no longer be changed. Start a new version to change the report"], closed.Errors);
        Assert.Equal(mine, await SectionTextAsync(Factory, reviewId, "summary"));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportSectionWritten));
    }

    [Fact]
    public async Task ChangedSinceWritten_ShowsTheWarningAndTheDifference_KeepsTheWritersText_AndTakingItInClearsIt()
    {
        var (reviewId, analysis) = await ReviewWithAnalysisAsync(world, "Child R3");
        var lead = await Factory.SignInAsync(Lead);
        Assert.Equal(Version(reviewId), (await StartAsync(lead, reviewId)).Location);
        var mine = "In our own words: a glimpse at the door was logged as a visit.";
        Assert.Equal(Section(reviewId, ReportStructure.Findings), (await WriteAsync(lead, reviewId, ReportStructure.Findings, mine, await SectionTokenAsync(lead, reviewId, ReportStructure.Findings))).Location);

        await using (var db = Factory.CreateDbContext())
        {
            await db.Findings.Where(f => f.Id == analysis.FindingId)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.Title, "Seeing a baby through a window is counted as seeing the baby, so concerns about care go unnoticed"));
        }

        var page = await lead.GetAsync(Section(reviewId, ReportStructure.Findings));
        Assert.Contains("The analysis has changed since this section was written", page.Document.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        var changes = page.Document.QuerySelector(".app-source-changes")!;
        Assert.Contains("Finding 1", changes.TextContent, StringComparison.Ordinal);
        Assert.Contains(changes.QuerySelectorAll("ins"), i => i.TextContent.Contains("window", StringComparison.Ordinal));
        Assert.Contains(changes.QuerySelectorAll("del"), d => d.TextContent.Contains("at the door", StringComparison.Ordinal));
        Assert.Equal(mine, await SectionTextAsync(Factory, reviewId, ReportStructure.Findings));

        // The summary draws on each finding's statement, not its title, so it has not changed.
        Assert.Null((await lead.GetAsync(Section(reviewId, ReportStructure.Summary))).Document.QuerySelector(".govuk-warning-text"));

        // Saving without taking it in leaves the warning; ticking the box clears it, and the text is the writer's.
        var write = await lead.GetAsync(Write(reviewId, ReportStructure.Findings));
        Assert.NotNull(write.Document.QuerySelector("#Input_TakeInAnalysis"));
        await WriteAsync(lead, reviewId, ReportStructure.Findings, mine + " Still true.", await SectionTokenAsync(lead, reviewId, ReportStructure.Findings));
        Assert.NotNull((await lead.GetAsync(Section(reviewId, ReportStructure.Findings))).Document.QuerySelector(".govuk-warning-text"));
        var taken = await WriteAsync(lead, reviewId, ReportStructure.Findings, mine + " Still true.", await SectionTokenAsync(lead, reviewId, ReportStructure.Findings), takeIn: true);
        Assert.Equal(Section(reviewId, ReportStructure.Findings), taken.Location);
        page = await lead.GetAsync(Section(reviewId, ReportStructure.Findings));
        Assert.Null(page.Document.QuerySelector(".govuk-warning-text"));
        Assert.Null(page.Document.QuerySelector(".app-source-changes"));
        Assert.Contains("window", page.Html, StringComparison.Ordinal);
        Assert.Equal(mine + " Still true.", await SectionTextAsync(Factory, reviewId, ReportStructure.Findings));
    }
}
