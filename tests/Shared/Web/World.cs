using Lantern.Core.Organisation;
using Lantern.Core.Reviews;
using Lantern.Data;

namespace Lantern.Testing.Web;

/// <summary>
/// A running Lantern with two partnerships. In the first, one person for each partnership role, one for each
/// role on review <see cref="ReviewId"/>, and one with no role at all. In the second, a business-unit user
/// and a review of their own: the first partnership must never see it, nor they the first's.
/// </summary>
public sealed class World : IAsyncLifetime
{
    public LanternFactory Factory { get; private set; } = null!;

    public Guid PartnershipId { get; private set; }
    public Guid AgencyId { get; private set; }
    public Guid ReviewTypeId { get; private set; }
    public Guid ReviewId { get; private set; }
    public Guid MemberId { get; private set; }
    public Guid TaskId { get; private set; }
    public Guid RequestId { get; private set; }
    public Guid MilestoneId { get; private set; }
    public Guid FamilyMemberId { get; private set; }
    public Guid LetterTemplateId { get; private set; }
    public Guid RegisteredPersonId { get; private set; }
    public string CodingSchemeKey { get; private set; } = string.Empty;
    public SeededChronology Chronology { get; private set; } = null!;
    public EvidenceIds Evidence { get; private set; } = null!;
    public AnalysisIds Analysis { get; private set; } = null!;
    public Guid SecondAgencyId { get; private set; }
    public Guid ChronologyImportId { get; private set; }
    public Guid ChronologyImportRowId { get; private set; }
    public Guid PeopleImportId { get; private set; }
    public Guid PeopleImportRowId { get; private set; }

    public Guid ReportVersionId { get; private set; }

    /// <summary>An action on the review owned by <see cref="AgencyId"/> (the agency contact's), with a measure and checks.</summary>
    public ActionIds Actions { get; private set; } = null!;

    public Person Administrator { get; private set; } = null!;
    public Person BusinessUnit { get; private set; } = null!;
    public Person Chair { get; private set; } = null!;
    public Person Partner { get; private set; } = null!;
    public Person NoRole { get; private set; } = null!;
    public IReadOnlyDictionary<ReviewRole, Person> OnReview { get; private set; } = null!;

    public Guid OtherPartnershipId { get; private set; }
    public Person OtherBusinessUnit { get; private set; } = null!;
    public Guid OtherReviewId { get; private set; }

    /// <summary>Settings for this world's Lantern, for tests that need their own.</summary>
    public IDictionary<string, string?>? Settings { get; init; }

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>Makes this world's Lantern from its database and settings: the in-memory test host unless a
    /// test needs another kind (the browser tests serve it on a real port).</summary>
    public Func<TestDatabase, IDictionary<string, string?>?, LanternFactory> CreateFactory { get; init; } =
        (database, settings) => new LanternFactory(database, settings);

    public async Task InitializeAsync()
    {
        Factory = CreateFactory(await TestDatabase.CreateAsync(Provider), Settings);
        Factory.StartServer();

        (PartnershipId, AgencyId, ReviewTypeId) = await Factory.PartnershipAsync("Testshire Safeguarding Partnership");
        Administrator = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.Administrator, "Ada Admin");
        BusinessUnit = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.BusinessUnit, "Bea Business");
        Chair = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.Chair, "Cal Chair");
        Partner = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.Partner, "Pat Partner");
        NoRole = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.None, "Nia Nobody");
        ReviewId = await Factory.ReviewAsync(PartnershipId, ReviewTypeId, BusinessUnit.Id, "Child Q");

        var onReview = new Dictionary<ReviewRole, Person>();
        foreach (var role in ReviewRoleNames.All)
        {
            var person = await Factory.PersonAsync(PartnershipId, AgencyId, PartnershipRoles.None, $"{role.DisplayName()} Person");
            var memberId = await Factory.GiveRoleAsync(ReviewId, person, role, BusinessUnit.Id);
            if (role == ReviewRole.CaseGroupMember)
            {
                MemberId = memberId;
            }

            onReview[role] = person;
        }

        OnReview = onReview;

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Factory.ReferralAsync(ReviewId, AgencyId, BusinessUnit.Id, today.AddDays(-3), ReviewTypeId);
        TaskId = await Factory.TaskAsync(ReviewId, Lantern.Core.SettingUp.TaskKind.Other, "Book a room for the scoping meeting", today.AddDays(5));
        RequestId = await Factory.InformationRequestAsync(ReviewId, AgencyId, BusinessUnit.Id, today, today.AddDays(5));
        await Factory.TermsAsync(ReviewId, AgencyId, BusinessUnit.Id);
        MilestoneId = await Factory.MilestoneAsync(ReviewId, "Terms of reference agreed", today.AddDays(20), BusinessUnit.Id);
        await Factory.HistoryAsync(ReviewId, Lantern.Core.SettingUp.HistoryKind.Referred, $"Referred by {BusinessUnit.Name}", BusinessUnit.Id, DateTime.UtcNow);
        FamilyMemberId = await Factory.FamilyMemberAsync(ReviewId, safetyConcerns: "Write only to her work address");
        LetterTemplateId = await Factory.LetterTemplatesAsync(PartnershipId);
        RegisteredPersonId = await Factory.RegisterPersonAsync(ReviewId);
        Chronology = await Factory.MergedChronologyAsync(PartnershipId, ReviewId, BusinessUnit.Id);
        Evidence = await Factory.EvidenceAsync(ReviewId, AgencyId, BusinessUnit.Id);
        Analysis = await Factory.AnalysisAsync(ReviewId, AgencyId, BusinessUnit.Id, Chronology.SocialWorkerId, OnReview[ReviewRole.CaseGroupMember].Id,
            [OnReview[ReviewRole.LeadReviewer].Id, OnReview[ReviewRole.ReviewTeamMember].Id]);
        CodingSchemeKey = await Factory.CodingSchemeAsync(PartnershipId, Administrator.Id);
        (SecondAgencyId, ChronologyImportId, ChronologyImportRowId) = await Factory.ChronologyWorldAsync(PartnershipId, ReviewId, AgencyId, BusinessUnit.Id);
        (PeopleImportId, PeopleImportRowId) = await Factory.QuarantinedPeopleImportAsync(ReviewId, BusinessUnit.Id);
        ReportVersionId = await Factory.ReportAsync(ReviewId, BusinessUnit.Id);
        Actions = await Factory.ActionAsync(PartnershipId, ReviewId, Analysis.FindingId, AgencyId, BusinessUnit.Id);

        Guid otherAgency, otherType;
        (OtherPartnershipId, otherAgency, otherType) = await Factory.PartnershipAsync("Otherford Safeguarding Partnership");
        OtherBusinessUnit = await Factory.PersonAsync(OtherPartnershipId, otherAgency, PartnershipRoles.BusinessUnit | PartnershipRoles.Administrator | PartnershipRoles.Chair, "Otto Other");
        OtherReviewId = await Factory.ReviewAsync(OtherPartnershipId, otherType, OtherBusinessUnit.Id, "Child Z");
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
