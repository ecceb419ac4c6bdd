using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>Agreement that means agreed: an agreed episode, finding or narrative section changed by anyone goes back
/// to proposed, shows as changed since agreed with what changed, and needs agreeing again.</summary>
public sealed class AgreementTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private const string Issues = "How does the Board know what agencies count as seeing a child\nWho should agree one meaning?";

    private async Task<(Guid ReviewId, Browserless Lead, Browserless Team)> ReviewWithTwoReviewersAsync(string title)
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.ReviewTeamMember], ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        return (reviewId, await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]), await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]));
    }

    private async Task<T> ReadAsync<T>(Func<Data.LanternDbContext, Task<T>> read)
    {
        await using var db = Factory.CreateDbContext();
        return await read(db);
    }

    private Task<Finding> FindingAsync(Guid id) => ReadAsync(db => db.Findings.AsNoTracking().SingleAsync(f => f.Id == id));

    private static KeyValuePair<string, string>[] Status(string to, Guid version) => Form.Of(("to", to), ("version", version.ToString()));

    [Fact]
    public async Task Finding_AgreedThenSummaryChangedByAnother_ChangedSinceAgreed_WithDifference_AgreeingAgainClearsIt()
    {
        var (reviewId, lead, team) = await ReviewWithTwoReviewersAsync("Child AG1");
        var root = $"/reviews/{reviewId}/analysis";
        var path = (await lead.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Doorstep sightings count as seeing the child", [], Issues))).Location!;
        var findingId = Guid.Parse(path.Split('/').Last());
        Assert.Equal(path, (await lead.PostAsync(path, Status("AgreedByReviewTeam", (await FindingAsync(findingId)).Version), $"{path}?handler=Status")).Location);
        var agreed = await FindingAsync(findingId);
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, agreed.Status);
        Assert.Equal(world.OnReview[ReviewRole.LeadReviewer].Id, agreed.AgreedByUserId);
        Assert.NotNull(agreed.AgreedAt);
        Assert.Contains("What counts as seeing a child is not agreed.", agreed.AgreedText, StringComparison.Ordinal);

        // Someone else saves the same wording (line endings and spaces as a browser may send them): still agreed.
        var same = await team.PostAsync($"{path}/change",
            AnalysisForms.Finding("Doorstep sightings count as seeing the child ", [], Issues.Replace("\n", "\r\n", StringComparison.Ordinal), version: agreed.Version));
        Assert.Equal(path, same.Location);
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, (await FindingAsync(findingId)).Status);
        Assert.DoesNotContain("Changed since agreed", (await lead.GetAsync(path)).Html, StringComparison.Ordinal);

        // Someone else changes the summary: back to proposed, changed since agreed, in the same audited write.
        var form = AnalysisForms.Finding("Doorstep sightings count as seeing the child", [], Issues, version: (await FindingAsync(findingId)).Version)
            .Select(p => p.Key == "Input.Statement" ? new KeyValuePair<string, string>(p.Key, "Agencies count a glimpse at the door as a visit.") : p).ToArray();
        Assert.Equal(path, (await team.PostAsync($"{path}/change", form)).Location);
        var changed = await FindingAsync(findingId);
        Assert.Equal(EpisodeStatus.Proposed, changed.Status);
        Assert.True(changed.IsChangedSinceAgreed());

        var page = await lead.GetAsync(path);
        Assert.Contains("Changed since agreed", page.Document.QuerySelector("h1 + p")!.TextContent, StringComparison.Ordinal);
        var changes = page.Document.QuerySelector("#changes-since-agreed")!;
        Assert.Equal(["Summary"], changes.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()));
        var values = changes.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal(["What counts as seeing a child is not agreed.", "Agencies count a glimpse at the door as a visit."], values);
        var changedBy = page.Document.QuerySelector("#changed-by")!.TextContent;
        Assert.Contains(world.OnReview[ReviewRole.ReviewTeamMember].Name, changedBy, StringComparison.Ordinal);
        var list = await lead.GetAsync($"{root}/findings");
        Assert.Contains("Changed since agreed", list.Document.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);

        // Agreeing again keeps the new wording as agreed and clears the mark.
        Assert.Equal(path, (await lead.PostAsync(path, Status("AgreedByReviewTeam", changed.Version), $"{path}?handler=Status")).Location);
        var again = await FindingAsync(findingId);
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, again.Status);
        Assert.Contains("Agencies count a glimpse at the door as a visit.", again.AgreedText, StringComparison.Ordinal);
        page = await lead.GetAsync(path);
        Assert.DoesNotContain("Changed since agreed", page.Html, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#agreed-on"));
        Assert.Equal(2, await ReadAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == findingId && e.Action == AuditActions.FindingStatusChanged)));
        Assert.Equal(2, await ReadAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == findingId && e.Action == AuditActions.FindingChanged)));
    }

    [Fact]
    public async Task Finding_IssueReworded_ChangedSinceAgreed_AndIssueRowsKept_SoRecommendationLinksSurvive()
    {
        var (reviewId, lead, team) = await ReviewWithTwoReviewersAsync("Child AG2");
        var root = $"/reviews/{reviewId}/analysis";
        var path = (await lead.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Doorstep sightings count as seeing the child", [], Issues))).Location!;
        var findingId = Guid.Parse(path.Split('/').Last());
        var issueIds = await ReadAsync(db => db.BoardIssues.Where(i => i.FindingId == findingId).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostAsync($"{root}/recommendations/add", Form.Of(("Input.Text", "Agree one meaning of seeing a child"),
            ("Input.Kind", "ClearCut"), ("Input.Level", "Local"), ("Input.IssueIds", issueIds[1].ToString()), ("Input.SuggestedOwner", "")))).Status);
        await lead.PostAsync(path, Status("AgreedByReviewTeam", (await FindingAsync(findingId)).Version), $"{path}?handler=Status");

        var reworded = await team.PostAsync($"{path}/change", AnalysisForms.Finding("Doorstep sightings count as seeing the child", [],
            "How does the Board know what agencies count as seeing a child\nWho should agree a single meaning, and by when?\nA third question", version: (await FindingAsync(findingId)).Version));
        Assert.Equal(path, reworded.Location);

        var issues = await ReadAsync(db => db.BoardIssues.Where(i => i.FindingId == findingId).OrderBy(i => i.Position).ToListAsync());
        Assert.Equal(issueIds, issues.Take(2).Select(i => i.Id));
        Assert.Equal("Who should agree a single meaning, and by when?", issues[1].Text);
        Assert.Equal([1, 2, 3], issues.Select(i => i.Position));
        Assert.Equal(issueIds[1], await ReadAsync(db => db.RecommendationIssues.Select(l => l.BoardIssueId).SingleAsync()));
        var page = await lead.GetAsync(path);
        Assert.Equal(["Issues for the Board"], page.Document.QuerySelectorAll("#changes-since-agreed h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Who should agree a single meaning, and by when?", page.Document.QuerySelector("#recommendations")!.TextContent, StringComparison.Ordinal);

        // Removing issues from the end removes those rows only.
        await team.PostAsync($"{path}/change", AnalysisForms.Finding("Doorstep sightings count as seeing the child", [],
            "How does the Board know what agencies count as seeing a child", version: (await FindingAsync(findingId)).Version));
        Assert.Equal([issueIds[0]], await ReadAsync(db => db.BoardIssues.Where(i => i.FindingId == findingId).Select(i => i.Id).ToListAsync()));
        Assert.Equal(0, await ReadAsync(db => db.RecommendationIssues.CountAsync(l => l.ReviewId == reviewId)));
    }

    [Fact]
    public async Task Episode_AgreedThenChangedByAnother_ChangedSinceAgreed_InListAndOnPage()
    {
        var (reviewId, lead, team) = await ReviewWithTwoReviewersAsync("Child AG3");
        var root = $"/reviews/{reviewId}/analysis";
        var path = (await lead.PostAsync($"{root}/episodes/add", AnalysisForms.Episode("Home visit in June", world.AgencyId))).Location!;
        var episodeId = Guid.Parse(path.Split('/').Last());
        Task<KeyPracticeEpisode> Episode() => ReadAsync(db => db.Episodes.AsNoTracking().SingleAsync(e => e.Id == episodeId));
        Assert.Equal(path, (await lead.PostAsync(path, Status("AgreedByReviewTeam", (await Episode()).Version), $"{path}?handler=Status")).Location);

        Assert.Equal(path, (await team.PostAsync($"{path}/change", AnalysisForms.Episode("Home visit in June", world.AgencyId, version: (await Episode()).Version))).Location);
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, (await Episode()).Status);

        Assert.Equal(path, (await team.PostAsync($"{path}/change",
            AnalysisForms.Episode("Home visit in June", world.AgencyId, "The health visitor called; the baby was asleep upstairs and not seen.", version: (await Episode()).Version))).Location);
        var episode = await Episode();
        Assert.Equal(EpisodeStatus.Proposed, episode.Status);
        var page = await lead.GetAsync(path);
        Assert.Equal(["What happened"], page.Document.QuerySelectorAll("#changes-since-agreed h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("The health visitor called and saw the baby at the door.", page.Document.QuerySelector("#changes-since-agreed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Changed since agreed", (await lead.GetAsync($"{root}/episodes")).Document.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Episode_AgreedBeforeSnapshotsWereKept_Changed_KeepsTheWordingBeforeTheChange()
    {
        var (reviewId, lead, team) = await ReviewWithTwoReviewersAsync("Child AG4");
        var path = (await lead.PostAsync($"/reviews/{reviewId}/analysis/episodes/add", AnalysisForms.Episode("Strategy discussion", world.AgencyId))).Location!;
        var episodeId = Guid.Parse(path.Split('/').Last());
        await using (var db = Factory.CreateDbContext())
        {
            // An older row: agreed, but with no snapshot of its wording.
            var old = await db.Episodes.SingleAsync(e => e.Id == episodeId);
            db.Entry(old).Property(e => e.Status).CurrentValue = EpisodeStatus.CheckedWithCaseGroup;
            await db.SaveChangesAsync();
        }

        var version = await ReadAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Version).SingleAsync());
        await team.PostAsync($"{path}/change", AnalysisForms.Episode("Strategy discussion held late", world.AgencyId, version: version));

        var page = await lead.GetAsync(path);
        var values = page.Document.QuerySelectorAll("#changes-since-agreed .govuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList();
        Assert.Equal(["Strategy discussion", "Strategy discussion held late"], values);
        Assert.Equal(EpisodeStatus.Proposed, await ReadAsync(db => db.Episodes.Where(e => e.Id == episodeId).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task Section_HasStatusControl_AgreedThenChanged_ChangedSinceAgreed_BadMoveRefused()
    {
        var (reviewId, lead, team) = await ReviewWithTwoReviewersAsync("Child AG5");
        var root = $"/reviews/{reviewId}/analysis/narrative";
        var path = (await lead.PostAsync($"{root}/add", Form.Of(("Input.Title", "Before the move"), ("Input.Summary", "Two agencies knew the family."),
            ("Input.PeriodFrom.Day", "1"), ("Input.PeriodFrom.Month", "1"), ("Input.PeriodFrom.Year", "2024"),
            ("Input.PeriodTo.Day", ""), ("Input.PeriodTo.Month", ""), ("Input.PeriodTo.Year", "")))).Location!;
        var sectionId = Guid.Parse(path.Split('/').Last());
        Task<NarrativeSection> Section() => ReadAsync(db => db.NarrativeSections.AsNoTracking().SingleAsync(s => s.Id == sectionId));

        var page = await lead.GetAsync(path);
        Assert.Contains("Mark as agreed by the review team", page.Html, StringComparison.Ordinal);
        var jump = await lead.PostAsync(path, Status("CheckedWithCaseGroup", (await Section()).Version), $"{path}?handler=Status");
        Assert.Equal(["A section that is proposed can only move one step at a time"], jump.Errors);
        var stale = await lead.PostAsync(path, Status("AgreedByReviewTeam", Guid.NewGuid()), $"{path}?handler=Status");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal(EpisodeStatus.Proposed, (await Section()).Status);

        Assert.Equal(path, (await lead.PostAsync(path, Status("AgreedByReviewTeam", (await Section()).Version), $"{path}?handler=Status")).Location);
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, (await Section()).Status);
        var notShared = await lead.PostAsync(path, Status("CheckedWithCaseGroup", (await Section()).Version), $"{path}?handler=Status");
        Assert.Equal(["Share the section with the case group before recording that they checked it"], notShared.Errors);

        Assert.Equal(path, (await team.PostAsync($"{path}/change", Form.Of(("Input.Title", "Before the move"), ("Input.Summary", "Three agencies knew the family."),
            ("Input.PeriodFrom.Day", "1"), ("Input.PeriodFrom.Month", "1"), ("Input.PeriodFrom.Year", "2024"),
            ("Input.PeriodTo.Day", ""), ("Input.PeriodTo.Month", ""), ("Input.PeriodTo.Year", ""), ("Input.Version", (await Section()).Version.ToString())))).Location);
        Assert.Equal(EpisodeStatus.Proposed, (await Section()).Status);
        page = await lead.GetAsync(path);
        Assert.Equal(["Summary"], page.Document.QuerySelectorAll("#changes-since-agreed h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Changed since agreed", (await lead.GetAsync(root)).Document.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await ReadAsync(db => db.AuditEvents.CountAsync(e => e.EntityId == sectionId && e.Action == AuditActions.NarrativeSectionStatusChanged)));
    }
}
