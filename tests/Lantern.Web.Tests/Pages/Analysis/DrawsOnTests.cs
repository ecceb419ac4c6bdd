using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Testing.Web;
using Lantern.Web.Tests.Documents;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

/// <summary>Recommendations drawing on several findings and their issues for the Board; a finding's main and
/// secondary pattern categories; a note on how each contributory factor applied.</summary>
public sealed class DrawsOnTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Recommendation(string text, IEnumerable<Guid> findings, IEnumerable<Guid> issues, Guid? version = null) =>
    [
        .. Form.Of(("Input.Text", text), ("Input.Kind", "NeedsWiderAction"), ("Input.Level", "National"), ("Input.SuggestedOwner", "")),
        .. findings.Select(f => new KeyValuePair<string, string>("Input.FindingIds", f.ToString())),
        .. issues.Select(i => new KeyValuePair<string, string>("Input.IssueIds", i.ToString())),
        .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
    ];

    private async Task<string> WorkingPapersAsync(Browserless who, Guid reviewId)
    {
        var papers = await who.Client.GetAsync($"/reviews/{reviewId}/analysis/working-papers.docx");
        using var document = Docx.OpenValid(await papers.Content.ReadAsByteArrayAsync());
        return Docx.Text(Docx.Body(document));
    }

    [Fact]
    public async Task Recommendation_DrawsOnTwoFindingsAndAnIssue_ShownBothWays_InTraceabilityAndWorkingPapers()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child R1");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis";
        var first = Guid.Parse((await bu.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Referrals wait in a shared inbox over weekends", [],
            "Who watches the inbox at weekends\nHow would the Board know referrals wait?"))).Location!.Split('/').Last());
        var second = Guid.Parse((await bu.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Health and police records of the same call never meet", [],
            "Which systems could share a reference number"))).Location!.Split('/').Last());
        var third = Guid.Parse((await bu.PostAsync($"{root}/findings/add", AnalysisForms.Finding("Nobody owns the front door's training", [], "Who should?"))).Location!.Split('/').Last());
        List<BoardIssue> issues;
        await using (var db = Factory.CreateDbContext())
        {
            issues = await db.BoardIssues.Where(i => i.ReviewId == reviewId).ToListAsync();
        }

        var secondIssue = issues.Single(i => i.FindingId == second);
        var inboxWatch = issues.Single(i => i.FindingId == first && i.Position == 1);

        // The form offers every finding, with its issues grouped under it.
        var form = await bu.GetAsync($"{root}/recommendations/add?findingId={first}");
        Assert.Equal(3, form.Document.QuerySelectorAll("input[name='Input.FindingIds']").Length);
        Assert.NotNull(form.Document.QuerySelector($"input[name='Input.FindingIds'][value='{first}'][checked]"));
        Assert.NotNull(form.Document.QuerySelector($"#issues-{second} input[name='Input.IssueIds'][value='{secondIssue.Id}']"));

        // Bad input: no finding; a finding or issue not in this review.
        var none = await bu.PostAsync($"{root}/recommendations/add", Recommendation("Share one reference number", [], []));
        Assert.Equal(["Select at least one finding the recommendation draws on: a recommendation must come from the review's findings"], none.Errors);
        var foreign = await bu.PostAsync($"{root}/recommendations/add", Recommendation("Share one reference number", [world.Analysis.FindingId], []));
        Assert.Equal(["Select findings from the list"], foreign.Errors);
        var foreignIssue = await bu.PostAsync($"{root}/recommendations/add", Recommendation("Share one reference number", [first], [Guid.NewGuid()]));
        Assert.Equal(["Select issues for the Board from the list"], foreignIssue.Errors);

        // An issue ticked brings its finding with it.
        var added = await bu.PostAsync($"{root}/recommendations/add", Recommendation("Share one reference number across health and police", [first], [secondIssue.Id]));
        Assert.Equal($"{root}/recommendations", added.Location);
        await using (var db = Factory.CreateDbContext())
        {
            var recommendation = await db.Recommendations.SingleAsync(r => r.ReviewId == reviewId);
            Assert.Equal(new[] { first, second }.Order(), (await db.RecommendationFindings.Where(l => l.RecommendationId == recommendation.Id).Select(l => l.FindingId).ToListAsync()).Order());
            Assert.Equal([secondIssue.Id], await db.RecommendationIssues.Where(l => l.RecommendationId == recommendation.Id).Select(l => l.BoardIssueId).ToListAsync());
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == recommendation.Id && e.Action == AuditActions.RecommendationAdded));

            // Changed: now draws on the first and third findings and answers the first finding's first issue.
            var change = $"{root}/recommendations/{recommendation.Id}/change";
            var changeForm = await bu.GetAsync(change);
            Assert.Equal(2, changeForm.Document.QuerySelectorAll("input[name='Input.FindingIds'][checked]").Length);
            Assert.NotNull(changeForm.Document.QuerySelector($"input[name='Input.IssueIds'][value='{secondIssue.Id}'][checked]"));
            var noFinding = await bu.PostAsync(change, Recommendation("Share one reference number across health and police", [], [], recommendation.Version));
            Assert.Single(noFinding.Errors);
            Assert.Equal(HttpStatusCode.Redirect, (await bu.PostAsync(change,
                Recommendation("Share one reference number across health and police", [first, second, third], [inboxWatch.Id, secondIssue.Id], recommendation.Version))).Status);
        }

        var list = await bu.GetAsync($"{root}/recommendations");
        var drawsOn = list.Document.QuerySelectorAll("tbody tr td")[4].TextContent;
        Assert.Contains("Finding 1", drawsOn, StringComparison.Ordinal);
        Assert.Contains("Finding 2", drawsOn, StringComparison.Ordinal);
        Assert.Contains("Finding 3", drawsOn, StringComparison.Ordinal);
        Assert.Contains("Answers issue 1", drawsOn, StringComparison.Ordinal);

        var findingPage = await bu.GetAsync($"{root}/findings/{second}");
        var recommendations = findingPage.Document.QuerySelector("#recommendations")!.TextContent;
        Assert.Contains("Recommendation 1", recommendations, StringComparison.Ordinal);
        Assert.Contains("Which systems could share a reference number?", recommendations, StringComparison.Ordinal);
        Assert.Contains("Also draws on finding 1, finding 3", recommendations, StringComparison.Ordinal);

        var trace = await bu.GetAsync($"{root}/traceability");
        foreach (var n in new[] { 1, 2, 3 })
        {
            Assert.Contains("Recommendation 1", trace.Document.QuerySelector($"#trace-recommendations-{n}")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Contains("No recommendation answers it", trace.Document.QuerySelector("#trace-recommendations-1")!.TextContent, StringComparison.Ordinal);

        // A finding with recommendations but no evidence is warned about its evidence, not told nothing is linked.
        Assert.Contains("No episodes or evidence are linked to this finding yet", trace.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing is linked", trace.Document.Body!.TextContent, StringComparison.Ordinal);

        var text = await WorkingPapersAsync(bu, reviewId);
        Assert.Contains("Finding 1 (issue 1); finding 2 (issue 1); finding 3", text, StringComparison.Ordinal);
        Assert.Contains("Finding 2, issue 1: Which systems could share a reference number?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patterns_MainAndSecondary_OneChosenIsMain_BadChoicesRefused_ShownEverywhere()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child R2");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis";
        KeyValuePair<string, string>[] Finding(IEnumerable<string> patterns, IEnumerable<string> mains, Guid? version = null) =>
        [
            .. AnalysisForms.Finding("Thresholds are read differently by each agency", [], "Who sets the threshold?", version: version).Where(p => p.Key != "Input.PatternKeys"),
            .. patterns.Select(p => new KeyValuePair<string, string>("Input.PatternKeys", p)),
            .. mains.Select(p => new KeyValuePair<string, string>("Input.MainPatternKeys", p)),
        ];

        var noMain = await bu.PostAsync($"{root}/findings/add", Finding(["human-tool", "judgement-reasoning"], []));
        Assert.Equal(["Select which of the pattern categories is the main one"], noMain.Errors);
        Assert.NotNull(noMain.Document.QuerySelector("#Input_MainPatternKeys"));
        var twoMains = await bu.PostAsync($"{root}/findings/add", Finding(["human-tool", "judgement-reasoning"], ["human-tool", "judgement-reasoning"]));
        Assert.Equal(["Choose only one main pattern category"], twoMains.Errors);
        var mainNotChosen = await bu.PostAsync($"{root}/findings/add", Finding(["human-tool"], ["family-professional"]));
        Assert.Equal(["The main pattern category must be one of the categories you selected"], mainNotChosen.Errors);
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.Findings.AnyAsync(f => f.ReviewId == reviewId));
        }

        var added = await bu.PostAsync($"{root}/findings/add", Finding(["human-tool", "judgement-reasoning", "multi-agency-crises"], ["judgement-reasoning"]));
        var path = added.Location!;
        var findingId = Guid.Parse(path.Split('/').Last());
        var page = await bu.GetAsync(path);
        Assert.Equal("Main: Patterns in human judgement and reasoning; also: Patterns in human–tool operation, Patterns in how agencies communicate and work together when responding to incidents and crises",
            page.Document.QuerySelector("#patterns")!.TextContent.Trim());
        Assert.Contains("Patterns: Main: Patterns in human judgement and reasoning", (await bu.GetAsync($"{root}/findings")).Html, StringComparison.Ordinal);
        Assert.Contains("Main: Patterns in human judgement and reasoning; also:", await WorkingPapersAsync(bu, reviewId), StringComparison.Ordinal);
        Assert.NotNull((await bu.GetAsync($"{path}/change")).Document.QuerySelector("input[name='Input.MainPatternKeys'][value='judgement-reasoning'][checked]"));

        // One category alone is the main one, whatever was chosen before.
        Guid Version() { using var db = Factory.CreateDbContext(); return db.Findings.Single(f => f.Id == findingId).Version; }
        Assert.Equal(path, (await bu.PostAsync($"{path}/change", Finding(["human-tool"], [], Version()))).Location);
        await using (var db = Factory.CreateDbContext())
        {
            var codes = await db.AnalysisCodes.Where(c => c.ItemId == findingId).ToListAsync();
            var code = Assert.Single(codes);
            Assert.Equal("human-tool", code.CodeKey);
            Assert.True(code.IsMain);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.EntityId == findingId && (e.Action == AuditActions.FindingAdded || e.Action == AuditActions.FindingChanged)));
        }

        Assert.Equal("Main: Patterns in human–tool operation", (await bu.GetAsync(path)).Document.QuerySelector("#patterns")!.TextContent.Trim());
    }

    [Fact]
    public async Task Factors_NoteOnHowEachApplied_SavedShownAndInWorkingPapers_TooLongRefused()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child R3");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var path = (await bu.PostAsync($"/reviews/{reviewId}/analysis/episodes/add", AnalysisForms.Episode("Strategy discussion", world.AgencyId))).Location!;
        var episodeId = Guid.Parse(path.Split('/').Last());

        var form = await bu.GetAsync($"{path}/factors");
        Assert.NotNull(form.Document.QuerySelector("input[name='Factors'][value='family-engagement'][data-aria-controls='conditional-note-family-engagement']"));
        Assert.NotNull(form.Document.QuerySelector("#conditional-note-family-engagement textarea[name='Notes[family-engagement]']"));

        var tooLong = await bu.PostAsync($"{path}/factors", Form.Of(("SchemeKey", DefaultCodingSchemes.FactorsKey), ("Factors", "family-engagement"),
            ("Notes[family-engagement]", new string('n', AnalysisCode.NoteMaxLength + 1))));
        Assert.Equal(["The note on how far the family took part, and how they felt about services must be 1,000 characters or fewer"], tooLong.Errors);
        Assert.NotNull(tooLong.Document.QuerySelector("#note-family-engagement.govuk-textarea--error"));
        await using (var db = Factory.CreateDbContext())
        {
            Assert.False(await db.AnalysisCodes.AnyAsync(c => c.ItemId == episodeId));
        }

        var saved = await bu.PostAsync($"{path}/factors", Form.Of(("SchemeKey", DefaultCodingSchemes.FactorsKey), ("Factors", "family-engagement"), ("Factors", "practitioner-knowledge"),
            ("Notes[family-engagement]", "  Mum cancelled two visits, saying the baby was poorly.  "), ("Notes[practitioner-knowledge]", ""),
            ("Notes[team]", "A note on a factor not chosen is not kept")));
        Assert.Equal(path, saved.Location);
        await using (var db = Factory.CreateDbContext())
        {
            var codes = await db.AnalysisCodes.Where(c => c.ItemId == episodeId).ToDictionaryAsync(c => c.CodeKey, c => c.Note);
            Assert.Equal(2, codes.Count);
            Assert.Equal("Mum cancelled two visits, saying the baby was poorly.", codes["family-engagement"]);
            Assert.Null(codes["practitioner-knowledge"]);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.EntityId == episodeId && e.Action == AuditActions.EpisodeCoded));
        }

        var page = await bu.GetAsync(path);
        Assert.Contains("How it applied: Mum cancelled two visits, saying the baby was poorly.", page.Document.QuerySelector("#factors")!.TextContent, StringComparison.Ordinal);
        var again = await bu.GetAsync($"{path}/factors");
        Assert.Equal("Mum cancelled two visits, saying the baby was poorly.", again.Document.QuerySelector("#note-family-engagement")!.TextContent.Trim());
        Assert.Contains("How it applied: Mum cancelled two visits, saying the baby was poorly.", await WorkingPapersAsync(bu, reviewId), StringComparison.Ordinal);
    }
}
