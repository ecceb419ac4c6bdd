using Lantern.Core.Access;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data.Visibility;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

public sealed class SqliteVisibilityDataTests() : VisibilityDataTests(DatabaseProvider.Sqlite);

public sealed class PostgresVisibilityDataTests() : VisibilityDataTests(DatabaseProvider.Postgres);

/// <summary>The <c>VisibleTo(viewer)</c> query extensions filter by review and by the rule's scope in the database,
/// on both providers: shared items for the case group, one's own conversation, one's own agency's records, nothing
/// for a viewer with no scope, and nothing from another review.</summary>
public abstract partial class VisibilityDataTests(DatabaseProvider provider)
{
    [Fact]
    public async Task AnalysisItems_CaseGroupSeesSharedOnly_ReviewTeamSeesAll_NoneOfAnotherReview()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using var db = database.CreateContext();

        var team = ViewerAs(world, ReviewRole.ReviewTeamMember);
        var caseGroup = ViewerAs(world, ReviewRole.CaseGroupMember);
        var agency = ViewerAs(world, ReviewRole.AgencyContact, world.HealthId);

        Assert.Equal(Ids(world.SharedEpisode, world.WorkingEpisode), Ids(await db.Episodes.VisibleTo(team).Select(e => e.Id).ToListAsync()));
        Assert.Equal(Ids(world.SharedEpisode), Ids(await db.Episodes.VisibleTo(caseGroup).Select(e => e.Id).ToListAsync()));
        Assert.Empty(await db.Episodes.VisibleTo(agency).ToListAsync());
        Assert.Empty(await db.Episodes.ChangeableBy(caseGroup).ToListAsync());
        Assert.Equal(Ids(world.SharedEpisode), Ids(await db.Episodes.VisibleTo(team).SharedWithCaseGroup().Select(e => e.Id).ToListAsync()));

        Assert.Equal(Ids(world.SharedFinding, world.WorkingFinding), Ids(await db.Findings.VisibleTo(team).Select(f => f.Id).ToListAsync()));
        Assert.Equal(Ids(world.SharedFinding), Ids(await db.Findings.VisibleTo(caseGroup).Select(f => f.Id).ToListAsync()));
        Assert.Empty(await db.Findings.VisibleTo(agency).ToListAsync());

        Assert.Equal(Ids(world.SharedSection, world.WorkingSection), Ids(await db.NarrativeSections.VisibleTo(team).Select(s => s.Id).ToListAsync()));
        Assert.Equal(Ids(world.SharedSection), Ids(await db.NarrativeSections.VisibleTo(caseGroup).Select(s => s.Id).ToListAsync()));

        Assert.Equal(Ids(world.CommentOnShared, world.CommentOnWorking), Ids(await db.AnalysisComments.VisibleTo(team, db).Select(c => c.Id).ToListAsync()));
        Assert.Equal(Ids(world.CommentOnShared), Ids(await db.AnalysisComments.VisibleTo(caseGroup, db).Select(c => c.Id).ToListAsync()));
        Assert.Empty(await db.AnalysisComments.VisibleTo(agency, db).ToListAsync());

        // Accounts and discrepancies go with their section: the case group sees those of the shared one only.
        Assert.Equal(Ids(world.AccountInShared, world.AccountInWorking), Ids(await db.Perspectives.VisibleTo(team, db).Select(p => p.Id).ToListAsync()));
        Assert.Equal(Ids(world.AccountInShared), Ids(await db.Perspectives.VisibleTo(caseGroup, db).Select(p => p.Id).ToListAsync()));
        Assert.Empty(await db.Perspectives.VisibleTo(caseGroup).ToListAsync());
        Assert.Empty(await db.Perspectives.VisibleTo(agency, db).ToListAsync());
        Assert.Empty(await db.Perspectives.ChangeableBy(caseGroup).ToListAsync());

        Assert.Single(await db.Recommendations.VisibleTo(team).ToListAsync());
        Assert.Empty(await db.Recommendations.VisibleTo(caseGroup).ToListAsync());

        // The same person on the other review sees that review's items, never this one's.
        var elsewhere = ViewerAs(world, ReviewRole.ReviewTeamMember, reviewId: world.OtherReviewId);
        Assert.DoesNotContain(world.SharedEpisode, await db.Episodes.VisibleTo(elsewhere).Select(e => e.Id).ToListAsync());
        Assert.Single(await db.Episodes.VisibleTo(elsewhere).ToListAsync());
    }

    [Fact]
    public async Task Conversations_ParticipantSeesOnlyTheirOwn_AndItsNotes()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using var db = database.CreateContext();

        var team = ViewerAs(world, ReviewRole.ReviewTeamMember);
        var participant = ViewerAs(world, ReviewRole.AgencyContact, world.HealthId, userId: world.ParticipantId);
        var observer = ViewerAs(world, ReviewRole.Observer);

        Assert.Equal(Ids(world.MyConversation, world.TheirConversation), Ids(await db.Conversations.VisibleTo(team).Select(c => c.Id).ToListAsync()));
        Assert.Equal(Ids(world.MyConversation), Ids(await db.Conversations.VisibleTo(participant).Select(c => c.Id).ToListAsync()));
        Assert.Equal(Ids(world.MyConversation), Ids(await db.Conversations.NotesVisibleTo(participant).Select(c => c.Id).ToListAsync()));
        Assert.Equal(Ids(world.MyConversation, world.TheirConversation), Ids(await db.ConversationNotes.VisibleTo(team, db).Select(n => n.ConversationId).ToListAsync()));
        Assert.Equal(Ids(world.MyConversation), Ids(await db.ConversationNotes.VisibleTo(participant, db).Select(n => n.ConversationId).ToListAsync()));

        // An observer sees the arrangements of every conversation but reads no notes but their own (they have none).
        Assert.Equal(2, await db.Conversations.VisibleTo(observer).CountAsync());
        Assert.Empty(await db.ConversationNotes.VisibleTo(observer, db).ToListAsync());
    }

    [Fact]
    public async Task AgencyRecords_AgencyContactSeesOwnAgencyOnly_ReviewersSeeEvery()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using var db = database.CreateContext();

        var lead = ViewerAs(world, ReviewRole.LeadReviewer);
        var health = ViewerAs(world, ReviewRole.AgencyContact, world.HealthId);
        var caseGroup = ViewerAs(world, ReviewRole.CaseGroupMember);

        Assert.Equal(Ids(world.CouncilId, world.HealthId), Ids(await db.InformationRequests.VisibleTo(lead).Select(r => r.AgencyId).ToListAsync()));
        Assert.Equal(Ids(world.HealthId), Ids(await db.InformationRequests.VisibleTo(health).Select(r => r.AgencyId).ToListAsync()));
        Assert.Equal(Ids(world.HealthId), Ids(await db.InformationRequests.ChangeableBy(health).Select(r => r.AgencyId).ToListAsync()));
        Assert.Empty(await db.InformationRequests.VisibleTo(caseGroup).ToListAsync());

        Assert.Equal(Ids(world.CouncilId, world.HealthId), Ids(await db.ChronologySubmissions.VisibleTo(lead).Select(s => s.AgencyId).ToListAsync()));
        Assert.Equal(Ids(world.HealthId), Ids(await db.ChronologySubmissions.VisibleTo(health).Select(s => s.AgencyId).ToListAsync()));
        Assert.Single(await db.SubmissionVersions.VisibleTo(health, db).ToListAsync());
        Assert.Equal(2, await db.SubmissionVersions.VisibleTo(lead, db).CountAsync());
        Assert.Empty(await db.ChronologySubmissions.VisibleTo(caseGroup).ToListAsync());

        Assert.Equal(Ids(world.HealthId), Ids(await db.Agencies.ChronologiesVisibleTo(health).Select(a => a.Id).ToListAsync()));
        Assert.Equal(Ids(world.CouncilId, world.HealthId), Ids(await db.Agencies.ChronologiesChangeableBy(lead).Select(a => a.Id).ToListAsync()));
        Assert.Empty(await db.Agencies.ChronologiesChangeableBy(ViewerAs(world, ReviewRole.ReviewTeamMember)).ToListAsync());
    }

    private static Viewer ViewerAs(World world, ReviewRole role, Guid? agencyId = null, Guid? userId = null, Guid? reviewId = null) =>
        Viewer.For(new Actor(userId ?? Guid.NewGuid(), world.PartnershipId, agencyId ?? world.CouncilId, PartnershipRoles.Partner, true),
            reviewId ?? world.ReviewId, world.PartnershipId, role);

    private static List<Guid> Ids(params IEnumerable<Guid> ids) => ids.Order().ToList();
}
