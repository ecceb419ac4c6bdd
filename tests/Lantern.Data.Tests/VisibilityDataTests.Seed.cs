using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Core.SettingUp;
using Lantern.Testing;

namespace Lantern.Data.Tests;

/// <summary>The world the tests query: two reviews, items shared with the case group and items not, two
/// conversations, and two agencies' records.</summary>
public abstract partial class VisibilityDataTests
{
    private sealed record World(Guid ReviewId, Guid OtherReviewId, Guid PartnershipId, Guid CouncilId, Guid HealthId, Guid ParticipantId,
        Guid SharedEpisode, Guid WorkingEpisode, Guid SharedFinding, Guid WorkingFinding, Guid SharedSection, Guid WorkingSection,
        Guid CommentOnShared, Guid CommentOnWorking, Guid MyConversation, Guid TheirConversation, Guid AccountInShared, Guid AccountInWorking);

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
        var accountInShared = Account(sharedSection.Id);
        var accountInWorking = Account(workingSection.Id);
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

        Perspective Account(Guid sectionId) => db.Perspectives.Add(new Perspective
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            SectionId = sectionId,
            AgencyId = council.Id,
            Account = "How it looked from the council's side.",
            CreatedByUserId = lead.Id,
            CreatedAt = Seed.Now,
            UpdatedByUserId = lead.Id,
            UpdatedAt = Seed.Now,
        }).Entity;

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
            sharedSection.Id, workingSection.Id, onShared.Id, onWorking.Id, mine.Id, theirs.Id, accountInShared.Id, accountInWorking.Id);
    }
}
