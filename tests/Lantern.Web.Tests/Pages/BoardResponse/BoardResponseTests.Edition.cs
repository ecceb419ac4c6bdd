using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reports;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;
using static Lantern.Web.Tests.Pages.Reports.ReportPages;

namespace Lantern.Web.Tests.Pages.BoardResponse;

public sealed partial class BoardResponseTests
{
    private static string WrittenResponse(Guid reviewId) => $"/reviews/{reviewId}/report/1/editions/board-response";

    [Fact]
    public async Task WrittenResponse_IsAnEditionOfItsOwn_PseudonymisedAndChecked_ReadyOnlyWhenAnswered_AndAnyChangeChecksItAgain()
    {
        var (reviewId, findingId, issueId) = await AgreedReportAsync("Child B9");
        await Factory.RegisterPersonAsync(reviewId, "Tobiah Wrenfield-Osei", "Child T", PersonCategory.Subject, null, ["Toby"]);
        await Factory.IdentifyingDetailAsync(reviewId, world.BusinessUnit.Id, "Larkspur Lane Nursery", "a local nursery");
        var unit = await Factory.SignInAsync(world.BusinessUnit);
        var path = WrittenResponse(reviewId);

        // Before the meeting is recorded there is no written response.
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync(path)).Status);
        Assert.Equal(Response(reviewId), (await PresentAsync(unit, reviewId, Today)).Location);
        Assert.Contains(path, (await unit.GetAsync(Response(reviewId))).Html, StringComparison.Ordinal);

        // Presented, nothing answered: it reads as unanswered and cannot be marked ready.
        var empty = await unit.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("1 finding is not fully answered yet", empty.Html, StringComparison.Ordinal);
        Assert.Contains("The Board has not answered this finding yet.", empty.Document.QuerySelector(".app-edition-preview")!.TextContent, StringComparison.Ordinal);
        var early = await unit.PostAsync(path, [], $"{path}?handler=Ready");
        Assert.Equal(["1 finding has no answer from the Board yet, or an issue for the Board is unanswered. Answer it before marking the response ready"], early.Errors);

        // The Board answers in its own words, naming the child and the nursery as people do when they write quickly.
        Assert.Equal(Response(reviewId), (await AnswerAsync(unit, reviewId, findingId,
            Complete(issueId, "Ask Larkspur Lane Nursery and every agency how Tobiah Wrenfield-Osei's key worker was told of home visits."))).Location);
        var page = await unit.GetAsync(path);
        var preview = page.Document.QuerySelector(".app-edition-preview")!.TextContent;
        Assert.Contains("Child T's key worker", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Tobiah", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrenfield", preview, StringComparison.Ordinal);
        Assert.Contains("The Board's decision: accepted.", preview, StringComparison.Ordinal);
        Assert.Contains("Through a six-monthly audit of home visit records.", preview, StringComparison.Ordinal);
        Assert.Contains("Police representative", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("discussed the finding on home visits at length", preview, StringComparison.Ordinal);
        Assert.Equal([("Larkspur Lane Nursery", "IdentifyingDetail")], Hits(page));
        Assert.Null(page.Document.QuerySelector("form[action*='handler=Replace']"));

        // The words are the Board's: no one-click replacement; not downloadable and not ready while the hit stands.
        var replaced = await unit.PostAsync(path, Form.Of(("rule", "IdentifyingDetail"), ("words", "Larkspur Lane Nursery"), ("occurrence", "0")), $"{path}?handler=Replace");
        Assert.Contains("change them in the answer to the finding", replaced.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await unit.GetAsync($"{path}?handler=Download&format=docx")).Status);
        Assert.Contains("high-risk", (await unit.PostAsync(path, [], $"{path}?handler=Ready")).Errors.Single(), StringComparison.Ordinal);

        // Kept with a reason, it is ready and downloads, pseudonymised, in each format.
        Assert.Equal(path, (await unit.PostAsync(path, [.. AcceptForm(page, "Larkspur Lane Nursery"), .. Form.Of(("reason", "The nursery asked to be named; it has closed since."))], $"{path}?handler=Accept")).Location);
        Assert.Equal(path, (await unit.PostAsync(path, [], $"{path}?handler=Ready")).Location);
        var html = await unit.GetAsync($"{path}?handler=Download&format=html");
        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.Contains("board-response-to-draft-1.html", html.Response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Child T", html.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tobiah", html.Html, StringComparison.Ordinal);
        var docx = await unit.GetAsync($"{path}?handler=Download&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, await AuditCountAsync(Factory, reviewId, AuditActions.ReportEditionReady));
        Assert.Equal(2, await AuditCountAsync(Factory, reviewId, AuditActions.ReportEditionDownloaded));
        Assert.Contains("has passed the check too", (await unit.GetAsync($"/reviews/{reviewId}/publication")).Html, StringComparison.Ordinal);

        // A board member reads the written response, without the forms.
        var partner = await Factory.SignInAsync(world.Partner);
        var read = await partner.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Empty(read.Document.QuerySelectorAll("form[action*='handler=']"));

        // Changing an answer withdraws its readiness: checked again before it can be published.
        Assert.Equal(Response(reviewId), (await AnswerAsync(unit, reviewId, findingId, Complete(issueId, "Ask every agency to agree one definition of seeing a child."))).Location);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.Null((await db.ReportEditions.SingleAsync(e => e.ReviewId == reviewId && e.Kind == EditionKind.BoardResponse)).ReadyAt);
        }

        Assert.Contains("Not ready", (await unit.GetAsync(path)).Html, StringComparison.Ordinal);
        Assert.Contains("has not yet passed the check", (await unit.GetAsync($"/reviews/{reviewId}/publication")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await unit.GetAsync($"/reviews/{reviewId}/report/2/editions/board-response")).Status);
    }
}
