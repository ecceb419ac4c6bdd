using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

public sealed class EpisodeTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private async Task<Guid> NewReviewAsync(string title) => await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, title);

    [Fact]
    public async Task Episode_AddedNumberedAndChanged_BadInputSavesNothing_AndAStaleSaveShowsBothVersionsAndKeepsWhatWasTyped()
    {
        var reviewId = await NewReviewAsync("Child A1");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis/episodes";

        var empty = await businessUnit.GetAsync(root);
        Assert.Contains("No episodes yet", empty.Html, StringComparison.Ordinal);

        var bad = await businessUnit.PostAsync($"{root}/add", AnalysisForms.Episode(" ", world.AgencyId, whatHappened: " ", appraisal: "Problematic"));
        Assert.Equal(["Enter a title for the episode", "Describe what happened", "Give the reasons for the appraisal, judged against what was known then"], bad.Errors);
        var longText = new string('x', KeyPracticeEpisode.TextMaxLength + 1);
        var tooLong = await businessUnit.PostAsync($"{root}/add", AnalysisForms.Episode("Visit", world.AgencyId, whatHappened: longText));
        Assert.Equal(["What happened must be 10,000 characters or fewer"], tooLong.Errors);
        Assert.Equal(longText, tooLong.Document.QuerySelector("#Input_WhatHappened")!.TextContent.Trim('\n'));

        var first = await businessUnit.PostAsync($"{root}/add", AnalysisForms.Episode("Home visit", world.AgencyId));
        var second = await businessUnit.PostAsync($"{root}/add", AnalysisForms.Episode("Strategy discussion", world.AgencyId, appraisal: "Good", reasons: "Quick and joined up"));
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        Guid episodeId;
        Guid version;
        await using (var db = Factory.CreateDbContext())
        {
            var episodes = await db.Episodes.Where(e => e.ReviewId == reviewId).OrderBy(e => e.Number).ToListAsync();
            Assert.Equal([1, 2], episodes.Select(e => e.Number));
            Assert.Equal(first.Location, $"{root}/{episodes[0].Id}");
            Assert.Equal(EpisodeStatus.Proposed, episodes[0].Status);
            Assert.Equal(PracticeAppraisal.Good, episodes[1].Appraisal);
            (episodeId, version) = (episodes[0].Id, episodes[0].Version);
        }

        var list = await businessUnit.GetAsync(root);
        Assert.Equal(2, list.Document.QuerySelectorAll("tbody tr").Length);
        var good = await businessUnit.GetAsync($"{root}?appraisal=Good");
        Assert.Contains("Showing 1 of 2 episodes", good.Html, StringComparison.Ordinal);

        // Two people open the same episode; the first saves, the second's save is refused with both versions shown.
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var change = $"{root}/{episodeId}/change";
        var form = await businessUnit.GetAsync(change);
        Assert.Equal(world.AgencyId.ToString(), form.Document.QuerySelector("input[name='Input.AgencyIds'][checked]")!.GetAttribute("value"));
        var saved = await lead.PostAsync(change, AnalysisForms.Episode("Home visit", world.AgencyId, whatHappened: "The lead reviewer's account of the visit.", version: version));
        Assert.Equal($"{root}/{episodeId}", saved.Location);

        var stale = await businessUnit.PostAsync(change, AnalysisForms.Episode("Home visit, 3 June", world.AgencyId, whatHappened: "The business unit's account of the visit.", version: version));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("Lead reviewer Person saved this episode while you were editing it", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal("The business unit's account of the visit.", stale.Document.QuerySelector("#Input_WhatHappened")!.TextContent.Trim());
        Assert.Equal("Home visit, 3 June", stale.Document.QuerySelector("#Input_Title")!.GetAttribute("value"));
        var yours = stale.Document.QuerySelectorAll("#conflict td[data-version=yours]").Select(c => c.TextContent.Trim()).ToList();
        var theirs = stale.Document.QuerySelectorAll("#conflict td[data-version=saved]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Home visit, 3 June", "The business unit's account of the visit."], yours);
        Assert.Equal(["Home visit", "The lead reviewer's account of the visit."], theirs);

        await using (var db = Factory.CreateDbContext())
        {
            var stored = await db.Episodes.SingleAsync(e => e.Id == episodeId);
            Assert.Equal("The lead reviewer's account of the visit.", stored.WhatHappened);
            var newVersion = stale.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value");
            Assert.Equal(stored.Version.ToString(), newVersion);

            // Saving again from the conflict page, now knowingly, replaces the other version.
            var merged = await businessUnit.PostAsync(change, AnalysisForms.Episode("Home visit, 3 June", world.AgencyId, whatHappened: "Both accounts, merged.", version: stored.Version));
            Assert.Equal(HttpStatusCode.Redirect, merged.Status);
        }

        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal("Both accounts, merged.", (await db.Episodes.SingleAsync(e => e.Id == episodeId)).WhatHappened);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.EpisodeAdded && e.ReviewId == reviewId));
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.EpisodeChanged && e.EntityId == episodeId));
        }
    }

    [Fact]
    public async Task Episode_FactorsEvidenceStatusAndSharing_WorkAndShowInTheTraceabilityView()
    {
        var reviewId = world.ReviewId;
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var root = $"/reviews/{reviewId}/analysis/episodes";
        var added = await lead.PostAsync($"{root}/add", AnalysisForms.Episode("Police and health visits to the flat", world.Chronology.PoliceId));
        var path = added.Location!;
        var episodeId = Guid.Parse(path.Split('/').Last());

        var badCode = await lead.PostAsync($"{path}/factors", Form.Of(("Factors", "no-such-factor")));
        Assert.Equal(["Select factors from the list"], badCode.Errors);
        var coded = await lead.PostAsync($"{path}/factors", Form.Of(("Factors", "team"), ("Factors", "practitioner-attention")));
        Assert.Equal(path, coded.Location);

        var search = await lead.GetAsync($"{path}/evidence?q=officers+called");
        var boxes = search.Document.QuerySelectorAll("input[name=entries]");
        Assert.Single(boxes);
        Assert.Contains("Aunt said all was well", search.Html, StringComparison.OrdinalIgnoreCase);
        var nothing = await lead.PostAsync($"{path}/evidence", Form.Of(("note", "")));
        Assert.Equal(["Select at least one chronology entry, document or conversation to link"], nothing.Errors);
        var linked = await lead.PostAsync($"{path}/evidence", Form.Of(("entries", boxes[0].GetAttribute("value")!), ("documents", world.Evidence.DocumentId.ToString()), ("note", "Shows what was known")));
        Assert.Equal(path, linked.Location);
        var again = await lead.GetAsync($"{path}/evidence?q=officers+called");
        Assert.Contains("(already linked)", again.Html, StringComparison.Ordinal);

        var episode = await lead.GetAsync(path);
        Assert.Contains("<li>Team</li>", episode.Html, StringComparison.Ordinal);
        Assert.Contains("Individual practitioner: Attention, tiredness and stress", episode.Html, StringComparison.Ordinal);
        Assert.Contains("Strategy discussion minutes", episode.Html, StringComparison.Ordinal);
        Assert.Contains("Note: Shows what was known", episode.Html, StringComparison.Ordinal);

        // Checked with the case group needs agreement first, then sharing.
        Guid Version() { using var db = Factory.CreateDbContext(); return db.Episodes.Single(e => e.Id == episodeId).Version; }
        var skip = await lead.PostAsync(path, Form.Of(("to", "CheckedWithCaseGroup"), ("version", Version().ToString())), $"{path}?handler=Status");
        Assert.Equal(["An episode that is proposed can only move one step at a time"], skip.Errors);
        Assert.Equal(path, (await lead.PostAsync(path, Form.Of(("to", "AgreedByReviewTeam"), ("version", Version().ToString())), $"{path}?handler=Status")).Location);
        var unshared = await lead.PostAsync(path, Form.Of(("to", "CheckedWithCaseGroup"), ("version", Version().ToString())), $"{path}?handler=Status");
        Assert.Equal(["Share the episode with the case group before recording that they checked it"], unshared.Errors);

        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        var shared = $"/reviews/{reviewId}/analysis/shared/episodes/{episodeId}";
        Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.GetAsync(shared)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseGroup.GetAsync(path)).Status);
        Assert.Equal(path, (await lead.PostAsync(path, Form.Of(("share", "true")), $"{path}?handler=Share")).Location);

        var list = await caseGroup.GetAsync($"/reviews/{reviewId}/analysis/shared");
        Assert.Contains("Police and health visits to the flat", list.Html, StringComparison.Ordinal);
        var view = await caseGroup.GetAsync(shared);
        Assert.Equal(HttpStatusCode.OK, view.Status);
        Assert.DoesNotContain("Strategy discussion minutes", view.Html, StringComparison.Ordinal);
        var blank = await caseGroup.PostAsync(shared, Form.Of(("commentText", " ")));
        Assert.Equal(["Enter your comment"], blank.Errors);
        Assert.Equal(shared, (await caseGroup.PostAsync(shared, Form.Of(("commentText", "The health visitor did not know about the police call.")))).Location);
        Assert.Contains("The health visitor did not know about the police call.", (await lead.GetAsync(path)).Html, StringComparison.Ordinal);

        Assert.Equal(path, (await lead.PostAsync(path, Form.Of(("to", "CheckedWithCaseGroup"), ("version", Version().ToString())), $"{path}?handler=Status")).Location);
        var stopSharing = await lead.PostAsync(path, Form.Of(("share", "false")), $"{path}?handler=Share");
        Assert.Contains("Move it back to agreed by the review team before you stop sharing it", stopSharing.Errors.Single(), StringComparison.Ordinal);

        var trace = await lead.GetAsync($"/reviews/{reviewId}/analysis/traceability");
        var uses = trace.Document.QuerySelector("#uses")!.ParentElement!.TextContent;
        Assert.Contains("Strategy discussion minutes", uses, StringComparison.Ordinal);
        Assert.Contains("Aunt said all was well", uses, StringComparison.OrdinalIgnoreCase);

        await using var check = Factory.CreateDbContext();
        var codes = await check.AnalysisCodes.Where(c => c.ItemId == episodeId).ToListAsync();
        Assert.All(codes, c => Assert.Equal((DefaultCodingSchemes.FactorsKey, 1), (c.SchemeKey, c.SchemeVersion)));
        foreach (var action in new[] { AuditActions.EpisodeCoded, AuditActions.EvidenceLinked, AuditActions.EpisodeStatusChanged, AuditActions.AnalysisShared, AuditActions.AnalysisCommented, AuditActions.SharedAnalysisViewed })
        {
            Assert.True(await check.AuditEvents.AnyAsync(e => e.ReviewId == reviewId && e.Action == action), action);
        }
    }
}
