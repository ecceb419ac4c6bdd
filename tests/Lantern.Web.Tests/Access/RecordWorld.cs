using Lantern.Core.Analysis;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;
using Lantern.Testing;
using Lantern.Testing.Web;
using Person = Lantern.Testing.Web.Person;

namespace Lantern.Web.Tests.Access;

/// <summary>
/// A running Lantern for the record-level access matrix. Partnership P has two agencies whose people take part
/// (A: Testshire Police, B: Testshire Community Health) and two reviews. Review 1 holds one of each kind of item a
/// page can be asked for by id: analysis shared with the case group and analysis not shared, two conversations
/// (case group member A's and case group member B's), information requests, chronologies and uploads from both
/// agencies, a family member, the subject under a pseudonym. Review 2 holds its own copies, so an item can be asked
/// for under the wrong review. A review of another partnership has its own analysis and family.
/// The ids are kept by name (<see cref="Items"/>): "episodeId" is review 1's shared episode, "private.episodeId"
/// its episode that is not shared, "R2.episodeId" review 2's.
/// </summary>
public sealed class RecordWorld : IAsyncLifetime
{
    private readonly Dictionary<string, Browserless> browsers = [];

    public const string SubjectRealName = "Quinn Fictional-Baker";

    public const string SubjectPseudonym = "Child Q";

    public LanternFactory Factory { get; private set; } = null!;

    public Guid ReviewId { get; private set; }

    public Guid SecondReviewId { get; private set; }

    public Guid OtherPartnershipReviewId { get; private set; }

    /// <summary>Every item id by name; see the class summary for the naming.</summary>
    public IReadOnlyDictionary<string, string> Items => items;

    private readonly Dictionary<string, string> items = [];

    /// <summary>The people who try the pages, by the matrix's column names.</summary>
    public IReadOnlyDictionary<string, Person> Personas => personas;

    private readonly Dictionary<string, Person> personas = [];

    public async Task InitializeAsync()
    {
        Factory = new LanternFactory(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        Factory.StartServer();

        var (partnershipId, councilId, typeId) = await Factory.PartnershipAsync("Testshire Safeguarding Partnership");
        var agencyA = await Factory.AgencyAsync(partnershipId, "Testshire Police", AgencyType.Police);
        var agencyB = await Factory.AgencyAsync(partnershipId, "Testshire Community Health", AgencyType.HealthHealthVisiting);
        var bu = await Add("bu", partnershipId, councilId, PartnershipRoles.BusinessUnit, "Bea Business");
        await Add("chair", partnershipId, councilId, PartnershipRoles.Chair, "Cal Chair");
        await Add("admin", partnershipId, councilId, PartnershipRoles.Administrator, "Ada Admin");

        ReviewId = await Factory.ReviewAsync(partnershipId, typeId, bu.Id, "Child Q");
        SecondReviewId = await Factory.ReviewAsync(partnershipId, typeId, bu.Id, "Child R");
        var lead = await Member("lead", ReviewId, ReviewRole.LeadReviewer, councilId, "Lee Lead", bu);
        var team = await Member("team", ReviewId, ReviewRole.ReviewTeamMember, councilId, "Tam Team", bu);
        await Member("obs", ReviewId, ReviewRole.Observer, councilId, "Oli Observer", bu);
        var caseGroupA = await Member("cgA", ReviewId, ReviewRole.CaseGroupMember, agencyA, "Cass Group-Ashby", bu);
        var caseGroupB = await Member("cgB", ReviewId, ReviewRole.CaseGroupMember, agencyB, "Cory Group-Brent", bu);
        await Member("agA", ReviewId, ReviewRole.AgencyContact, agencyA, "Ali Police-Contact", bu);
        await Member("agB", ReviewId, ReviewRole.AgencyContact, agencyB, "Bo Health-Contact", bu);
        await Member("lead2", SecondReviewId, ReviewRole.LeadReviewer, councilId, "Lou Otherreview", bu);

        // The member a business unit may change or remove (case group member B's place on review 1), and review 2's.
        items["memberId"] = (await Factory.GiveRoleAsync(ReviewId, await Factory.PersonAsync(partnershipId, councilId, PartnershipRoles.None, "Mo Member"), ReviewRole.Observer, bu.Id)).ToString();
        items["R2.memberId"] = (await Factory.GiveRoleAsync(SecondReviewId, await Factory.PersonAsync(partnershipId, councilId, PartnershipRoles.None, "Max Member"), ReviewRole.Observer, bu.Id)).ToString();

        var (otherPartnershipId, otherAgencyId, otherTypeId) = await Factory.PartnershipAsync("Otherford Safeguarding Partnership");
        var other = await Add("other", otherPartnershipId, otherAgencyId, PartnershipRoles.BusinessUnit | PartnershipRoles.Administrator | PartnershipRoles.Chair, "Otto Other");
        OtherPartnershipReviewId = await Factory.ReviewAsync(otherPartnershipId, otherTypeId, other.Id, "Child Z");

        await SeedReviewAsync(string.Empty, partnershipId, ReviewId, agencyA, bu.Id, caseGroupA.Id, [lead.Id, team.Id]);
        // A conversation needs a participant from the case group and two interviewers (the services check both).
        var secondParticipant = await Factory.PersonAsync(partnershipId, councilId, PartnershipRoles.None, "Ria Participant");
        await Factory.GiveRoleAsync(SecondReviewId, secondParticipant, ReviewRole.CaseGroupMember, bu.Id);
        await SeedReviewAsync("R2.", partnershipId, SecondReviewId, agencyA, bu.Id, secondParticipant.Id, [personas["lead2"].Id, bu.Id]);
        var otherParticipant = await Factory.PersonAsync(otherPartnershipId, otherAgencyId, PartnershipRoles.None, "Ola Elsewhere");
        await Factory.GiveRoleAsync(OtherPartnershipReviewId, otherParticipant, ReviewRole.CaseGroupMember, other.Id);
        var otherInterviewer = await Factory.PersonAsync(otherPartnershipId, otherAgencyId, PartnershipRoles.None, "Ivo Elsewhere");
        var otherAnalysis = await Factory.AnalysisAsync(OtherPartnershipReviewId, otherAgencyId, other.Id,
            await Factory.RegisterPersonAsync(OtherPartnershipReviewId, "Sam Elsewhere", "Practitioner 1", PersonCategory.Professional), otherParticipant.Id, [other.Id, otherInterviewer.Id]);
        items["P2.episodeId"] = otherAnalysis.EpisodeId.ToString();
        items["P2.familyMemberId"] = (await Factory.FamilyMemberAsync(OtherPartnershipReviewId, "Jesse Elsewhere")).ToString();

        // Agencies and letter templates belong to the partnership: the other review's are the other partnership's.
        items["agencyId"] = agencyA.ToString();
        items["B.agencyId"] = agencyB.ToString();
        items["R2.agencyId"] = otherAgencyId.ToString();
        items["templateId"] = (await Factory.LetterTemplatesAsync(partnershipId)).ToString();
        items["R2.templateId"] = (await Factory.LetterTemplatesAsync(otherPartnershipId)).ToString();

        // Review 1 only: what is not shared with the case group, and the second conversation and agency.
        await using (var db = Factory.CreateDbContext())
        {
            var now = DateTime.UtcNow;
            var episode = new KeyPracticeEpisode
            {
                Id = Guid.NewGuid(),
                ReviewId = ReviewId,
                Number = 2,
                Title = "Strategy discussion without health",
                AgencyIds = [agencyA, agencyB],
                WhatHappened = "Police and children's social care held the strategy discussion by phone; the health visitor heard of it afterwards.",
                KnownThen = "The neighbour's call about shouting.",
                Appraisal = PracticeAppraisal.Problematic,
                RaisedBy = EpisodeSource.ReviewTeam,
                CreatedByUserId = bu.Id,
                CreatedAt = now,
                UpdatedByUserId = bu.Id,
                UpdatedAt = now,
            };
            var finding = new Finding
            {
                Id = Guid.NewGuid(),
                ReviewId = ReviewId,
                Number = 2,
                Title = "Health is told of strategy discussions after they happen",
                InThisCase = "The health visitor learned of the outcome two days later.",
                CreatedByUserId = bu.Id,
                CreatedAt = now,
                UpdatedByUserId = bu.Id,
                UpdatedAt = now,
            };
            var section = new NarrativeSection
            {
                Id = Guid.NewGuid(),
                ReviewId = ReviewId,
                Number = 2,
                Title = "The summer holidays",
                PeriodFrom = new DateOnly(2024, 7, 1),
                PeriodTo = new DateOnly(2024, 8, 31),
                Summary = "Nobody saw the baby for six weeks; the review team is still drafting this period.",
                CreatedByUserId = bu.Id,
                CreatedAt = now,
                UpdatedByUserId = bu.Id,
                UpdatedAt = now,
            };
            var teamMeeting = new Meeting
            {
                Id = Guid.NewGuid(),
                ReviewId = ReviewId,
                Kind = MeetingKind.ReviewTeam,
                HeldOn = new DateOnly(2026, 10, 27),
                Place = "Video call",
                Agenda = "Which episodes to share next",
                Attendees = [new MeetingAttendee { UserId = lead.Id, Attendance = Attendance.Attended }, new MeetingAttendee { UserId = caseGroupA.Id, Attendance = Attendance.Invited }],
                CreatedByUserId = bu.Id,
                CreatedAt = now,
                UpdatedByUserId = bu.Id,
                UpdatedAt = now,
            };
            var healthVisitor = Guid.Parse(items["healthVisitorPersonId"]);
            var conversation = new Conversation
            {
                Id = Guid.NewGuid(),
                ReviewId = ReviewId,
                Number = 2,
                ParticipantPersonId = healthVisitor,
                ParticipantUserId = caseGroupB.Id,
                InterviewerUserIds = [lead.Id],
                ScheduledFor = new DateOnly(2026, 10, 8),
                Purpose = "How the health visitor heard about the strategy discussion.",
                Status = ConversationStatus.WithParticipant,
                NotesVersion = 1,
                CreatedByUserId = bu.Id,
                CreatedAt = now,
                UpdatedByUserId = bu.Id,
                UpdatedAt = now,
            };
            db.Episodes.Add(episode);
            db.Findings.Add(finding);
            db.NarrativeSections.Add(section);
            db.Meetings.Add(teamMeeting);
            db.Conversations.Add(conversation);
            db.ConversationNotes.Add(new ConversationNotes
            {
                Id = Guid.NewGuid(),
                ConversationId = conversation.Id,
                ReviewId = ReviewId,
                Number = 1,
                Author = NotesAuthor.Interviewers,
                Sections = new() { ["overview"] = "Visited the family fortnightly since the birth.", ["at-the-time"] = "Heard of the strategy discussion from the GP." },
                WrittenByUserId = lead.Id,
                WrittenAt = now,
            });
            await db.SaveChangesAsync();
            items["private.episodeId"] = episode.Id.ToString();
            items["private.findingId"] = finding.Id.ToString();
            items["private.sectionId"] = section.Id.ToString();
            items["private.meetingId"] = teamMeeting.Id.ToString();
            items["B.conversationId"] = conversation.Id.ToString();
        }

        items["B.requestId"] = (await Factory.InformationRequestAsync(ReviewId, agencyB, bu.Id, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30))).ToString();
        var (importB, rowB) = await Factory.QuarantinedImportAsync(ReviewId, agencyB, bu.Id);
        items["B.importId"] = importB.ToString();
        items["B.rowId"] = rowB.ToString();
    }

    /// <summary>One review's items, named with <paramref name="prefix"/>: analysis (shared with the case group),
    /// chronologies from both agencies, evidence, setting-up records, the register of people and an upload of each kind.</summary>
    private async Task SeedReviewAsync(string prefix, Guid partnershipId, Guid reviewId, Guid agencyA, Guid businessUnitId, Guid participantUserId, Guid[] interviewers)
    {
        var chronology = await Factory.MergedChronologyAsync(partnershipId, reviewId, businessUnitId);
        var analysis = await Factory.AnalysisAsync(reviewId, agencyA, businessUnitId, chronology.SocialWorkerId, participantUserId, interviewers);
        var evidence = await Factory.EvidenceAsync(reviewId, agencyA, businessUnitId);
        var (importId, rowId) = await Factory.QuarantinedImportAsync(reviewId, agencyA, businessUnitId);
        var (peopleImportId, peopleRowId) = await Factory.QuarantinedPeopleImportAsync(reviewId, businessUnitId);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var action = await Factory.ActionAsync(partnershipId, reviewId, analysis.FindingId, agencyA, businessUnitId);
        var ids = new Dictionary<string, Guid>
        {
            ["actionId"] = action.ActionId,
            ["measureId"] = action.MeasureId,
            ["checkId"] = action.CheckId,
            ["episodeId"] = analysis.EpisodeId,
            ["findingId"] = analysis.FindingId,
            ["recommendationId"] = analysis.RecommendationId,
            ["challengeId"] = analysis.ChallengeId,
            ["conversationId"] = analysis.ConversationId,
            ["sectionId"] = analysis.SectionId,
            ["perspectiveId"] = analysis.PerspectiveId,
            ["discrepancyId"] = analysis.DiscrepancyId,
            ["meetingId"] = analysis.MeetingId,
            ["analysisItemId"] = analysis.EpisodeId,
            ["documentId"] = evidence.DocumentId,
            ["itemId"] = evidence.MaterialItemId,
            ["disclosureId"] = evidence.DisclosureId,
            ["processId"] = evidence.ProcessId,
            ["constraintId"] = evidence.ConstraintId,
            ["eventId"] = chronology.MergedEventId,
            ["entryId"] = chronology.PoliceVisitId,
            ["healthVisitorPersonId"] = chronology.HealthVisitorId,
            ["importId"] = importId,
            ["rowId"] = rowId,
            ["peopleImportId"] = peopleImportId,
            ["peopleRowId"] = peopleRowId,
            ["requestId"] = await Factory.InformationRequestAsync(reviewId, agencyA, businessUnitId, today.AddDays(-7), today.AddDays(14)),
            ["familyMemberId"] = await Factory.FamilyMemberAsync(reviewId, prefix.Length == 0 ? "Jordan Example" : "Riley Example", safetyConcerns: "Write only to her work address"),
            ["personId"] = await Factory.RegisterPersonAsync(reviewId, prefix.Length == 0 ? SubjectRealName : "Rowan Fictional", prefix.Length == 0 ? SubjectPseudonym : "Child R",
                PersonCategory.Subject, relationship: null, aliases: ["Quinnie"], dateOfBirth: new DateOnly(2023, 11, 2)),
            ["taskId"] = await Factory.TaskAsync(reviewId, Lantern.Core.SettingUp.TaskKind.Other, "Book a room for the scoping meeting", today.AddDays(5)),
            ["milestoneId"] = await Factory.MilestoneAsync(reviewId, "Terms of reference agreed", today.AddDays(20), businessUnitId),
        };
        foreach (var (name, id) in ids)
        {
            items[prefix + name] = id.ToString();
        }
    }

    private async Task<Person> Add(string persona, Guid partnershipId, Guid agencyId, PartnershipRoles roles, string name)
    {
        var person = await Factory.PersonAsync(partnershipId, agencyId, roles, name);
        personas[persona] = person;
        return person;
    }

    private async Task<Person> Member(string persona, Guid reviewId, ReviewRole role, Guid agencyId, string name, Person givenBy)
    {
        var person = await Add(persona, givenBy.PartnershipId, agencyId, PartnershipRoles.None, name);
        await Factory.GiveRoleAsync(reviewId, person, role, givenBy.Id);
        return person;
    }

    /// <summary>The persona, signed in once and kept for the whole class.</summary>
    public async Task<Browserless> BrowserAsync(string persona)
    {
        if (!browsers.TryGetValue(persona, out var browser))
        {
            browser = await Factory.SignInAsync(personas[persona]);
            browsers[persona] = browser;
        }

        return browser;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
