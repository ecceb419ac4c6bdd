using Lantern.Web.Hosting.Scenarios;
using Lantern.Web.Pages.Admin.Users;

namespace Lantern.Web.Hosting;

/// <summary>
/// A clearly fictional training partnership, so a newcomer sees a real picture: agencies, people in each
/// kind of role and one review with its members. Nobody gets a password: each training account is activated
/// through its own one-time link, like any real account.
/// </summary>
public sealed partial class DemoData(LanternDbContext db, UserAdminService userAdmin, ScenarioBuilder scenarios, TimeProvider time, AuditRecorder recorder)
{
    public const string PartnershipName = "Northmoor Safeguarding Children Partnership (training)";
    public const string ReviewTitle = "Child N (training)";

    private static readonly (string Name, AgencyType Type)[] Agencies =
    [
        ("Northmoor Council Children's Services", AgencyType.ChildrensSocialCare),
        ("Northmoor Constabulary", AgencyType.Police),
        ("Northmoor Integrated Care Board", AgencyType.HealthIntegratedCareBoard),
        ("Northmoor Hospitals NHS Trust", AgencyType.HealthHospitalTrust),
        ("Northmoor Health Visiting Service", AgencyType.HealthHealthVisiting),
        ("Brookfield Primary School", AgencyType.Education),
        ("Independent reviewers", AgencyType.Other),
    ];

    private static readonly (string Name, string Email, int Agency, PartnershipRoles Roles, ReviewRole? OnReview, string Describe)[] People =
    [
        ("Alex Morgan", "alex.morgan@northmoor.example", 0, PartnershipRoles.Administrator, null, "administrator"),
        ("Priya Shah", "priya.shah@northmoor.example", 0, PartnershipRoles.BusinessUnit, null, "business unit"),
        ("Daniel Okafor", "daniel.okafor@northmoor.example", 0, PartnershipRoles.Chair, null, "chair"),
        ("Helen Brooks", "helen.brooks@northmoor.example", 1, PartnershipRoles.Partner, null, "partner"),
        ("Ruth Adeyemi", "ruth.adeyemi@northmoor.example", 6, PartnershipRoles.None, ReviewRole.LeadReviewer, "lead reviewer"),
        ("Tom Fielding", "tom.fielding@northmoor.example", 1, PartnershipRoles.None, ReviewRole.ReviewTeamMember, "review team member"),
        ("Grace Lin", "grace.lin@northmoor.example", 4, PartnershipRoles.None, ReviewRole.CaseGroupMember, "case group member"),
        ("Sam Carter", "sam.carter@northmoor.example", 5, PartnershipRoles.None, ReviewRole.AgencyContact, "agency contact"),
        ("Joan Pike", "joan.pike@northmoor.example", 2, PartnershipRoles.None, ReviewRole.Observer, "observer"),
    ];

    /// <summary>Loads the training partnership if it is not there yet, and issues a fresh one-time link for
    /// every training account not yet activated.</summary>
    public async Task<IReadOnlyList<(string Name, string Role, string Token)>> LoadAsync(CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.SingleOrDefaultAsync(p => p.Name == PartnershipName, cancellationToken)
                          ?? await CreateAsync(cancellationToken);

        var system = AuditActor.System with { PartnershipId = partnership.Id };
        var pending = await db.Users
            .Where(u => u.PartnershipId == partnership.Id && u.PasswordHash == null && !u.IsDisabled)
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(cancellationToken);

        var links = new List<(string, string, string)>();
        foreach (var person in pending)
        {
            var (result, invitation) = await userAdmin.ReissueInvitationAsync(partnership.Id, person.Id, system, cancellationToken);
            if (result.Succeeded && invitation is not null)
            {
                var role = People.FirstOrDefault(p => p.Email == person.Email).Describe ?? "training account";
                links.Add((person.DisplayName, role, invitation.Token));
            }
        }

        return links;
    }

    private async Task<Partnership> CreateAsync(CancellationToken cancellationToken)
    {
        // The analysis is written through the services, each saving on its own: one transaction keeps the load all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var partnership = new Partnership(Guid.NewGuid(), PartnershipName, now);
        var agencies = Agencies.Select(a => new Agency(Guid.NewGuid(), partnership.Id, a.Name, a.Type)).ToList();
        var types = ReviewType.CreateDefaults(partnership.Id).ToList();
        db.Partnerships.Add(partnership);
        db.Agencies.AddRange(agencies);
        db.ReviewTypes.AddRange(types);

        // The partnership's learning and improvement priorities, for the Board's answers to findings to name.
        var today = DateOnly.FromDateTime(now);
        db.LearningPriorities.AddRange(
            new Core.Board.LearningPriority { Id = Guid.NewGuid(), PartnershipId = partnership.Id, Title = "Seeing and hearing babies and very young children", From = today.AddMonths(-6), To = today.AddMonths(18), CreatedAt = now },
            new Core.Board.LearningPriority { Id = Guid.NewGuid(), PartnershipId = partnership.Id, Title = "Sharing information when families move between areas", From = today.AddMonths(-6), To = today.AddMonths(18), CreatedAt = now });

        var users = People.Select(p => new LanternUser
        {
            Id = Guid.NewGuid(),
            UserName = p.Email,
            Email = p.Email,
            NormalizedEmail = p.Email.ToUpperInvariant(),
            NormalizedUserName = p.Email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = p.Name,
            PartnershipId = partnership.Id,
            AgencyId = agencies[p.Agency].Id,
            PartnershipRoles = p.Roles,
            CreatedAt = now,
        }).ToList();
        db.Users.AddRange(users);

        var businessUnit = users[1];
        var lcspr = types.Single(t => t.Name == "Local child safeguarding practice review");
        var review = new Review(Guid.NewGuid(), partnership.Id, ReviewTitle, lcspr.Id, ReviewStatus.InProgress, now, businessUnit.Id);
        review.AssignOwner(businessUnit.Id);
        db.Reviews.Add(review);
        for (var i = 0; i < People.Length; i++)
        {
            if (People[i].OnReview is { } role)
            {
                db.ReviewMembers.Add(new ReviewMember(Guid.NewGuid(), review.Id, users[i].Id, role, now, businessUnit.Id));
            }
        }

        AddSettingUp(review, types.Single(t => t.Name == "Rapid review").Id, agencies, businessUnit.Id, users[2].Id, now);
        var (professionals, entries) = AddInformation(review, agencies, businessUnit.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        await AddAnalysisAsync(review, agencies, professionals, entries, users, now);

        recorder.AuditPartnership(AuditActor.System with { PartnershipId = partnership.Id },
            AuditActions.DemoDataLoaded, partnership.Id, "Partnership", partnership.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return partnership;
    }

    /// <summary>How the training review was set up: a referral some weeks ago, the panel told, the chair's
    /// decision, and the family and terms of reference still to do. Every name is invented.</summary>
    private void AddSettingUp(Review review, Guid rapidReviewTypeId, IReadOnlyList<Agency> agencies, Guid businessUnitId, Guid chairId, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        var aware = today.AddDays(-40);
        while (aware.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            aware = aware.AddDays(-1);
        }

        db.Referrals.Add(new Referral
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            SubjectKind = SubjectKind.Child,
            SubjectName = "Noah Example (training)",
            SubjectDateOfBirth = aware.AddMonths(-7),
            SubjectLegalStatus = LegalStatus.ChildInNeed,
            SubjectArea = "Northmoor East",
            IncidentDate = aware.AddDays(-1),
            Harm = HarmKind.SeriousHarm,
            Circumstances = "A baby was taken to hospital with a head injury that the parents could not explain.",
            AwareDate = aware,
            ReferredOn = aware,
            ReferringAgencyId = agencies[3].Id,
            ReferrerName = "Ward sister, Northmoor Hospitals (training)",
            ReferredByUserId = businessUnitId,
            OtherAgencyIds = [agencies[0].Id, agencies[4].Id],
            CriteriaRoute = CriteriaRoute.StatutoryCriteriaMet,
            Rationale = "Serious injury to a baby with neglect suspected; three agencies knew the family.",
            InitialReviewTypeId = rapidReviewTypeId,
            CreatedAt = now,
        });
        db.PanelNotifications.Add(new PanelNotification { Id = Guid.NewGuid(), ReviewId = review.Id, SentOn = aware.AddDays(2), Reference = "TRAINING-001", RecordedByUserId = businessUnitId, RecordedAt = now });

        // The rapid review, held and reported to the national panel in time, so its deadline reads as met.
        db.ScopingMeetings.Add(new ScopingMeeting
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            HeldOn = aware.AddDays(9),
            Attendees = "Priya Shah, business unit (chair of the meeting)\nNamed nurse for safeguarding, Northmoor Hospitals\nTeam manager, children's social care\nDetective sergeant, child abuse investigation team",
            ParticipantAgencyIds = [agencies[0].Id, agencies[3].Id, agencies[4].Id],
            Summary = "Three agencies knew of worries about the baby's care; none knew what the others knew before the injury.",
            Recommendation = ScopingRecommendation.HoldReview,
            RecommendationReasons = "The statutory criteria are met and there is learning about how worries were shared.",
            PanelReportSentOn = aware.AddDays(12),
            RecordedByUserId = businessUnitId,
            RecordedAt = now,
        });
        db.Decisions.Add(new Decision
        {
            Id = Guid.NewGuid(),
            ReviewId = review.Id,
            VersionNumber = 1,
            ToReview = true,
            ReviewTypeId = review.ReviewTypeId,
            Scale = ReviewScale.Focused,
            Method = ReviewMethod.LearningTogether,
            MethodJustification = "The partnership wants to understand why practice made sense at the time.",
            CriteriaAssessment = "Serious harm, neglect suspected, and the baby lived in Northmoor.",
            Rationale = "There is learning about how health visiting and children's services shared worries.",
            DecidedOn = aware.AddDays(14),
            RecordedByUserId = chairId,
            RecordedAt = now,
        });
        // The business unit's self-assessment so far (quality markers 1 and 2), one moderated by the chair, so the
        // partnership's marker grid has something to show.
        db.MarkerAssessments.AddRange(
            new Core.Quality.MarkerAssessment
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Marker = 1,
                Answer = Core.Quality.MarkerAnswer.Met,
                Comment = "Referred by the hospital the day it knew of the injury; the panel was told within two working days.",
                AssessedByUserId = businessUnitId,
                AssessedAt = now,
            },
            new Core.Quality.MarkerAssessment
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Marker = 2,
                Answer = Core.Quality.MarkerAnswer.PartlyMet,
                Comment = "The decision and its reasons are recorded, but nobody outside the business unit challenged them.",
                AssessedByUserId = businessUnitId,
                AssessedAt = now,
                ModeratedAnswer = Core.Quality.MarkerAnswer.Met,
                ModerationComment = "The rapid review meeting tested the decision; that counts as challenge.",
                ModeratedByUserId = chairId,
                ModeratedAt = now,
            });
        db.ReviewTasks.Add(new ReviewTask { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = TaskKind.InformFamily, Title = "Tell the family about the review before they hear of it elsewhere", DueOn = today.AddDays(3), CreatedAt = now });
        foreach (var (kind, summary, userId) in new[]
                 {
                     (HistoryKind.Referred, "Referred by Priya Shah", businessUnitId),
                     (HistoryKind.PanelNotified, "National panel notified (reference TRAINING-001)", businessUnitId),
                     (HistoryKind.ScopingMeetingHeld, "Rapid review recommended: hold a review", businessUnitId),
                     (HistoryKind.ScopingMeetingHeld, $"Rapid review report sent to the national panel on {aware.AddDays(12).LongDate()}", businessUnitId),
                     (HistoryKind.Decided, "Decided to hold a local child safeguarding practice review", chairId),
                 })
        {
            db.ReviewHistory.Add(new ReviewHistoryEntry { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = kind, Summary = summary, UserId = userId, OccurredAt = now });
        }
    }

    /// <summary>The start of an analysis, written through the services as the review team would: a period of the
    /// narrative with two accounts that differ, a key practice episode with its evidence, a proposed finding built on
    /// it, and a case group introduction already held.</summary>
    private async Task AddAnalysisAsync(Review review, IReadOnlyList<Agency> agencies, Person[] professionals, List<Guid> entries, List<LanternUser> users, DateTime now)
    {
        var (lead, team, caseGroup) = (users[4].Id, users[5].Id, users[6].Id);
        var incident = DateOnly.FromDateTime(now).AddDays(-41);
        var (socialWorker, healthVisitor) = (professionals[0], professionals[1]);
        var s = scenarios.For(review.Id, review.PartnershipId, lead);
        var section = await s.SectionAsync("The bruise and the strategy discussion", incident.AddDays(-60), incident.AddDays(-56),
            "A bruise on the baby's cheek led to a referral and a strategy discussion within four days. The agencies agreed a single-agency assessment.");
        var visitor = await s.PerspectiveAsync(section, healthVisitor.Id, agencies[4].Id,
            "Thought the bruise needed a second opinion and said so in the referral. Expected a medical examination to be arranged at the strategy discussion.");
        var worker = await s.PerspectiveAsync(section, socialWorker.Id, agencies[0].Id,
            "Understood from the discussion that the bruise had a likely explanation and that health were not worried enough to ask for an examination.");
        await s.ShareAsync(AnalysisItemKind.NarrativeSection, section);
        await s.LinkAsync(AnalysisItemKind.Perspective, visitor, EvidenceKind.ChronologyEntry, entries[2]);
        await s.LinkAsync(AnalysisItemKind.Perspective, visitor, EvidenceKind.ChronologyEntry, entries[5]);
        await s.LinkAsync(AnalysisItemKind.Perspective, worker, EvidenceKind.ChronologyEntry, entries[3]);
        var discrepancy = await s.DiscrepancyAsync(section, "Whether anyone at the strategy discussion asked for a medical examination of the bruise.", visitor, worker);
        await s.ExploreAsync(discrepancy, DiscrepancyStatus.Exploring);

        var episode = await s.As(team).EpisodeAsync(new EpisodeText("Strategy discussion about the bruise", [agencies[0].Id, agencies[1].Id, agencies[4].Id],
            "Police, children's services and health visiting discussed the bruise by phone over two days and agreed a single-agency assessment.", incident.AddDays(-57), incident.AddDays(-56))
        {
            KnownThen = "A bruise on a baby who could not yet move about, a history of missed appointments, and an explanation from the mother.",
            Appraisal = PracticeAppraisal.Mixed,
            AppraisalReasons = "The discussion was quick and included all three agencies, but nobody owned the decision about a medical examination.",
            Explanation = "Each agency assumed another would ask for the examination if it was needed; the phone format left no shared record of the decision.",
        });
        await s.LinkAsync(AnalysisItemKind.Episode, episode, EvidenceKind.ChronologyEntry, entries[3], "The record of the decision");
        await s.FindingAsync(new FindingText("When strategy discussions are held by phone, nobody is clearly responsible for asking for a medical examination",
            "The three agencies left the discussion with different understandings about the examination.")
        {
            Issues = ["How does the Board know who decides on a medical examination when agencies meet by phone?"],
            EpisodeIds = [episode],
        });
        await s.MeetingAsync(MeetingKind.CaseGroupIntroduction, DateOnly.FromDateTime(now).AddDays(-3), new TimeOnly(10, 0), "Northmoor civic centre, room 4 (training)",
            "How the review works and what it is not\nThe story so far\nWhat we would like from the case group", [lead, team, caseGroup],
            "The group read the first period of the narrative and said it was fair. The health visitor's and social worker's memories of the strategy discussion differ.",
            "Share the first narrative section for comment\nExplore the discrepancy about the medical examination in conversations");
    }
}
