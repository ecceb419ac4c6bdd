using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

public sealed class FindingTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    [Fact]
    public async Task Finding_FromThreeEpisodesWithTwoIssues_IsAgreedOnlyWhenComplete_AndTracesToItsEpisodes()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F1");
        var team = world.OnReview[ReviewRole.ReviewTeamMember];
        await Factory.GiveRoleAsync(reviewId, team, ReviewRole.ReviewTeamMember, world.BusinessUnit.Id);
        var member = await Factory.SignInAsync(team);
        var root = $"/reviews/{reviewId}/analysis";
        foreach (var title in new[] { "First home visit", "Second home visit", "Core group meeting" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await member.PostAsync($"{root}/episodes/add", AnalysisForms.Episode(title, world.AgencyId))).Status);
        }

        List<Guid> episodes;
        await using (var db = Factory.CreateDbContext())
        {
            episodes = await db.Episodes.Where(e => e.ReviewId == reviewId).OrderBy(e => e.Number).Select(e => e.Id).ToListAsync();
        }

        var blank = await member.PostAsync($"{root}/findings/add", AnalysisForms.Finding(" ", episodes, string.Empty));
        Assert.Equal(["Write the finding as one sentence about how the system works"], blank.Errors);
        var tooMany = await member.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Doorstep visits", episodes, string.Join("\n", Enumerable.Range(1, 13).Select(i => $"Question {i}"))));
        Assert.Equal(["A finding can put at most 12 issues to the Board"], tooMany.Errors);

        // A draft with the finding alone is saved and says what it still needs.
        var draft = await member.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Doorstep sightings count as seeing the child", episodes, string.Empty, complete: false));
        var path = draft.Location!;
        var findingId = Guid.Parse(path.Split('/').Last());
        var page = await member.GetAsync(path);
        Assert.Equal(5, page.Document.QuerySelectorAll("#missing li").Length);
        Guid Version() { using var db = Factory.CreateDbContext(); return db.Findings.Single(f => f.Id == findingId).Version; }
        var early = await member.PostAsync(path, Form.Of(("to", "AgreedByReviewTeam"), ("version", Version().ToString())), $"{path}?handler=Status");
        Assert.Contains("Add at least one issue for the Board", early.Errors);

        var complete = await member.PostAsync($"{path}/change",
            AnalysisForms.Finding("Doorstep sightings count as seeing the child", episodes, "How does the Board know what agencies count as seeing a child\n\nWhat would it take to agree one meaning.", version: Version()));
        Assert.Equal(path, complete.Location);
        page = await member.GetAsync(path);
        Assert.Null(page.Document.QuerySelector("#missing"));
        Assert.Equal(["How does the Board know what agencies count as seeing a child?", "What would it take to agree one meaning?"],
            page.Document.QuerySelectorAll("#issues li").Select(li => li.TextContent));
        Assert.Equal(3, page.Document.QuerySelectorAll("#episodes li").Length);
        Assert.Contains("Patterns in human–tool operation", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(path, (await member.PostAsync(path, Form.Of(("to", "AgreedByReviewTeam"), ("version", Version().ToString())), $"{path}?handler=Status")).Location);

        // Once agreed, a change that leaves a required part empty is refused.
        var emptied = await member.PostAsync($"{path}/change", AnalysisForms.Finding("Doorstep sightings count as seeing the child", episodes, "A question", complete: false, version: Version()));
        Assert.Contains("This finding is agreed by the review team, so it must stay complete", emptied.Errors.Single(), StringComparison.Ordinal);

        // Two editors: the second sees both versions, and the issues and episodes they chose are kept in the form.
        var stale = Version();
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        Assert.Equal(path, (await bu.PostAsync($"{path}/change", AnalysisForms.Finding("Doorstep sightings are counted as visits", episodes, "One question", version: stale))).Location);
        var conflict = await member.PostAsync($"{path}/change", AnalysisForms.Finding("Doorstep sightings count as seeing the child", episodes.Take(2), "Another question", version: stale));
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        var parts = conflict.Document.QuerySelectorAll("#conflict tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(["The finding", "Issues for the Board", "Episodes behind it"], parts);
        Assert.Equal("Another question", conflict.Document.QuerySelector("#Input_Issues")!.TextContent.Trim());
        Assert.Equal(2, conflict.Document.QuerySelectorAll("input[name='Input.EpisodeIds'][checked]").Length);

        var trace = await member.GetAsync($"{root}/traceability");
        var section = trace.Document.QuerySelector($"#finding-{findingId}")!.ParentElement!.TextContent;
        foreach (var title in new[] { "First home visit", "Second home visit", "Core group meeting" })
        {
            Assert.Contains(title, section, StringComparison.Ordinal);
        }

        await using var check = Factory.CreateDbContext();
        var finding = await check.Findings.SingleAsync(f => f.Id == findingId);
        Assert.Equal("Doorstep sightings are counted as visits", finding.Title);
        Assert.Equal(["One question?"], await check.BoardIssues.Where(i => i.FindingId == findingId).Select(i => i.Text).ToListAsync());

        // Someone else changed the agreed wording, so it needs agreeing again.
        Assert.Equal(EpisodeStatus.Proposed, finding.Status);
        Assert.True(finding.IsChangedSinceAgreed());
        Assert.Equal(1, await check.AuditEvents.CountAsync(e => e.Action == AuditActions.FindingAdded && e.EntityId == findingId));
        Assert.Equal(2, await check.AuditEvents.CountAsync(e => e.Action == AuditActions.FindingChanged && e.EntityId == findingId));
    }

    [Fact]
    public async Task Recommendations_AndChallenges_AreRecordedValidatedAndLogged()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child F2");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis";
        var finding = await bu.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Referrals wait in a shared inbox over weekends", [], "Who watches the inbox?"));
        var findingId = Guid.Parse(finding.Location!.Split('/').Last());

        var missing = await bu.PostAsync($"{root}/recommendations/add", Form.Of(("Input.Text", " "), ("Input.FindingIds", findingId.ToString()), ("Input.SuggestedOwner", "")));
        Assert.Equal(["Enter the recommendation", "Select the kind of recommendation", "Select the level the recommendation is for"], missing.Errors);
        var added = await bu.PostAsync($"{root}/recommendations/add",
            Form.Of(("Input.Text", "Staff the inbox at weekends"), ("Input.Kind", "NoEasyAnswer"), ("Input.Level", "Local"), ("Input.FindingIds", findingId.ToString()), ("Input.SuggestedOwner", "The council")));
        Assert.Equal($"{root}/recommendations", added.Location);
        var list = await bu.GetAsync($"{root}/recommendations");
        var row = list.Document.QuerySelector("tbody tr")!.TextContent;
        Assert.Contains("Kind 2", row, StringComparison.Ordinal);
        Assert.Contains("Finding 1", row, StringComparison.Ordinal);
        Assert.Contains("Staff the inbox at weekends", (await bu.GetAsync(finding.Location!)).Html, StringComparison.Ordinal);

        var blankChallenge = await bu.PostAsync(finding.Location!, Form.Of(("challengeText", "")), $"{finding.Location}?handler=Challenge");
        Assert.Equal(["Say what you are challenging and why"], blankChallenge.Errors);
        Assert.Equal(finding.Location, (await bu.PostAsync(finding.Location!, Form.Of(("challengeText", "Is this really about staffing?")), $"{finding.Location}?handler=Challenge")).Location);
        Guid challengeId, version;
        await using (var db = Factory.CreateDbContext())
        {
            (challengeId, version) = await db.Challenges.Where(c => c.ReviewId == reviewId).Select(c => new ValueTuple<Guid, Guid>(c.Id, c.Version)).SingleAsync();
        }

        var log = await bu.GetAsync($"{root}/challenges");
        Assert.Contains("Waiting for a response", log.Html, StringComparison.Ordinal);
        var noOutcome = await bu.PostAsync($"{root}/challenges/{challengeId}", Form.Of(("Input.Response", "Yes: the rota is the gap"), ("Input.Version", version.ToString())));
        Assert.Equal(["Select the outcome of the challenge"], noOutcome.Errors);
        Assert.Equal($"{root}/challenges", (await bu.PostAsync($"{root}/challenges/{challengeId}",
            Form.Of(("Input.Response", "Yes: the rota is the gap"), ("Input.Outcome", "NotAccepted"), ("Input.Version", version.ToString())))).Location);
        var stale = await bu.PostAsync($"{root}/challenges/{challengeId}", Form.Of(("Input.Response", "An older answer"), ("Input.Outcome", "Accepted"), ("Input.Version", version.ToString())));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Yes: the rota is the gap", stale.Errors.Single(), StringComparison.Ordinal);

        var hub = await bu.GetAsync(root);
        Assert.Contains("1 made", hub.Html, StringComparison.Ordinal);
        Assert.Contains("None waiting", hub.Html, StringComparison.Ordinal);
        await using var check = Factory.CreateDbContext();
        Assert.Equal(ChallengeOutcome.NotAccepted, (await check.Challenges.SingleAsync(c => c.Id == challengeId)).Outcome);
        foreach (var action in new[] { AuditActions.RecommendationAdded, AuditActions.ChallengeRaised, AuditActions.ChallengeAnswered })
        {
            Assert.True(await check.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == action), action);
        }
    }

    [Fact]
    public async Task WorkingPapers_AreAValidWordDocument_WithEpisodesFindingsIssuesAndEvidenceReferences_AndTheDownloadIsAudited()
    {
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var response = await bu.Client.GetAsync($"/reviews/{world.ReviewId}/analysis/working-papers.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        using var document = Lantern.Web.Tests.Documents.Docx.OpenValid(await response.Content.ReadAsByteArrayAsync());
        var text = Lantern.Web.Tests.Documents.Docx.Text(Lantern.Web.Tests.Documents.Docx.Body(document));
        Assert.Contains("Episode 1: Home visit after the missed appointments", text, StringComparison.Ordinal);
        Assert.Contains("Individual practitioner: Attention, tiredness and stress", text, StringComparison.Ordinal);
        Assert.Contains("Finding 1: Seeing a baby at the door is counted as seeing the baby", text, StringComparison.Ordinal);
        Assert.Contains("How does the Board know what agencies count as seeing a child?", text, StringComparison.Ordinal);
        Assert.Contains("Is adequate too generous, given what the guidance said?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("caseload was 28 families", text, StringComparison.Ordinal);

        var observer = await Factory.SignInAsync(world.OnReview[ReviewRole.Observer]);
        Assert.Equal(HttpStatusCode.OK, (await observer.Client.GetAsync($"/reviews/{world.ReviewId}/analysis/working-papers.docx")).StatusCode);
        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseGroup.Client.GetAsync($"/reviews/{world.ReviewId}/analysis/working-papers.docx")).StatusCode);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.ReviewId == world.ReviewId && e.Action == AuditActions.AnalysisExported));
    }
}
