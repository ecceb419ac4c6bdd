using Lantern.Core.Access;
using Lantern.Core.Information;
using Lantern.Core.Reviews;
using Lantern.Data.Visibility;
using Lantern.Testing;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Data.Tests;

/// <summary>A viewer with no scope, the extensions that find the records a viewer may change, the held imports and
/// the participant's own view, on both providers.</summary>
public abstract partial class VisibilityDataTests
{
    [Fact]
    public async Task NoScope_GivesNothing_EvenForTheRightReview()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using var db = database.CreateContext();

        var nobody = new Viewer(Guid.NewGuid(), world.ReviewId, world.PartnershipId, world.HealthId, new HashSet<ReviewPermission>());

        Assert.Empty(await db.Episodes.VisibleTo(nobody).ToListAsync());
        Assert.Empty(await db.Conversations.VisibleTo(nobody).ToListAsync());
        Assert.Empty(await db.InformationRequests.VisibleTo(nobody).ToListAsync());
        Assert.Empty(await db.ChronologySubmissions.VisibleTo(nobody).ToListAsync());
        Assert.Empty(await db.FamilyMembers.VisibleTo(nobody).ToListAsync());
        Assert.Empty(await db.Meetings.VisibleToAsync(nobody, CancellationToken.None));
    }

    [Fact]
    public async Task ChangeableBy_ReviewTeamChangesTheAnalysis_ObserverAndCaseGroupNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using var db = database.CreateContext();

        var team = ViewerAs(world, ReviewRole.ReviewTeamMember);
        foreach (var onlooker in new[] { ViewerAs(world, ReviewRole.Observer), ViewerAs(world, ReviewRole.CaseGroupMember) })
        {
            Assert.Empty(await db.Recommendations.ChangeableBy(onlooker).ToListAsync());
            Assert.Empty(await db.Conversations.ChangeableBy(onlooker).ToListAsync());
            Assert.Empty(await db.Meetings.ChangeableBy(onlooker).ToListAsync());
        }

        Assert.Single(await db.Recommendations.ChangeableBy(team).ToListAsync());
        Assert.Equal(Ids(world.MyConversation, world.TheirConversation), Ids(await db.Conversations.ChangeableBy(team).Select(c => c.Id).ToListAsync()));
        Assert.Equal(2, await db.Conversations.NotesChangeableBy(team).CountAsync());
        Assert.Empty(await db.Recommendations.ChangeableBy(ViewerAs(world, ReviewRole.ReviewTeamMember, reviewId: world.OtherReviewId)).ToListAsync());
    }

    [Fact]
    public async Task AsParticipant_EveryoneFindsOnlyTheConversationsTheyTookPartIn()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using var db = database.CreateContext();

        var participant = ViewerAs(world, ReviewRole.ReviewTeamMember, userId: world.ParticipantId).AsParticipant();
        var team = ViewerAs(world, ReviewRole.ReviewTeamMember).AsParticipant();

        Assert.Equal(Ids(world.MyConversation), Ids(await db.Conversations.VisibleTo(participant).Select(c => c.Id).ToListAsync()));
        Assert.Equal(Ids(world.MyConversation), Ids(await db.Conversations.NotesChangeableBy(participant).Select(c => c.Id).ToListAsync()));
        Assert.Empty(await db.Conversations.VisibleTo(team).ToListAsync());
        Assert.Empty(await db.Conversations.NotesChangeableBy(team).ToListAsync());
    }

    [Fact]
    public async Task HeldImports_AgencyContactSeesAndWorksOnOwnAgencyOnly_ReadersSeeEvery()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = await SeedAsync(database);
        await using (var seed = database.CreateContext())
        {
            foreach (var agency in new[] { world.CouncilId, world.HealthId })
            {
                seed.ChronologyImports.Add(new ChronologyImport
                {
                    Id = Guid.NewGuid(),
                    ReviewId = world.ReviewId,
                    AgencyId = agency,
                    FileName = "chronology.csv",
                    Sha256 = new string('a', 64),
                    Status = ImportStatus.Quarantined,
                    UploadedByUserId = world.ParticipantId,
                    UploadedAt = Seed.Now,
                });
            }

            await seed.SaveChangesAsync();
        }

        await using var db = database.CreateContext();
        var health = ViewerAs(world, ReviewRole.AgencyContact, world.HealthId);
        var team = ViewerAs(world, ReviewRole.ReviewTeamMember);

        Assert.Equal(Ids(world.HealthId), Ids(await db.ChronologyImports.VisibleTo(health).Select(i => i.AgencyId).ToListAsync()));
        Assert.Equal(Ids(world.HealthId), Ids(await db.ChronologyImports.ChangeableBy(health).Select(i => i.AgencyId).ToListAsync()));
        Assert.Equal(Ids(world.CouncilId, world.HealthId), Ids(await db.ChronologyImports.VisibleTo(team).Select(i => i.AgencyId).ToListAsync()));
        Assert.Empty(await db.ChronologyImports.ChangeableBy(team).ToListAsync());
        Assert.Empty(await db.ChronologyImports.VisibleTo(ViewerAs(world, ReviewRole.CaseGroupMember)).ToListAsync());
    }
}
