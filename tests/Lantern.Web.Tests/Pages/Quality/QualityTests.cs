using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Quality;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Quality;

/// <summary>The quality-marker self-assessment through its pages: evidence drawn from the review's own records, an
/// answer refused without the comment it needs and nothing saved, who may answer and who only reads, moderation by a
/// second person with the disagreement kept, two assessors at once, and the partnership's grid with its shortfalls
/// and Word downloads.</summary>
public sealed class QualityTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Quality(Guid reviewId) => $"/reviews/{reviewId}/quality";

    private static string Marker(Guid reviewId, int marker) => $"{Quality(reviewId)}/{marker}";

    private static async Task<PageResult> AnswerAsync(Browserless browser, string url, string answer, string comment, string? token = null)
    {
        token ??= (await browser.GetAsync(url)).Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        return await browser.PostAsync(url, [.. Form.Of([("Input.Answer", answer), ("Input.Comment", comment), .. token is null ? [] : new[] { ("Input.Version", token) }])]);
    }

    private async Task<int> SavedAsync(Guid reviewId)
    {
        await using var db = Factory.CreateDbContext();
        return await db.MarkerAssessments.CountAsync(a => a.ReviewId == reviewId);
    }

    [Fact]
    public async Task AnsweringAMarker_ShowsTheReviewsEvidence_NeedsACommentUnlessMet_AndOnlyAssessorsMayAnswer()
    {
        var (reviewId, _) = await ReviewWithAnalysisAsync(world, "Child QM1");
        var unit = await Factory.SignInAsync(world.BusinessUnit);

        var index = await unit.GetAsync(Quality(reviewId));
        Assert.Equal(HttpStatusCode.OK, index.Status);
        Assert.Contains("0 of 18 markers answered", index.Html, StringComparison.Ordinal);
        Assert.Equal(18, index.Document.QuerySelectorAll("tbody .govuk-tag").Length);
        Assert.All(index.Document.QuerySelectorAll("tbody .govuk-tag"), t => Assert.Equal("Not assessed", t.TextContent.Trim()));

        // The analysis marker shows what the analysis holds; the decision marker says the decision is missing.
        var analysis = await unit.GetAsync(Marker(reviewId, 13));
        Assert.Contains("1 key practice episode and 1 finding", analysis.Html, StringComparison.Ordinal);
        Assert.Contains("No decision is recorded yet", (await unit.GetAsync(Marker(reviewId, 2))).Html, StringComparison.Ordinal);

        // Not met with no comment: refused, the error links to the comment box, nothing saved.
        var refused = await AnswerAsync(unit, Marker(reviewId, 13), "NotMet", "   ");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var error = Assert.Single(refused.Errors);
        Assert.Contains("comment", error, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(refused.Document.GetElementById(refused.Document.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href")!.TrimStart('#')));
        Assert.Equal(0, await SavedAsync(reviewId));

        // An answer that is not one of the four is refused too.
        Assert.NotEmpty((await AnswerAsync(unit, Marker(reviewId, 13), "Excellent", "")).Errors);

        Assert.Equal(Quality(reviewId), (await AnswerAsync(unit, Marker(reviewId, 13), "NotMet", "The analysis describes what happened but does not explain it.")).Location);
        Assert.Equal(Quality(reviewId), (await AnswerAsync(unit, Marker(reviewId, 1), "Met", "")).Location);
        Assert.Equal(2, await SavedAsync(reviewId));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.QualityMarkerAssessed));
        var after = await unit.GetAsync(Quality(reviewId));
        Assert.Contains("2 of 18 markers answered", after.Html, StringComparison.Ordinal);
        Assert.Contains("Not met", after.Html, StringComparison.Ordinal);

        // A marker number that does not exist is not a page.
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync(Marker(reviewId, 19))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync(Marker(reviewId, 0))).Status);

        // The chair reads the markers but does not answer them; a case group member sees none of it.
        var chair = await Factory.SignInAsync(world.Chair);
        Assert.Equal(HttpStatusCode.OK, (await chair.GetAsync(Marker(reviewId, 13))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await AnswerAsync(chair, Marker(reviewId, 13), "Met", "", (await chair.GetAsync(Marker(reviewId, 13))).Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value") ?? Guid.NewGuid().ToString())).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember])).GetAsync(Quality(reviewId))).Status);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(MarkerAnswer.NotMet, (await db.MarkerAssessments.SingleAsync(a => a.ReviewId == reviewId && a.Marker == 13)).Answer);
    }

    [Fact]
    public async Task Moderation_BySomeoneElse_DisagreementNeedsReasons_AndTwoAssessorsAtOnceLoseNothing()
    {
        var (reviewId, _) = await ReviewWithAnalysisAsync(world, "Child QM2");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var moderate = $"{Marker(reviewId, 11)}/moderate";

        // Nothing to moderate before an answer.
        Assert.Contains("nothing to moderate", (await lead.GetAsync(moderate)).Html, StringComparison.Ordinal);

        Assert.Equal(Quality(reviewId), (await AnswerAsync(unit, Marker(reviewId, 11), "Met", "Every practitioner had a written briefing.")).Location);

        // The assessor cannot moderate their own answer.
        var own = await AnswerAsync(unit, moderate, "Met", "");
        Assert.Equal(["The moderator must be someone other than the person who assessed the marker"], own.Errors);

        // The lead reviewer disagrees: without reasons refused, with them saved.
        Assert.Equal(["Enter a comment saying why you disagree with the assessor's answer"], (await AnswerAsync(lead, moderate, "PartlyMet", "")).Errors);
        Assert.Equal(Quality(reviewId), (await AnswerAsync(lead, moderate, "PartlyMet", "Two participants from the school were not offered support.")).Location);
        var page = await unit.GetAsync(Quality(reviewId));
        Assert.Contains("Disagreed: the assessor said met", page.Html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.QualityMarkerModerated));

        // Two assessors from the same copy: the second is told, the first's answer is kept.
        var copy = (await lead.GetAsync(Marker(reviewId, 4))).Document.QuerySelector("input[name='Input.Version']")?.GetAttribute("value");
        Assert.Null(copy);
        Assert.Equal(Quality(reviewId), (await AnswerAsync(unit, Marker(reviewId, 4), "Met", "")).Location);
        var conflict = await lead.PostAsync(Marker(reviewId, 4), [.. Form.Of([("Input.Answer", "NotMet"), ("Input.Comment", "No letter was sent.")])]);
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("answered this marker while you were editing", conflict.Html, StringComparison.Ordinal);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(MarkerAnswer.Met, (await db.MarkerAssessments.SingleAsync(a => a.ReviewId == reviewId && a.Marker == 4)).Answer);
    }

    [Fact]
    public async Task TheGrid_ShowsEveryReviewsAnswersInWords_RanksShortfalls_AndDownloads()
    {
        var (first, _) = await ReviewWithAnalysisAsync(world, "Child QG1");
        var (second, _) = await ReviewWithAnalysisAsync(world, "Child QG2");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Equal(Quality(first), (await AnswerAsync(unit, Marker(first, 8), "NotMet", "Three milestones slipped and the Board was not told.")).Location);
        Assert.Equal(Quality(second), (await AnswerAsync(unit, Marker(second, 8), "PartlyMet", "The Board heard late.")).Location);
        Assert.Equal(Quality(second), (await AnswerAsync(unit, Marker(second, 17), "PartlyMet", "No media plan.")).Location);

        var partner = await Factory.SignInAsync(world.Partner);
        var grid = await partner.GetAsync("/quality");
        Assert.Equal(HttpStatusCode.OK, grid.Status);
        Assert.Contains("Child QG1", grid.Html, StringComparison.Ordinal);
        var shortfalls = grid.Document.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("QM8", shortfalls[0], StringComparison.Ordinal);
        Assert.Contains("QM17", shortfalls[1], StringComparison.Ordinal);
        Assert.Contains("Partly met", grid.Html, StringComparison.Ordinal);

        var file = await partner.GetAsync("/quality/download");
        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.StartsWith("PK", file.Html, StringComparison.Ordinal);
        var review = await unit.GetAsync($"{Quality(first)}/download");
        Assert.StartsWith("PK", review.Html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(Factory, first, AuditActions.QualityDownloaded));

        // Board members see the grid, not a review's own markers.
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync(Quality(first))).Status);
    }

    [Fact]
    public async Task TheBoardsPage_ListsOnlyPresentedReports_WithTheAnswersStillToGive()
    {
        var (presented, _) = await ReviewWithAnalysisAsync(world, "Child QB1");
        var (notYet, _) = await ReviewWithAnalysisAsync(world, "Child QB2");
        await Factory.ReportAsync(presented, world.BusinessUnit.Id, status: Lantern.Core.Reports.ReportStatus.PresentedToBoard);
        await Factory.ReportAsync(notYet, world.BusinessUnit.Id, status: Lantern.Core.Reports.ReportStatus.AgreedByChair);
        await using (var db = Factory.CreateDbContext())
        {
            var version = await db.ReportVersions.SingleAsync(v => v.ReviewId == presented);
            db.BoardPresentations.Add(new Lantern.Core.Board.BoardPresentation
            {
                Id = Guid.NewGuid(),
                ReviewId = presented,
                ReportVersionId = version.Id,
                PresentedOn = new DateOnly(2026, 11, 30),
                Kind = Lantern.Core.Board.BoardMeetingKind.Scheduled,
                Attendees = ["Independent chair"],
                RecordedAt = DateTime.UtcNow,
                RecordedByUserId = world.BusinessUnit.Id,
            });
            await db.SaveChangesAsync();
        }

        var partner = await Factory.SignInAsync(world.Partner);
        var board = await partner.GetAsync("/board");
        Assert.Equal(HttpStatusCode.OK, board.Status);
        Assert.Contains("Child QB1", board.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Child QB2", board.Html, StringComparison.Ordinal);
        Assert.Contains("1 of 1 to answer", board.Html, StringComparison.Ordinal);
        Assert.Contains("30 November 2026", board.Html, StringComparison.Ordinal);

        // The business unit works from the reviews themselves; the Board's page is the Board's.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.SignInAsync(world.BusinessUnit)).GetAsync("/board")).Status);
    }
}
