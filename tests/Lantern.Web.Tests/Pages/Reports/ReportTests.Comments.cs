using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reports;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.Reports;

public sealed partial class ReportTests
{
    [Fact]
    public async Task QualityAssurance_AnOpenCommentStopsTheChair_OnlyTheChairAgrees_AndAResolvedCommentLetsThemAgree()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R4", "The GP saw Mother in May and June; the surgery's notes do not mention the baby.",
            ReportStatus.Drafting, ReviewRole.LeadReviewer, ReviewRole.Observer);
        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        var lead = await Factory.SignInAsync(Lead);
        var chair = await Factory.SignInAsync(world.Chair);
        var summary = Section(reviewId, "summary");

        var blank = await observer.PostAsync(summary, Form.Of(("commentText", "   ")), $"{summary}?handler=Comment");
        Assert.Equal(["Enter your comment"], blank.Errors);
        var comment = "Does \"the surgery's notes\" mean the GP's own record, or the practice nurse's too? A reader can't tell.";
        var added = await observer.PostAsync(summary, Form.Of(("commentText", comment)), $"{summary}?handler=Comment");
        Assert.Equal($"{summary}#comments", added.Location);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportCommented));

        // The observer may comment but not write; the version page counts the open comment.
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync(Write(reviewId, "summary"))).Status);
        var version = await lead.GetAsync(Version(reviewId));
        Assert.Contains(version.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Summary", StringComparison.Ordinal) && r.QuerySelectorAll("td").Last().TextContent.Trim() == "1");

        Assert.Equal(Version(reviewId), (await MoveOnAsync(lead, reviewId, "QualityAssurance")).Location);
        var early = await MoveOnAsync(chair, reviewId, "AgreedByChair");
        Assert.Equal(["1 quality-assurance comment is still open. Answer or resolve it before the chair agrees this version"], early.Errors);
        var notTheChair = await MoveOnAsync(lead, reviewId, "AgreedByChair");
        Assert.Equal(["Only the chair can agree a version of the report"], notTheChair.Errors);

        // The lead answers, then resolves.
        Guid commentId;
        await using (var db = Factory.CreateDbContext())
        {
            commentId = await db.ReportComments.Where(c => c.ReviewId == reviewId).Select(c => c.Id).SingleAsync();
        }

        var page = await lead.GetAsync(summary);
        Assert.Contains(comment, page.Document.QuerySelector(".app-comment")!.TextContent, StringComparison.Ordinal);
        var empty = await lead.PostAsync(summary, Form.Of(("commentId", commentId.ToString()), ("answer", ""), ("resolve", "false")), $"{summary}?handler=Answer");
        Assert.Equal(["Enter your answer, or choose to resolve the comment"], empty.Errors);
        Assert.Equal($"{summary}#comments", (await lead.PostAsync(summary,
            Form.Of(("commentId", commentId.ToString()), ("answer", "The GP's own record: we've said so in the text now."), ("resolve", "false")), $"{summary}?handler=Answer")).Location);
        Assert.Contains("1 quality-assurance comment is still open", (await MoveOnAsync(chair, reviewId, "AgreedByChair")).Errors.Single(), StringComparison.Ordinal);
        Assert.Equal($"{summary}#comments", (await lead.PostAsync(summary,
            Form.Of(("commentId", commentId.ToString()), ("answer", ""), ("resolve", "true")), $"{summary}?handler=Answer")).Location);
        page = await lead.GetAsync(summary);
        Assert.Contains("Resolved by", page.Document.QuerySelector(".app-comment")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(Version(reviewId), (await MoveOnAsync(chair, reviewId, "AgreedByChair")).Location);
        await using var check = Factory.CreateDbContext();
        var agreed = await check.ReportVersions.SingleAsync(v => v.ReviewId == reviewId);
        Assert.Equal(ReportStatus.AgreedByChair, agreed.Status);
        Assert.Equal(world.Chair.Id, agreed.StatusChangedByUserId);
        var stored = await check.ReportComments.SingleAsync(c => c.Id == commentId);
        Assert.Equal("The GP's own record: we've said so in the text now.", stored.Answer);
        Assert.Equal(Lead.Id, stored.ResolvedByUserId);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportCommentAnswered));
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportCommentResolved));

        // Once agreed, nobody comments on this version any more.
        var late = await observer.PostAsync(summary, Form.Of(("commentText", "One more thing.")), $"{summary}?handler=Comment");
        Assert.Equal(["Draft 1 has been agreed. Comment on the next version instead"], late.Errors);
    }

    [Fact]
    public async Task BoardMember_ReadsTheRestrictedAndPublishedEditions_OnlyOnceTheVersionIsPresented()
    {
        var reviewId = await ReviewWithReportAsync(world, "Child R10", "Leontyne Abara-Voss was seen by four agencies in her first year.", ReportStatus.AgreedByChair);
        await Factory.RegisterPersonAsync(reviewId, "Leontyne Abara-Voss", "Child L", Lantern.Core.Information.PersonCategory.Subject, null, ["Lulu"]);
        var board = await Factory.SignInAsync(world.Partner);
        foreach (var edition in new[] { "restricted", "published" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync(Edition(reviewId, edition))).Status);
        }

        Assert.Empty((await board.GetAsync(Report(reviewId))).Document.QuerySelectorAll("tbody tr"));

        var bu = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Equal(Version(reviewId), (await MoveOnAsync(bu, reviewId, "PresentedToBoard")).Location);

        var restricted = await board.GetAsync(Edition(reviewId, "restricted"));
        Assert.Equal(HttpStatusCode.OK, restricted.Status);
        Assert.Contains("Leontyne Abara-Voss", restricted.Document.QuerySelector(".app-edition-preview")!.TextContent, StringComparison.Ordinal);
        var published = await board.GetAsync(Edition(reviewId, "published"));
        Assert.Equal(HttpStatusCode.OK, published.Status);
        var reads = published.Document.QuerySelector(".app-edition-preview")!.TextContent;
        Assert.Contains("Child L", reads, StringComparison.Ordinal);
        Assert.DoesNotContain("Leontyne", reads, StringComparison.Ordinal);
        Assert.Empty(published.Document.QuerySelectorAll("form[action*='handler=Ready'], form[action*='handler=Replace']"));
        Assert.Single((await board.GetAsync(Report(reviewId))).Document.QuerySelectorAll("tbody tr"));

        // Still nothing else: not the version's page, its sections or the other editions.
        Assert.NotEqual(HttpStatusCode.OK, (await board.GetAsync(Version(reviewId))).Status);
        Assert.NotEqual(HttpStatusCode.OK, (await board.GetAsync(Section(reviewId, "summary"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync(Edition(reviewId, "family-summary"))).Status);
    }
}
