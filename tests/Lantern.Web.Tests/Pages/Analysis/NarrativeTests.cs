using System.Net;
using Lantern.Core.Analysis;
using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.Analysis;

public sealed class NarrativeTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static KeyValuePair<string, string>[] Section(string title, string from, string to = "", string summary = "", Guid? version = null)
    {
        var f = from.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var t = to.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. Form.Of(("Input.Title", title), ("Input.Summary", summary),
                ("Input.PeriodFrom.Day", f.ElementAtOrDefault(0) ?? string.Empty), ("Input.PeriodFrom.Month", f.ElementAtOrDefault(1) ?? string.Empty), ("Input.PeriodFrom.Year", f.ElementAtOrDefault(2) ?? string.Empty),
                ("Input.PeriodTo.Day", t.ElementAtOrDefault(0) ?? string.Empty), ("Input.PeriodTo.Month", t.ElementAtOrDefault(1) ?? string.Empty), ("Input.PeriodTo.Year", t.ElementAtOrDefault(2) ?? string.Empty)),
            .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
        ];
    }

    private static KeyValuePair<string, string>[] Account(Guid? personId, Guid? agencyId, string account, Guid? version = null) =>
    [
        .. Form.Of(("Input.PersonId", personId?.ToString() ?? string.Empty), ("Input.AgencyId", agencyId?.ToString() ?? string.Empty), ("Input.Account", account)),
        .. version is { } v ? Form.Of(("Input.Version", v.ToString())) : [],
    ];

    [Fact]
    public async Task Narrative_SectionsInCaseOrder_AccountsSideBySide_BadInputSavesNothing_AndAStaleSectionSaveShowsBothVersions()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child N1");
        var worker = await Factory.RegisterPersonAsync(reviewId, "Sam Invented", "Social worker A", PersonCategory.Professional, agencyId: world.AgencyId, role: "Social worker");
        var bu = await Factory.SignInAsync(world.BusinessUnit);
        var root = $"/reviews/{reviewId}/analysis/narrative";

        Assert.Contains("No sections yet", (await bu.GetAsync(root)).Html, StringComparison.Ordinal);
        var bad = await bu.PostAsync($"{root}/add", Section(" ", "", "1 1 2024"));
        Assert.Equal(["Enter the start of the period"], bad.Errors);
        var backwards = await bu.PostAsync($"{root}/add", Section(" ", "1 6 2024", "1 5 2024"));
        Assert.Equal(["Enter a title for the section", "The end of the period must be the same as or after the start"], backwards.Errors);
        var longSummary = new string('y', NarrativeSection.TextMaxLength + 1);
        var tooLong = await bu.PostAsync($"{root}/add", Section("Spring", "1 3 2024", summary: longSummary));
        Assert.Equal(["The summary must be 10,000 characters or fewer"], tooLong.Errors);
        Assert.Equal(longSummary, tooLong.Document.QuerySelector("#Input_Summary")!.TextContent.Trim('\n'));

        var later = await bu.PostAsync($"{root}/add", Section("After the move", "1 7 2024", "30 9 2024"));
        var earlier = await bu.PostAsync($"{root}/add", Section("Before the move", "1 1 2024", "30 6 2024", "Two agencies knew the family."));
        Assert.Equal(HttpStatusCode.Redirect, earlier.Status);
        var sectionPath = earlier.Location!;
        var sectionId = Guid.Parse(sectionPath.Split('/').Last());

        // Sections are listed in the order of the case, not the order they were added.
        var index = await bu.GetAsync(root);
        Assert.Equal(["1 January 2024 to 30 June 2024", "1 July 2024 to 30 September 2024"],
            index.Document.QuerySelectorAll("tbody tr td:first-child").Select(c => c.TextContent.Trim()));
        Assert.Equal(["2. Before the move", "1. After the move"], index.Document.QuerySelectorAll("tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()));

        var noWho = await bu.PostAsync($"{sectionPath}/perspectives/add", Account(null, null, " "));
        Assert.Equal(["Select whose account this is: a person, an agency or both", "Enter the account: how the period looked from where they stood"], noWho.Errors);
        var strange = await bu.PostAsync($"{sectionPath}/perspectives/add", Account(world.RegisteredPersonId, null, "From another review."));
        Assert.Equal(["Select a person from the list"], strange.Errors);
        var first = await bu.PostAsync($"{sectionPath}/perspectives/add", Account(worker, world.AgencyId, "Thought the aunt was coping and the case could close."));
        var second = await bu.PostAsync($"{sectionPath}/perspectives/add", Account(null, world.Chronology.PoliceId, "Police records show two calls about shouting."));
        Assert.Equal(sectionPath, first.Location);
        Assert.Equal(sectionPath, second.Location);

        var section = await bu.GetAsync(sectionPath);
        var cards = section.Document.QuerySelectorAll(".govuk-grid-column-one-half .govuk-summary-card");
        Assert.Equal(2, cards.Length);
        Assert.Same(cards[0].ParentElement!.ParentElement, cards[1].ParentElement!.ParentElement);
        Assert.Contains("Social worker A", cards[0].QuerySelector(".govuk-summary-card__title")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Invented", section.Html, StringComparison.Ordinal);
        Assert.Contains("Police records show two calls", cards[1].TextContent, StringComparison.Ordinal);

        // Two people change the section at once: the second save is refused and both versions are shown.
        NarrativeSection stored;
        await using (var db = Factory.CreateDbContext())
        {
            stored = await db.NarrativeSections.SingleAsync(s => s.Id == sectionId);
            Assert.Equal(2, await db.Perspectives.CountAsync(p => p.SectionId == sectionId));
        }

        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        await Factory.GiveRoleAsync(reviewId, world.OnReview[ReviewRole.LeadReviewer], ReviewRole.LeadReviewer, world.BusinessUnit.Id);
        var saved = await lead.PostAsync($"{sectionPath}/change", Section("Before the move", "1 1 2024", "30 6 2024", "The lead reviewer's summary.", stored.Version));
        Assert.Equal(sectionPath, saved.Location);
        var stale = await bu.PostAsync($"{sectionPath}/change", Section("Before the move", "1 1 2024", "30 6 2024", "The business unit's summary.", stored.Version));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("saved this section while you were editing it", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal(["The business unit's summary."], stale.Document.QuerySelectorAll("#conflict td[data-version=yours]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["The lead reviewer's summary."], stale.Document.QuerySelectorAll("#conflict td[data-version=saved]").Select(c => c.TextContent.Trim()));
        Assert.Equal("The business unit's summary.", stale.Document.QuerySelector("#Input_Summary")!.TextContent.Trim());

        await using (var db = Factory.CreateDbContext())
        {
            Assert.Equal("The lead reviewer's summary.", (await db.NarrativeSections.SingleAsync(s => s.Id == sectionId)).Summary);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.NarrativeSectionAdded && e.ReviewId == reviewId));
            Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.NarrativeSectionChanged && e.EntityId == sectionId));
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.PerspectiveAdded && e.ReviewId == reviewId));
        }
    }

    [Fact]
    public async Task Discrepancy_NeedsTwoAccounts_IsExploredNotOverwritten_AndAStaleSaveIsRefused()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var team = await Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]);
        var path = $"/reviews/{world.ReviewId}/analysis/narrative/{world.Analysis.SectionId}";

        var one = await lead.PostAsync($"{path}/discrepancies/add", Form.Of(("Input.Description", "Who saw the baby?"), ("Input.PerspectiveIds", world.Analysis.PerspectiveId.ToString())));
        Assert.Equal(["Select at least two accounts that differ"], one.Errors);
        var elsewhere = await lead.PostAsync($"{path}/discrepancies/add", Form.Of(("Input.Description", "Who saw the baby?"), ("Input.PerspectiveIds", world.Analysis.PerspectiveId.ToString()), ("Input.PerspectiveIds", Guid.NewGuid().ToString())));
        Assert.Equal(["Select accounts from this section"], elsewhere.Errors);

        Guid[] accounts;
        await using (var db = Factory.CreateDbContext())
        {
            accounts = await db.Perspectives.Where(p => p.SectionId == world.Analysis.SectionId).OrderBy(p => p.CreatedAt).Select(p => p.Id).ToArrayAsync();
        }

        var recorded = await lead.PostAsync($"{path}/discrepancies/add", Form.Of(("Input.Description", "When the police told children's services about the calls."),
            ("Input.PerspectiveIds", accounts[0].ToString()), ("Input.PerspectiveIds", accounts[1].ToString())));
        Assert.Equal($"{path}#discrepancies", recorded.Location);
        Discrepancy discrepancy;
        await using (var db = Factory.CreateDbContext())
        {
            discrepancy = await db.Discrepancies.Where(d => d.SectionId == world.Analysis.SectionId).OrderByDescending(d => d.Number).FirstAsync();
            Assert.Equal(DiscrepancyStatus.ToExplore, discrepancy.Status);
            Assert.Equal(2, discrepancy.Number);
        }

        var explore = $"{path}/discrepancies/{discrepancy.Id}";
        var unsaid = await lead.PostAsync(explore, Form.Of(("Input.Status", "Explained"), ("Input.WhatWeFound", " "), ("Input.Version", discrepancy.Version.ToString())));
        Assert.Equal(["Say what exploring the discrepancy found"], unsaid.Errors);
        var noStatus = await lead.PostAsync(explore, Form.Of(("Input.WhatWeFound", "x"), ("Input.Version", discrepancy.Version.ToString())));
        Assert.Equal(["Select how far exploring the discrepancy has got"], noStatus.Errors);

        var exploring = await team.PostAsync(explore, Form.Of(("Input.Status", "Exploring"), ("Input.WhatWeFound", ""), ("Input.Version", discrepancy.Version.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, exploring.Status);
        var stale = await lead.PostAsync(explore, Form.Of(("Input.Status", "Explained"), ("Input.WhatWeFound", "The call was logged but not passed on."), ("Input.Version", discrepancy.Version.ToString())));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("it is now being explored", stale.Errors.Single(), StringComparison.Ordinal);
        Assert.Equal("The call was logged but not passed on.", stale.Document.QuerySelector("#Input_WhatWeFound")!.TextContent.Trim());

        var fresh = stale.Document.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!;
        var explained = await lead.PostAsync(explore, Form.Of(("Input.Status", "Explained"), ("Input.WhatWeFound", "The call was logged but not passed on."), ("Input.Version", fresh)));
        Assert.Equal(HttpStatusCode.Redirect, explained.Status);

        var page = await lead.GetAsync(path);
        Assert.Contains("What exploring it found: The call was logged but not passed on.", page.Html, StringComparison.Ordinal);
        await using (var db = Factory.CreateDbContext())
        {
            // The accounts themselves are untouched.
            Assert.Equal("Believed the health visitor had seen the baby that week and so did not visit again.", (await db.Perspectives.SingleAsync(p => p.Id == accounts[0])).Account);
            Assert.Equal(DiscrepancyStatus.Explained, (await db.Discrepancies.SingleAsync(d => d.Id == discrepancy.Id)).Status);
            Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.DiscrepancyExplored && e.EntityId == discrepancy.Id));
        }
    }

    [Fact]
    public async Task Sources_LinkToAnAccount_AndTheCaseGroupSeesSharedSectionsOnly_WithoutSources()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);
        var path = $"/reviews/{world.ReviewId}/analysis/narrative/{world.Analysis.SectionId}";
        var sources = $"{path}/perspectives/{world.Analysis.PerspectiveId}/sources";

        var elsewhere = $"/reviews/{world.ReviewId}/analysis/narrative/{Guid.NewGuid()}/perspectives/{world.Analysis.PerspectiveId}/sources";
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(elsewhere)).Status);
        var form = await lead.GetAsync($"{sources}?q=neighbour+shouting");
        var entry = form.Document.QuerySelector("input[name=entries]")!.GetAttribute("value")!;
        var linked = await lead.PostAsync(sources, Form.Of(("entries", entry), ("documents", world.Evidence.DocumentId.ToString()), ("note", "What the police knew")));
        Assert.Equal($"{path}#account-{world.Analysis.PerspectiveId}", linked.Location);
        var section = await lead.GetAsync(path);
        var card = section.Document.QuerySelector($"#account-{world.Analysis.PerspectiveId}")!;
        Assert.Contains("Chronology entry", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("What the police knew", card.TextContent, StringComparison.Ordinal);
        var trace = await lead.GetAsync($"/reviews/{world.ReviewId}/analysis/traceability");
        Assert.Contains("Narrative section 1", trace.Html, StringComparison.Ordinal);

        // The case group reads and comments on the shared section, without the sources they cannot open.
        var caseGroup = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);
        var shared = await caseGroup.GetAsync($"/reviews/{world.ReviewId}/analysis/shared");
        Assert.Contains("After the move to the new flat", shared.Html, StringComparison.Ordinal);
        var sharedPath = $"/reviews/{world.ReviewId}/analysis/shared/narrative/{world.Analysis.SectionId}";
        var read = await caseGroup.GetAsync(sharedPath);
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Contains("Believed the health visitor had seen the baby", read.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("What the police knew", read.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("/information/", read.Html, StringComparison.Ordinal);
        var comment = await caseGroup.PostAsync(sharedPath, Form.Of(("commentText", "The duty worker did hear about the calls, later that week.")));
        Assert.Equal(sharedPath, comment.Location);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseGroup.GetAsync(path)).Status);

        var unshare = await lead.PostAsync($"{path}?handler=Share", Form.Of(("share", "false")));
        Assert.Equal(path, unshare.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await caseGroup.GetAsync(sharedPath)).Status);
        var reshare = await lead.PostAsync($"{path}?handler=Share", Form.Of(("share", "true")));
        Assert.Equal(path, reshare.Location);
        Assert.Contains("The duty worker did hear about the calls", (await lead.GetAsync(path)).Html, StringComparison.Ordinal);

        await using var db = Factory.CreateDbContext();
        var links = await db.AnalysisLinks.Where(l => l.FromId == world.Analysis.PerspectiveId).Select(l => (Guid?)l.Id).ToListAsync();
        Assert.Equal(2, links.Count);
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.EvidenceLinked && links.Contains(e.EntityId)));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AnalysisUnshared && e.EntityId == world.Analysis.SectionId));
    }
}
