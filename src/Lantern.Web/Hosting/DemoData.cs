using Lantern.Core.Audit;
using Lantern.Core.Information;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Core.SettingUp;
using Lantern.Data;
using Lantern.Web.Pages.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace Lantern.Web.Hosting;

/// <summary>
/// A clearly fictional training partnership, so a newcomer sees a real picture: agencies, people in each
/// kind of role and one review with its members. Nobody gets a password: each training account is activated
/// through its own one-time link, like any real account.
/// </summary>
public sealed class DemoData(LanternDbContext db, UserAdminService userAdmin, TimeProvider time)
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
        var now = time.GetUtcNow().UtcDateTime;
        var partnership = new Partnership(Guid.NewGuid(), PartnershipName, now);
        var agencies = Agencies.Select(a => new Agency(Guid.NewGuid(), partnership.Id, a.Name, a.Type)).ToList();
        var types = ReviewType.CreateDefaults(partnership.Id).ToList();
        db.Partnerships.Add(partnership);
        db.Agencies.AddRange(agencies);
        db.ReviewTypes.AddRange(types);

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
        AddInformation(review, agencies, businessUnit.Id, now);

        db.Audit(new AuditEvent(Guid.NewGuid(), now, AuditActor.System with { PartnershipId = partnership.Id },
            AuditActions.DemoDataLoaded, new AuditSubject("Partnership", partnership.Id, PartnershipId: partnership.Id)));
        await db.SaveChangesAsync(cancellationToken);
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
        db.ReviewTasks.Add(new ReviewTask { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = TaskKind.InformFamily, Title = "Tell the family about the review before they hear of it elsewhere", DueOn = today.AddDays(3), CreatedAt = now });
        foreach (var (kind, summary, userId) in new[]
                 {
                     (HistoryKind.Referred, "Referred by Priya Shah", businessUnitId),
                     (HistoryKind.PanelNotified, "National panel notified (reference TRAINING-001)", businessUnitId),
                     (HistoryKind.Decided, "Decided to hold a local child safeguarding practice review", chairId),
                 })
        {
            db.ReviewHistory.Add(new ReviewHistoryEntry { Id = Guid.NewGuid(), ReviewId = review.Id, Kind = kind, Summary = summary, UserId = userId, OccurredAt = now });
        }
    }

    /// <summary>The people register and three agencies' chronologies, which record the same strategy
    /// discussion with different dates and attendees. Every name is invented.</summary>
    private void AddInformation(Review review, IReadOnlyList<Agency> agencies, Guid businessUnitId, DateTime now)
    {
        var incident = DateOnly.FromDateTime(now).AddDays(-41);
        Person Add(PersonCategory category, string name, string pseudonym, string? relationship = null, int? agency = null, string? role = null, params string[] aliases)
        {
            var person = new Person
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                Category = category,
                RealName = name,
                Aliases = [.. aliases],
                Relationship = relationship,
                AgencyId = agency is { } a ? agencies[a].Id : null,
                ProfessionalRole = role,
                Pseudonym = pseudonym,
                CreatedAt = now,
            };
            db.People.Add(person);
            return person;
        }

        var child = Add(PersonCategory.Subject, "Noah Example (training)", "Child N", aliases: ["Noah"]);
        var mother = Add(PersonCategory.FamilyOrHousehold, "Leah Example (training)", "Mother", "Mother", aliases: ["Leah", "Lea Example"]);
        var partner = Add(PersonCategory.FamilyOrHousehold, "Kyle Sample (training)", "Mother's partner", "Mother's partner", aliases: ["Kyle", "Kyle Sampel"]);
        var socialWorker = Add(PersonCategory.Professional, "Imran Testwell (training)", "Social worker 1", agency: 0, role: "Social worker", aliases: ["Imran Testwell"]);
        var healthVisitor = Add(PersonCategory.Professional, "Beth Demo (training)", "Health visitor 1", agency: 4, role: "Health visitor", aliases: ["Beth Demo"]);
        var officer = Add(PersonCategory.Professional, "Marcus Trial (training)", "Police officer 1", agency: 1, role: "Detective constable", aliases: ["DC Trial"]);

        var merged = new MergedEvent { Id = Guid.NewGuid(), ReviewId = review.Id, ConfirmedByUserId = businessUnitId, ConfirmedAt = now, Note = "Police and health recorded different dates." };
        db.MergedEvents.Add(merged);
        var rows = new (int Agency, int DaysBefore, string Type, string Text, Person[] People, bool Shared)[]
        {
            (4, 120, "Home visit", "New birth visit. Mother and baby seen at home; Mother's partner present.", [child, mother, partner, healthVisitor], false),
            (4, 60, "Home visit", "Visit as planned. Bruise noticed on baby's cheek; Mother said it came from a toy.", [child, mother, healthVisitor], false),
            (0, 58, "Referral", "Referral received from health visiting about a bruise on a non-mobile baby.", [child, socialWorker], false),
            (0, 56, "Strategy discussion", "Strategy discussion with police and health. Agreed a single-agency assessment.", [socialWorker, officer, healthVisitor], true),
            (1, 57, "Strategy discussion", "Strategy discussion held by phone with children's services.", [officer, socialWorker], true),
            (4, 56, "Strategy discussion", "Attended the strategy discussion; shared the history of missed appointments.", [healthVisitor, socialWorker, officer], true),
            (1, 30, "Police call-out", "Neighbour reported shouting at the address. Officers attended; no children seen.", [mother, partner, officer], false),
            (0, 10, "Assessment", "Assessment closed with advice about safe sleeping and crying babies.", [child, mother, socialWorker], false),
            (3, 1, "Hospital attendance", "Baby brought to the emergency department with a head injury.", [child, mother, partner], false),
        };
        var versions = new Dictionary<int, SubmissionVersion>();
        foreach (var agency in rows.Select(r => r.Agency).Distinct())
        {
            var submission = new ChronologySubmission { Id = Guid.NewGuid(), ReviewId = review.Id, AgencyId = agencies[agency].Id, CurrentVersion = 1, CreatedAt = now };
            var count = rows.Count(r => r.Agency == agency);
            versions[agency] = new SubmissionVersion
            {
                Id = Guid.NewGuid(),
                SubmissionId = submission.Id,
                ReviewId = review.Id,
                Number = 1,
                Source = SubmissionSource.Form,
                RowCount = count,
                RowsAdded = count,
                AppliedByUserId = businessUnitId,
                AppliedAt = now,
            };
            db.ChronologySubmissions.Add(submission);
            db.SubmissionVersions.Add(versions[agency]);
        }

        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var entry = new ChronologyEntry
            {
                Id = Guid.NewGuid(),
                ReviewId = review.Id,
                AgencyId = agencies[row.Agency].Id,
                SubmissionVersionId = versions[row.Agency].Id,
                LineageId = Guid.NewGuid(),
                IsCurrent = true,
                RowNumber = i + 1,
                Date = incident.AddDays(-row.DaysBefore),
                Precision = DatePrecision.Day,
                EventType = row.Type,
                Description = row.Text,
                AuthorRole = "Practitioner (training)",
                SourceReference = $"TRAIN-{i + 1:000}",
                MergedEventId = row.Shared ? merged.Id : null,
            };
            db.ChronologyEntries.Add(entry);
            foreach (var person in row.People)
            {
                db.EntryPeople.Add(new EntryPerson { EntryId = entry.Id, PersonId = person.Id, ReviewId = review.Id });
            }
        }
    }
}
