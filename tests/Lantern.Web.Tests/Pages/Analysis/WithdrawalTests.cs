using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>Withdrawing analysis items made in error: kept in the records and shown as withdrawn, left out of
/// everything else. Each test seeds its own review, so withdrawals do not reach the shared world.</summary>
public sealed partial class WithdrawalTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    /// <summary>A review with one item of every kind (see <see cref="AnalysisSeed"/>), the lead and a case group member on it.</summary>
    private async Task<(Guid ReviewId, AnalysisIds Ids)> SeededReviewAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.CaseGroupMember], ReviewRole.CaseGroupMember, world.BusinessUnit.Id);
        var ids = await Factory.AnalysisAsync(reviewId, world.AgencyId, world.BusinessUnit.Id, world.Chronology.SocialWorkerId, world.OnReview[ReviewRole.CaseGroupMember].Id,
            [world.OnReview[ReviewRole.LeadReviewer].Id, world.BusinessUnit.Id]);
        return (reviewId, ids);
    }

    private static string WithdrawPath(Guid reviewId, string kind, Guid id) => $"/reviews/{reviewId}/analysis/withdraw/{kind}/{id}";

    /// <summary>Opens the confirmation page, as a person would, and withdraws with the version it shows.</summary>
    private static async Task<PageResult> WithdrawAsync(Browserless browser, Guid reviewId, string kind, Guid id, string reason)
    {
        var path = WithdrawPath(reviewId, kind, id);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var version = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        var seen = page.Document.QuerySelector("input[name=SeenTitle]")!.GetAttribute("value")!;
        return await browser.PostAsync(path, Form.Of(("Reason", reason), ("Version", version), ("SeenTitle", seen)));
    }

    private async Task<string> WorkingPapersAsync(Browserless browser, Guid reviewId)
    {
        var response = await browser.Client.GetAsync($"/reviews/{reviewId}/analysis/working-papers.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = Docx.OpenValid(await response.Content.ReadAsByteArrayAsync());
        return Docx.Text(Docx.Body(document));
    }

    [Fact]
    public async Task Withdraw_EveryKind_LeavesItsListAndTheWorkingPapers_IsListedAsWithdrawn_AndIsAudited()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W1");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis";
        var before = await WorkingPapersAsync(bu, reviewId);
        Assert.Contains("Episode 1: Home visit after the missed appointments", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Withdrawn items", (await bu.GetAsync(root)).Html, StringComparison.Ordinal);

        var confirm = await bu.GetAsync(WithdrawPath(reviewId, "episodes", ids.EpisodeId));
        Assert.Equal("Withdraw key practice episode 1?", confirm.Heading);
        Assert.Contains("Home visit after the missed appointments", confirm.Html, StringComparison.Ordinal);
        Assert.Contains("kept in the records", confirm.Html, StringComparison.Ordinal);

        var withdrawn = await WithdrawAsync(bu, reviewId, "episodes", ids.EpisodeId, "Entered on the wrong review: this visit belongs to Child Q's brother");
        Assert.Equal($"{root}/withdrawn", withdrawn.Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "findings", ids.FindingId, "A duplicate of a finding already agreed")).Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "recommendations", ids.RecommendationId, "Made before the finding was agreed")).Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "accounts", ids.PerspectiveId, "Recorded against the wrong person")).Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "discrepancies", ids.DiscrepancyId, "Not a discrepancy once the dates were checked")).Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "narrative-sections", ids.SectionId, "The period was split in two")).Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "meetings", ids.MeetingId, "Arranged twice by mistake")).Location);
        Assert.Equal($"{root}/withdrawn", (await WithdrawAsync(bu, reviewId, "conversations", ids.ConversationId, "The practitioner declined to take part")).Location);

        Assert.Contains("No episodes yet", (await bu.GetAsync($"{root}/episodes")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Seeing a baby at the door", (await bu.GetAsync($"{root}/findings")).Html, StringComparison.Ordinal);
        Assert.Contains("No recommendations yet", (await bu.GetAsync($"{root}/recommendations")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("After the move to the new flat", (await bu.GetAsync($"{root}/narrative")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Room 2, civic centre", (await bu.GetAsync($"{root}/meetings")).Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"{root}/conversations/{ids.ConversationId}", (await bu.GetAsync($"{root}/conversations")).Html, StringComparison.Ordinal);
        var index = await bu.GetAsync(root);
        Assert.Equal("No episodes yet", index.Document.QuerySelector("#episodes-status")!.TextContent.Trim());
        Assert.Equal("None waiting", index.Document.QuerySelector("#challenges-status")!.TextContent.Trim());
        Assert.NotNull(index.Document.QuerySelector($"a[href='{root}/withdrawn']"));

        var papers = await WorkingPapersAsync(bu, reviewId);
        foreach (var gone in new[]
        {
            "Home visit after the missed appointments", "Seeing a baby at the door", "Agree across agencies what seeing a child means", "After the move to the new flat",
            "Believed the health visitor had seen the baby", "The service's records show no visit", "Whether anyone saw the baby", "Is adequate too generous",
        })
        {
            Assert.DoesNotContain(gone, papers, StringComparison.Ordinal);
        }

        var list = await bu.GetAsync($"{root}/withdrawn");
        var rows = list.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(9, rows.Count);
        var episodeRow = rows.Single(r => r.Contains("Key practice episode 1", StringComparison.Ordinal));
        Assert.Contains("Home visit after the missed appointments", episodeRow, StringComparison.Ordinal);
        Assert.Contains("Bea Business", episodeRow, StringComparison.Ordinal);
        Assert.Contains("Entered on the wrong review", episodeRow, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.Contains("Withdrawn with its narrative section: The period was split in two", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Conversation 1", StringComparison.Ordinal) && r.Contains("declined to take part", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Meeting", StringComparison.Ordinal) && r.Contains("Case group introduction on 20 October 2026", StringComparison.Ordinal));

        // Each item with a page of its own still opens, marked as withdrawn and offering nothing to change.
        foreach (var page in new[] { $"episodes/{ids.EpisodeId}", $"findings/{ids.FindingId}", $"narrative/{ids.SectionId}", $"meetings/{ids.MeetingId}", $"conversations/{ids.ConversationId}" })
        {
            var opened = await bu.GetAsync($"{root}/{page}");
            Assert.Equal(HttpStatusCode.OK, opened.Status);
            Assert.StartsWith("Withdrawn on ", opened.Document.QuerySelector("#withdrawn")!.TextContent.Trim(), StringComparison.Ordinal);
            Assert.Null(opened.Document.QuerySelector("a.govuk-button--warning"));
        }

        Assert.DoesNotContain("Write the notes", (await bu.GetAsync($"{root}/conversations/{ids.ConversationId}")).Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{root}/conversations/{ids.ConversationId}/notes")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{root}/meetings/{ids.MeetingId}/record")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{root}/recommendations/{ids.RecommendationId}/change")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync($"{root}/narrative/{ids.SectionId}/discrepancies/{ids.DiscrepancyId}")).Status);

        await using var db = Factory.CreateDbContext();
        var events = await db.AuditEvents.Where(e => e.ReviewId == reviewId && e.Action == AuditActions.AnalysisItemWithdrawn).ToListAsync();
        Assert.Equal(9, events.Count);
        Assert.Contains(events, e => e.EntityType == nameof(KeyPracticeEpisode) && e.EntityId == ids.EpisodeId && e.UserId == world.BusinessUnit.Id);
        Assert.Contains(events, e => e.EntityType == nameof(Meeting) && e.EntityId == ids.MeetingId);
        var episode = await db.Episodes.IgnoreQueryFilters().SingleAsync(e => e.Id == ids.EpisodeId);
        Assert.Equal("Entered on the wrong review: this visit belongs to Child Q's brother", episode.WithdrawnReason);
        Assert.Equal(world.BusinessUnit.Id, episode.WithdrawnByUserId);
    }

    [Fact]
    public async Task Withdraw_FindingFour_TheNextFindingIsFindingFourAgain_AndTheNextEpisodeReusesItsNumber()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W2");
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var root = $"/reviews/{reviewId}/analysis";
        foreach (var title in new[] { "Second finding about referrals", "Third finding about supervision", "Draft" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await lead.PostAsync($"{root}/findings/add", AnalysisForms.Finding(title, [], string.Empty, complete: false))).Status);
        }

        Guid fourth;
        await using (var db = Factory.CreateDbContext())
        {
            fourth = (await db.Findings.SingleAsync(f => f.ReviewId == reviewId && f.Number == 4)).Id;
        }

        await WithdrawAsync(lead, reviewId, "findings", fourth, "A title-only draft, started by mistake");
        var added = await lead.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Information about fathers is not sought", [ids.EpisodeId], "How does the Board know?"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        await WithdrawAsync(lead, reviewId, "episodes", ids.EpisodeId, "Duplicate of another episode");
        var episode = await lead.PostAsync($"{root}/episodes/add", AnalysisForms.Episode("Strategy discussion", world.AgencyId));
        Assert.Equal(HttpStatusCode.Redirect, episode.Status);

        await using var check = Factory.CreateDbContext();
        var live = await check.Findings.Where(f => f.ReviewId == reviewId).OrderBy(f => f.Number).Select(f => new { f.Number, f.Title }).ToListAsync();
        Assert.Equal([1, 2, 3, 4], live.Select(f => f.Number));
        Assert.Equal("Information about fathers is not sought", live[3].Title);
        Assert.Equal(5, await check.Findings.IgnoreQueryFilters().CountAsync(f => f.ReviewId == reviewId));
        Assert.Equal(1, (await check.Episodes.SingleAsync(e => e.ReviewId == reviewId)).Number);
        var findings = await lead.GetAsync($"{root}/findings");
        Assert.DoesNotContain(">Draft<", findings.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_WithoutAReason_OrWithTooLongAReason_IsRefusedAndNothingChanges()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W3");
        var bu = await Factory.SignInAsync(world.BusinessUnit);

        var blank = await WithdrawAsync(bu, reviewId, "episodes", ids.EpisodeId, "   ");
        Assert.Equal(HttpStatusCode.OK, blank.Status);
        Assert.Equal(["Enter why the item is being withdrawn"], blank.Errors);
        Assert.NotNull(blank.Document.QuerySelector("#Reason.govuk-textarea--error"));
        var tooLong = await WithdrawAsync(bu, reviewId, "episodes", ids.EpisodeId, new string('x', IWithdrawable.ReasonMaxLength + 1));
        Assert.Equal(["The reason must be 1,000 characters or fewer"], tooLong.Errors);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync(WithdrawPath(reviewId, "nonsense", ids.EpisodeId))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync(WithdrawPath(reviewId, "findings", ids.EpisodeId))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await bu.GetAsync(WithdrawPath(world.ReviewId, "episodes", ids.EpisodeId))).Status);

        await using var db = Factory.CreateDbContext();
        Assert.True(await db.Episodes.AnyAsync(e => e.Id == ids.EpisodeId));
        Assert.False(await db.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.AnalysisItemWithdrawn));
    }

    [Fact]
    public async Task Withdraw_AfterSomeoneElseChangedTheItem_ShowsTheConflictAndWithdrawsNothing()
    {
        var (reviewId, ids) = await SeededReviewAsync("Child W4");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var path = WithdrawPath(reviewId, "episodes", ids.EpisodeId);
        var page = await bu.GetAsync(path);
        var version = page.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        var changed = await lead.PostAsync($"/reviews/{reviewId}/analysis/episodes/{ids.EpisodeId}/change",
            AnalysisForms.Episode("Home visit, 3 June 2024", world.AgencyId, version: Guid.Parse(version)));
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);

        var stale = await bu.PostAsync(path, Form.Of(("Reason", "Made in error"), ("Version", version), ("SeenTitle", "Home visit after the missed appointments")));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Lead reviewer Person saved this key practice episode", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal("Home visit, 3 June 2024", stale.Document.QuerySelector("#conflict td[data-version=saved]")!.TextContent.Trim());
        Assert.Equal("Made in error", stale.Document.QuerySelector("#Reason")!.TextContent.Trim());

        await using (var db = Factory.CreateDbContext())
        {
            var episode = await db.Episodes.SingleAsync(e => e.Id == ids.EpisodeId);
            Assert.Null(episode.WithdrawnAt);
            Assert.Equal(episode.Version.ToString(), stale.Document.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        }

        // Withdrawing again, now knowingly, goes ahead.
        var again = await bu.PostAsync(path, Form.Of(("Reason", "Made in error"), ("Version", stale.Document.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            ("SeenTitle", "Home visit, 3 June 2024")));
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
    }
}
