using System.Globalization;
using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Board;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.BoardResponse;

/// <summary>The Board's response through its pages: recording the meeting the agreed report was presented at, the
/// time left before publication, the Board's answer to a finding and its issues, two people answering at once, what
/// board members see, and the partnership's learning and improvement priorities. Each test makes its own review.</summary>
public sealed partial class BoardResponseTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Response(Guid reviewId) => $"/reviews/{reviewId}/board-response";

    private static string Presentation(Guid reviewId) => $"{Response(reviewId)}/presentation";

    private static string Answer(Guid reviewId, Guid findingId) => $"{Response(reviewId)}/findings/{findingId}";

    private DateOnly Today => DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);

    private static (string, string)[] Date(string prefix, DateOnly d) =>
        [($"{prefix}.Day", d.Day.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Month", d.Month.ToString(CultureInfo.InvariantCulture)), ($"{prefix}.Year", d.Year.ToString(CultureInfo.InvariantCulture))];

    /// <summary>A review whose report (draft 1) the chair has agreed, with its one agreed finding and that finding's issue.</summary>
    private async Task<(Guid ReviewId, Guid FindingId, Guid IssueId)> AgreedReportAsync(string title)
    {
        var (reviewId, ids) = await ReviewWithAnalysisAsync(world, title);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        await StartAsync(lead, reviewId);
        Assert.Equal(Version(reviewId), (await MoveOnAsync(lead, reviewId, "QualityAssurance")).Location);
        Assert.Equal(Version(reviewId), (await MoveOnAsync(await Factory.SignInAsync(world.Chair), reviewId, "AgreedByChair")).Location);
        await using var db = Factory.CreateDbContext();
        var issue = await db.BoardIssues.Where(i => i.FindingId == ids.FindingId).Select(i => i.Id).SingleAsync();
        return (reviewId, ids.FindingId, issue);
    }

    private async Task<PageResult> PresentAsync(Browserless browser, Guid reviewId, DateOnly on, string kind = "Scheduled", string attendees = "Independent chair\nPolice representative\nDesignated nurse")
    {
        var page = await browser.GetAsync(Presentation(reviewId));
        var token = page.Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        return await browser.PostAsync(Presentation(reviewId), [.. Form.Of([.. Date("Input.PresentedOn", on), ("Input.Kind", kind), ("Input.Attendees", attendees),
            ("Input.Minutes", "The Board discussed the finding on home visits at length."), .. token is null ? [] : new[] { ("Input.Version", token) }])]);
    }

    private static (string, string)[] Complete(Guid issueId, string boardWillDo = "Ask every agency to agree one definition of seeing a child by the spring.") =>
    [
        ("Input.Decision", "Accepted"), ("Input.Reasons", ""), ("Input.BoardWillDo", boardWillDo),
        ("Input.Monitoring", "An audit of 20 home visits in six months, reported to the Board."), ("Input.NationalActionNeeded", "false"),
        ($"Input.Issues[{issueId}]", "Through a six-monthly audit of home visit records."),
    ];

    private static async Task<PageResult> AnswerAsync(Browserless browser, Guid reviewId, Guid findingId, (string, string)[] fields, string? token = null)
    {
        token ??= (await browser.GetAsync(Answer(reviewId, findingId))).Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        return await browser.PostAsync(Answer(reviewId, findingId), [.. Form.Of([.. fields, .. token is null ? [] : new[] { ("Input.Version", token) }])]);
    }

    [Fact]
    public async Task RecordingThePresentation_ValidatesEverything_MovesTheVersionOn_AndShowsTheGapBeforePublication()
    {
        var (reviewId, _, _) = await AgreedReportAsync("Child B1");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var partner = await Factory.SignInAsync(world.Partner);

        // Before the presentation a board member sees nothing of the response; the business unit is told what to do.
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync(Response(reviewId))).Status);
        var before = await unit.GetAsync(Response(reviewId));
        Assert.Contains("Draft 1 has been agreed by the chair and has not been recorded as presented", before.Html, StringComparison.Ordinal);

        // A meeting in the future, of no kind, with nobody there: every problem named, nothing saved.
        var bad = await PresentAsync(unit, reviewId, Today.AddDays(3), kind: "", attendees: "  \n ");
        Assert.Equal(["The date of the meeting must be today or in the past", "Select whether it was a scheduled or an extraordinary meeting", "Enter who attended, by role, one on each line"], bad.Errors);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.BoardPresentations.AnyAsync(p => p.ReviewId == reviewId));
        }

        // The lead reviewer may read the response but not record the meeting.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer])).GetAsync(Presentation(reviewId))).Status);

        await Factory.MilestoneAsync(reviewId, Milestone.PublicationName, Today.AddDays(20));
        await using (var db = Factory.CreateDbContext())
        {
            await db.Milestones.Where(m => m.ReviewId == reviewId).ExecuteUpdateAsync(u => u.SetProperty(m => m.Role, MilestoneRole.Publication));
        }

        Assert.Equal(Response(reviewId), (await PresentAsync(unit, reviewId, Today, attendees: "Independent chair\nPolice representative\nindependent CHAIR")).Location);
        await using (var db = Factory.CreateDbContext())
        {
            var presentation = await db.BoardPresentations.SingleAsync(p => p.ReviewId == reviewId);
            Assert.Equal((Today, BoardMeetingKind.Scheduled), (presentation.PresentedOn, presentation.Kind));
            Assert.Equal(["Independent chair", "Police representative"], presentation.Attendees);
            Assert.Equal(ReportStatus.PresentedToBoard, (await db.ReportVersions.SingleAsync(v => v.ReviewId == reviewId)).Status);
        }

        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.BoardPresentationRecorded));
        var after = await unit.GetAsync(Response(reviewId));
        Assert.Contains("Board meeting recorded", after.Html, StringComparison.Ordinal);
        Assert.Contains("20 days after the meeting", after.Html, StringComparison.Ordinal);
        Assert.Contains("Less than 6 weeks", after.Html, StringComparison.Ordinal);

        // Changing the meeting needs the copy it was changed from: a stale copy is refused and the first kept.
        var first = await unit.GetAsync(Presentation(reviewId));
        var stale = first.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        Assert.Equal(Response(reviewId), (await PresentAsync(unit, reviewId, Today, kind: "Extraordinary")).Location);
        var conflict = await unit.PostAsync(Presentation(reviewId), [.. Form.Of([.. Date("Input.PresentedOn", Today.AddDays(-2)), ("Input.Kind", "Scheduled"), ("Input.Attendees", "Chair"), ("Input.Version", stale)])]);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal(BoardMeetingKind.Extraordinary, (await db.BoardPresentations.SingleAsync(p => p.ReviewId == reviewId)).Kind);
        }

        // Now presented, board members read the response.
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(Response(reviewId))).Status);
    }

    [Fact]
    public async Task AnsweringAFinding_RefusedUntilPresented_ValidatesEachPart_TwoPeopleLoseNothing_AndBoardMembersReadIt()
    {
        var (reviewId, findingId, issueId) = await AgreedReportAsync("Child B2");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);

        // Not yet presented: the form is not offered and a post is refused with a message.
        var early = await AnswerAsync(unit, reviewId, findingId, Complete(issueId));
        Assert.Equal(["Record the Board meeting the report was presented at before recording the Board's response"], early.Errors);
        Assert.Equal(Response(reviewId), (await PresentAsync(unit, reviewId, Today)).Location);

        // Not accepted without reasons, with the issue unanswered: both named, nothing saved.
        var refused = await AnswerAsync(unit, reviewId, findingId,
            [("Input.Decision", "NotAccepted"), ("Input.NationalActionNeeded", "false"), ($"Input.Issues[{issueId}]", " ")]);
        Assert.Equal(["Give the Board's reasons for not accepting the finding", "Answer issue 1 for the Board"], refused.Errors);
        Assert.NotNull(refused.Document.QuerySelector($".govuk-form-group--error #Input_Issues_{issueId}_"));
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.FindingResponses.AnyAsync(r => r.FindingId == findingId));
        }

        // A lead reviewer reads the page but may not answer for the Board.
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(lead, reviewId, findingId, Complete(issueId))).Status);

        // The chair opens the form; the business unit answers first; the chair's save is refused with both shown.
        var chairsCopy = await chair.GetAsync(Answer(reviewId, findingId));
        Assert.Null(chairsCopy.Document.QuerySelector("input[name='Input.Version']"));
        Assert.Equal(Response(reviewId), (await AnswerAsync(unit, reviewId, findingId, Complete(issueId))).Location);
        var conflict = await chair.PostAsync(Answer(reviewId, findingId), [.. Form.Of(Complete(issueId, "Commission a multi-agency audit of home visits."))]);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Ask every agency to agree one definition", conflict.Document.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Commission a multi-agency audit of home visits.", conflict.Document.QuerySelector("#Input_BoardWillDo")!.TextContent.Trim());
        var fresh = conflict.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        Assert.Equal(Response(reviewId), (await AnswerAsync(chair, reviewId, findingId, Complete(issueId, "Commission a multi-agency audit of home visits."), fresh)).Location);

        await using (var db = Factory.CreateDbContext())
        {
            var saved = await db.FindingResponses.SingleAsync(r => r.FindingId == findingId);
            Assert.Equal((FindingDecision.Accepted, "Commission a multi-agency audit of home visits."), (saved.Decision, saved.BoardWillDo));
            Assert.Equal("Through a six-monthly audit of home visit records.", Assert.Single(saved.IssueAnswers).Answer);
        }

        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.BoardFindingResponseRecorded));
        Assert.Contains("1 of 1 answered", (await unit.GetAsync(Response(reviewId))).Html, StringComparison.Ordinal);

        // A board member reads the answer, without a form, and may not post one.
        var partner = await Factory.SignInAsync(world.Partner);
        var read = await partner.GetAsync(Answer(reviewId, findingId));
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Null(read.Document.QuerySelector("form textarea"));
        Assert.Contains("Through a six-monthly audit", read.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(partner, reviewId, findingId, Complete(issueId))).Status);
    }

    [Fact]
    public async Task ChoosingAPriorityAgenciesAndAKindThreeRecommendation_OnlyFromTheirLists()
    {
        var (reviewId, findingId, issueId) = await AgreedReportAsync("Child B3");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Equal(Response(reviewId), (await PresentAsync(unit, reviewId, Today)).Location);
        Guid priorityId, kindThree;
        await using (var db = Factory.CreateDbContext())
        {
            var priority = new LearningPriority { Id = Guid.NewGuid(), PartnershipId = world.PartnershipId, Title = $"Seeing the baby {Guid.NewGuid():N}", From = Today.AddYears(-1), CreatedAt = DateTime.UtcNow };
            var recommendation = await db.Recommendations.FirstAsync(r => r.ReviewId == reviewId);
            var national = new Recommendation
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Number = 2,
                Text = "Ask the national panel to look at doorstep visits.",
                Kind = RecommendationKind.NeedsWiderAction,
                Level = recommendation.Level,
                CreatedByUserId = recommendation.CreatedByUserId,
                CreatedAt = recommendation.CreatedAt,
                UpdatedByUserId = recommendation.UpdatedByUserId,
                UpdatedAt = recommendation.UpdatedAt,
            };
            db.AddRange(priority, national);
            await db.SaveChangesAsync();
            (priorityId, kindThree) = (priority.Id, national.Id);
        }

        var page = await unit.GetAsync(Answer(reviewId, findingId));
        Assert.NotNull(page.Document.QuerySelector($"#Input_PriorityId option[value='{priorityId}']"));
        Assert.NotNull(page.Document.QuerySelector($"#Input_NationalRecommendationId option[value='{kindThree}']"));

        var strangers = await AnswerAsync(unit, reviewId, findingId, [.. Complete(issueId), ("Input.PriorityId", Guid.NewGuid().ToString()), ("Input.AgencyIds", world.AgencyId.ToString())]);
        Assert.Equal(["Select one of the partnership's learning and improvement priorities, or none", "Say what the agencies you selected will do"], strangers.Errors);

        var fields = Complete(issueId).Where(f => f.Item1 != "Input.NationalActionNeeded").ToArray();
        Assert.Equal(Response(reviewId), (await AnswerAsync(unit, reviewId, findingId, [.. fields, ("Input.PriorityId", priorityId.ToString()), ("Input.AgencyIds", world.AgencyId.ToString()),
            ("Input.AgenciesWillDo", "Health visiting will change its recording guidance."), ("Input.NationalActionNeeded", "true"), ("Input.NationalRecommendationId", kindThree.ToString())])).Location);
        await using (var check = Factory.CreateDbContext())
        {
            var saved = await check.FindingResponses.SingleAsync(r => r.FindingId == findingId);
            Assert.Equal((priorityId, true, kindThree), (saved.PriorityId!.Value, saved.NationalActionNeeded, saved.NationalRecommendationId!.Value));
            Assert.Equal([world.AgencyId], saved.AgencyIds);
        }
    }

    [Fact]
    public async Task LearningPriorities_AddedWithAPeriod_RefusedWhenWrong_EndedNotDeleted_AndTheBusinessUnitAlone()
    {
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        const string Path = "/admin/learning-priorities";
        var title = $"Hearing very young children {Guid.NewGuid():N}"[..40];

        var wrong = await unit.PostAsync(Path, [.. Form.Of([("Input.Title", ""), .. Date("Input.From", new DateOnly(2027, 4, 1)), .. Date("Input.To", new DateOnly(2027, 3, 1))])], $"{Path}?handler=Add");
        Assert.Equal(["Enter the priority", "The end date must be on or after the start date"], wrong.Errors);

        Assert.Equal(Path, (await unit.PostAsync(Path, [.. Form.Of([("Input.Title", title), .. Date("Input.From", Today.AddMonths(-1))])], $"{Path}?handler=Add")).Location);
        var twice = await unit.PostAsync(Path, [.. Form.Of([("Input.Title", title.ToUpperInvariant()), .. Date("Input.From", Today)])], $"{Path}?handler=Add");
        Assert.Equal(["The partnership already has this priority"], twice.Errors);

        Guid id;
        await using (var db = Factory.CreateDbContext())
        {
            id = (await db.LearningPriorities.SingleAsync(p => p.Title == title)).Id;
        }

        Assert.Equal(Path, (await unit.PostAsync(Path, [.. Form.Of(("priorityId", id.ToString()))], $"{Path}?handler=End")).Location);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal(Today, (await db.LearningPriorities.SingleAsync(p => p.Id == id)).To);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.EntityId == id && (e.Action == AuditActions.LearningPriorityAdded || e.Action == AuditActions.LearningPriorityEnded)));
        }

        var list = await unit.GetAsync(Path);
        Assert.Contains("Ends today", list.Html, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector($"form input[name=priorityId][value='{id}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.SignInAsync(world.Chair)).GetAsync(Path)).Status);
    }
}
