using System.Net;
using Lantern.Core.Audit;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Tests.Pages.SettingUp;

public sealed class GovernanceTests(World world) : IClassFixture<World>
{
    private LanternFactory Factory => world.Factory;

    private static string Url(Guid reviewId) => $"/reviews/{reviewId}/setting-up/governance";

    private static KeyValuePair<string, string>[] Governance(int latestVersion, string qualityAssurance = "The case review subgroup", string conducts = "Two independent lead reviewers with the review team") =>
        Form.Of(
            ("Input.WhoConducts", conducts),
            ("Input.WhoQualityAssures", qualityAssurance),
            ("Input.SignOffRoute", "Subgroup, then the safeguarding partners"),
            ("Input.ChallengeRoute", "Agencies comment on the draft at a review team meeting"),
            ("Input.ImpasseRoute", "The independent scrutineer decides"),
            ("Input.LatestVersion", latestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task Record_TwoSaves_KeepsBothVersionsWithWhoChangedWhat()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child G");
        var businessUnit = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);

        var first = await businessUnit.PostAsync(Url(reviewId), Governance(0));
        var second = await chair.PostAsync(Url(reviewId), Governance(1, qualityAssurance: "A supervisor of the lead reviewers"));

        Assert.Equal($"/reviews/{reviewId}/setting-up", first.Location);
        Assert.Equal($"/reviews/{reviewId}/setting-up", second.Location);
        await using var db = Factory.CreateDbContext();
        var versions = await db.GovernancePlans.Where(g => g.ReviewId == reviewId).OrderBy(g => g.VersionNumber).ToListAsync();
        Assert.Equal([1, 2], versions.Select(v => v.VersionNumber));
        Assert.Equal([world.BusinessUnit.Id, world.Chair.Id], versions.Select(v => v.ChangedByUserId));
        Assert.Equal(["The case review subgroup", "A supervisor of the lead reviewers"], versions.Select(v => v.WhoQualityAssures));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.ReviewId == reviewId && e.Action == AuditActions.GovernanceVersioned));
        Assert.Equal(2, await db.ReviewHistory.CountAsync(h => h.ReviewId == reviewId && h.Kind == HistoryKind.GovernanceChanged));
        var page = await businessUnit.GetAsync(Url(reviewId));
        var cards = page.Document.QuerySelectorAll(".govuk-summary-card").Select(c => c.TextContent).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Current governance (version 2)", cards[0], StringComparison.Ordinal);
        Assert.Contains("Cal Chair on", cards[0], StringComparison.Ordinal);
        var changed = page.Document.QuerySelector(".govuk-summary-card")!.QuerySelectorAll(".govuk-summary-list__row")
            .Single(r => r.QuerySelector(".govuk-summary-list__key")!.TextContent.Trim() == "What changed");
        Assert.Equal("Who quality-assures it", changed.QuerySelector(".govuk-summary-list__value")!.TextContent.Trim());
        Assert.Contains("Version 1, replaced", cards[1], StringComparison.Ordinal);
        Assert.Contains("Bea Business on", cards[1], StringComparison.Ordinal);
        Assert.Equal("2", page.Value("Input.LatestVersion"));
    }

    [Fact]
    public async Task Record_NothingSaid_ShowsAnErrorForEachPartAndSavesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child G");
        var browser = await Factory.SignInAsync(world.BusinessUnit);

        var page = await browser.PostAsync(Url(reviewId), Form.Of(("Input.LatestVersion", "0"), ("Input.WhoConducts", "   ")));

        Assert.Equal(
            ["Say who conducts the review", "Say who quality-assures it", "Say the sign-off route", "Say how challenge is made", "Say what happens at an impasse"],
            page.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GovernancePlans.AnyAsync(g => g.ReviewId == reviewId));
    }

    [Fact]
    public async Task Record_NothingChanged_IsRefusedWithoutANewVersion()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child G");
        var browser = await Factory.SignInAsync(world.BusinessUnit);
        await browser.PostAsync(Url(reviewId), Governance(0));

        var again = await browser.PostAsync(Url(reviewId), Governance(1));

        Assert.Equal(["Nothing has changed since version 1. Change at least one answer to save a new version"], again.Errors);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.GovernancePlans.CountAsync(g => g.ReviewId == reviewId));
    }

    [Fact]
    public async Task Record_SomeoneSavedANewerVersion_Is409AndSavesNothing()
    {
        var reviewId = await Factory.ReviewAsync(world.PartnershipId, world.ReviewTypeId, world.BusinessUnit.Id, "Child G");
        var me = await Factory.SignInAsync(world.BusinessUnit);
        var chair = await Factory.SignInAsync(world.Chair);
        await me.PostAsync(Url(reviewId), Governance(0));
        var mine = await me.GetAsync(Url(reviewId));
        await chair.PostAsync(Url(reviewId), Governance(1, conducts: "One lead reviewer"));

        var conflict = await me.PostWithTokenAsync(Url(reviewId), mine.Token, Governance(int.Parse(mine.Value("Input.LatestVersion")!, System.Globalization.CultureInfo.InvariantCulture), conducts: "Three lead reviewers"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Single(conflict.Errors, e => e.StartsWith("Someone saved a newer version", StringComparison.Ordinal));
        Assert.Equal("2", conflict.Value("Input.LatestVersion"));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(["Two independent lead reviewers with the review team", "One lead reviewer"],
            await db.GovernancePlans.Where(g => g.ReviewId == reviewId).OrderBy(g => g.VersionNumber).Select(g => g.WhoConducts).ToListAsync());
    }

    [Fact]
    public async Task Governance_LeadReviewer_ReadsItButCannotChangeIt()
    {
        var lead = await Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]);

        var page = await lead.GetAsync(Url(world.ReviewId));
        var post = await lead.PostWithTokenAsync(Url(world.ReviewId), await lead.AnyTokenAsync(), Governance(0));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("form textarea"));
        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        await using var db = Factory.CreateDbContext();
        Assert.False(await db.GovernancePlans.AnyAsync(g => g.ReviewId == world.ReviewId));
    }

    [Fact]
    public async Task Governance_CaseGroupMember_IsRefused()
    {
        var member = await Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]);

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(Url(world.ReviewId))).Status);
    }
}
