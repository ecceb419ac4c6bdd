using Lantern.Core.Access;
using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
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
    private sealed record World(Guid ReviewId, Guid OtherReviewId, Guid PartnershipId, Guid CouncilId, Guid HealthId, Guid ParticipantId,
        Guid SharedEpisode, Guid WorkingEpisode, Guid SharedFinding, Guid WorkingFinding, Guid SharedSection, Guid WorkingSection,
        Guid CommentOnShared, Guid CommentOnWorking, Guid MyConversation, Guid TheirConversation);

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

    private static async Task<World> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var (partnership, council, type) = Seed.Partnership(db, "Visibility Partnership");
        var health = new Agency(Guid.NewGuid(), partnership.Id, "Testshire Community Health NHS Trust", AgencyType.HealthHealthVisiting);
        db.Agencies.Add(health);
        var lead = Seed.User(db, partnership, council, PartnershipRoles.BusinessUnit, "Vera Visible");
        var participant = Seed.User(db, partnership, health, PartnershipRoles.Partner, "Pat Participant");
        var review = Seed.Review(db, partnership, type, lead, "Child V");
        var other = Seed.Review(db, partnership, type, lead, "Child W");

        KeyPracticeEpisode Episode(Guid reviewId, int number, bool shared)
        {
            var episode = db.Episodes.Add(new KeyPracticeEpisode
            {
                Id = Guid.NewGuid(),
                ReviewId = reviewId,
                Number = number,
                Title = $"Home visit {number}",
                WhatHappened = "A visit.",
                CreatedByUserId = lead.Id,
                CreatedAt = Seed.Now,
                UpdatedByUserId = lead.Id,
                UpdatedAt = Seed.Now,
            }).Entity;
            if (shared)
            {
                episode.Share(true, Seed.Now);
            }

            return episode;
        }

        Finding Finding(int number, bool shared)
        {
            var finding = db.Findings.Add(new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Number = number,
                Title = $"Finding {number}",
                CreatedByUserId = lead.Id,
                CreatedAt = Seed.Now,
                UpdatedByUserId = lead.Id,
                UpdatedAt = Seed.Now,
            }).Entity;
            if (shared)
            {
                finding.Share(true, Seed.Now);
            }

            return finding;
        }

        NarrativeSection Section(int number, bool shared)
        {
            var section = db.NarrativeSections.Add(new NarrativeSection
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Number = number,
                Title = $"Period {number}",
                CreatedByUserId = lead.Id,
                CreatedAt = Seed.Now,
                UpdatedByUserId = lead.Id,
                UpdatedAt = Seed.Now,
            }).Entity;
            if (shared)
            {
                section.Share(true, Seed.Now);
            }

            return section;
        }

        AnalysisComment Comment(Guid itemId) => db.AnalysisComments.Add(new AnalysisComment
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            ItemKind = AnalysisItemKind.Episode,
            ItemId = itemId,
            AuthorUserId = lead.Id,
            Text = "Seen.",
            CreatedAt = Seed.Now,
        }).Entity;

        var sharedEpisode = Episode(review.Id, 1, shared: true);
        var workingEpisode = Episode(review.Id, 2, shared: false);
        Episode(other.Id, 1, shared: true);
        var sharedFinding = Finding(1, shared: true);
        var workingFinding = Finding(2, shared: false);
        var sharedSection = Section(1, shared: true);
        var workingSection = Section(2, shared: false);
        var onShared = Comment(sharedEpisode.Id);
        var onWorking = Comment(workingEpisode.Id);
        db.Recommendations.Add(new Recommendation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Number = 1,
            Text = "Share the plan.",
            CreatedByUserId = lead.Id,
            CreatedAt = Seed.Now,
            UpdatedByUserId = lead.Id,
            UpdatedAt = Seed.Now,
        });

        Person Person(string pseudonym) => db.People.Add(new Person
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Category = PersonCategory.Professional,
            RealName = "Fictional " + pseudonym,
            Pseudonym = pseudonym,
            CreatedAt = Seed.Now,
        }).Entity;
        Conversation Conversation(int number, Guid? participantUserId) => db.Conversations.Add(new Conversation
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            Number = number,
            ParticipantPersonId = Person($"Practitioner {number}").Id,
            ParticipantUserId = participantUserId,
            ScheduledFor = new DateOnly(2026, 11, 1),
            Status = ConversationStatus.WithParticipant,
            CreatedByUserId = lead.Id,
            CreatedAt = Seed.Now,
        }).Entity;
        var mine = Conversation(1, participant.Id);
        var theirs = Conversation(2, null);
        foreach (var conversation in new[] { mine, theirs })
        {
            db.ConversationNotes.Add(new ConversationNotes
            {
                Id = Guid.NewGuid(),
                ConversationId = conversation.Id,
                ReviewId = review.Id,
                Number = 1,
                Author = NotesAuthor.Interviewers,
                Sections = new() { ["what-happened"] = "We talked." },
                WrittenByUserId = lead.Id,
                WrittenAt = Seed.Now,
            });
        }

        foreach (var agency in new[] { council, health })
        {
            db.InformationRequests.Add(new InformationRequest
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                AgencyId = agency.Id,
                RequestedOn = new DateOnly(2026, 10, 1),
                DueOn = new DateOnly(2026, 10, 20),
                WhatIsNeeded = "Your involvement.",
                Status = InformationRequestStatus.Sent,
                RequestedByUserId = lead.Id,
            });
            var submission = db.ChronologySubmissions.Add(new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = review.Id, AgencyId = agency.Id, CurrentVersion = 1, CreatedAt = Seed.Now }).Entity;
            db.SubmissionVersions.Add(new SubmissionVersion { Id = Guid.NewGuid(), SubmissionId = submission.Id, ReviewId = review.Id, Number = 1, AppliedByUserId = lead.Id, AppliedAt = Seed.Now });
        }

        await db.SaveChangesAsync();
        return new World(review.Id, other.Id, partnership.Id, council.Id, health.Id, participant.Id, sharedEpisode.Id, workingEpisode.Id, sharedFinding.Id, workingFinding.Id,
            sharedSection.Id, workingSection.Id, onShared.Id, onWorking.Id, mine.Id, theirs.Id);
    }
}
