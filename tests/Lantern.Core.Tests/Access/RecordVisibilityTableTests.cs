using Lantern.Core.Access;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;

namespace Lantern.Core.Tests.Access;

/// <summary>
/// Who may see and change which record inside a review, checked for every persona and every kind of record
/// against the table below, written as the specification: change a rule and this table must change with it.
/// Each cell is "see/change"; Shared = only items shared with the case group, Own = the viewer's own (their
/// conversation, the meetings they are invited to), Agency = their own agency's.
/// </summary>
public sealed class RecordVisibilityTableTests
{
    private const string Table = """
        kind                 | BusinessUnit | Chair       | LeadReviewer | ReviewTeamMember | CaseGroupMember | AgencyContact  | Observer  | Administrator | OtherPartnership | Disabled
        Episode              | All/All      | All/None    | All/All      | All/All          | Shared/None     | None/None      | All/None  | None/None     | None/None        | None/None
        Finding              | All/All      | All/None    | All/All      | All/All          | Shared/None     | None/None      | All/None  | None/None     | None/None        | None/None
        NarrativeSection     | All/All      | All/None    | All/All      | All/All          | Shared/None     | None/None      | All/None  | None/None     | None/None        | None/None
        Recommendation       | All/All      | All/None    | All/All      | All/All          | None/None       | None/None      | All/None  | None/None     | None/None        | None/None
        Perspective          | All/All      | All/None    | All/All      | All/All          | Shared/None     | None/None      | All/None  | None/None     | None/None        | None/None
        Discrepancy          | All/All      | All/None    | All/All      | All/All          | Shared/None     | None/None      | All/None  | None/None     | None/None        | None/None
        Challenge            | All/All      | All/None    | All/All      | All/All          | None/None       | None/None      | All/None  | None/None     | None/None        | None/None
        Comment              | All/All      | All/All     | All/All      | All/All          | Shared/Shared   | None/None      | All/None  | None/None     | None/None        | None/None
        AnalysisMeeting      | All/All      | All/None    | All/All      | All/All          | Own/None        | None/None      | All/None  | None/None     | None/None        | None/None
        Conversation         | All/All      | All/None    | All/All      | All/All          | Own/None        | Own/None       | All/None  | None/None     | None/None        | None/None
        ConversationNotes    | All/All      | Own/Own     | All/All      | All/All          | Own/Own         | Own/Own        | Own/Own   | None/None     | None/None        | None/None
        InformationRequest   | All/All      | All/All     | All/None     | All/None         | None/None       | Agency/Agency  | All/None  | None/None     | None/None        | None/None
        ChronologySubmission | All/All      | All/None    | All/All      | All/None         | None/None       | Agency/Agency  | All/None  | None/None     | None/None        | None/None
        FamilyDetails        | All/All      | All/All     | All/None     | None/None        | None/None       | None/None      | None/None | None/None     | None/None        | None/None
        SubjectIdentity      | All/All      | All/All     | All/None     | None/None        | None/None       | None/None      | None/None | None/None     | None/None        | None/None
        RealIdentities       | All/All      | All/None    | All/All      | None/None        | None/None       | None/None      | None/None | None/None     | None/None        | None/None
        """;

    private static readonly Guid Home = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Elsewhere = Guid.Parse("22222222-2222-2222-2222-222222222222");
    private static readonly Guid ReviewId = Guid.Parse("33333333-3333-3333-3333-333333333333");

    /// <summary>Each persona: their partnership roles, their role on the review, whether the review is in their
    /// partnership and whether their account is active. The review keeps the default identity setting.</summary>
    private static readonly Dictionary<string, (PartnershipRoles Roles, ReviewRole? Role, bool SamePartnership, bool Active)> Personas = new()
    {
        ["BusinessUnit"] = (PartnershipRoles.BusinessUnit, null, true, true),
        ["Chair"] = (PartnershipRoles.Chair, null, true, true),
        ["LeadReviewer"] = (PartnershipRoles.Partner, ReviewRole.LeadReviewer, true, true),
        ["ReviewTeamMember"] = (PartnershipRoles.Partner, ReviewRole.ReviewTeamMember, true, true),
        ["CaseGroupMember"] = (PartnershipRoles.Partner, ReviewRole.CaseGroupMember, true, true),
        ["AgencyContact"] = (PartnershipRoles.Partner, ReviewRole.AgencyContact, true, true),
        ["Observer"] = (PartnershipRoles.Partner, ReviewRole.Observer, true, true),
        ["Administrator"] = (PartnershipRoles.Administrator, null, true, true),
        ["OtherPartnership"] = (PartnershipRoles.BusinessUnit, ReviewRole.LeadReviewer, false, true),
        ["Disabled"] = (PartnershipRoles.BusinessUnit, ReviewRole.LeadReviewer, true, false),
    };

    public static IEnumerable<object[]> Cells() =>
        from kind in Enum.GetValues<RecordKind>()
        from persona in Personas.Keys
        select new object[] { persona, kind };

    [Theory]
    [MemberData(nameof(Cells))]
    public void SeeAndChange_EveryPersonaAndKind_MatchTheTable(string persona, RecordKind kind)
    {
        var expected = Parse()[kind.ToString()][persona].Split('/');
        var viewer = ViewerFor(persona);

        Assert.True(Scope(expected[0]) == viewer.Sees(kind), $"{persona} sees {kind}: expected {expected[0]}, got {viewer.Sees(kind)}");
        Assert.True(Scope(expected[1]) == viewer.Changes(kind), $"{persona} changes {kind}: expected {expected[1]}, got {viewer.Changes(kind)}");
    }

    [Fact]
    public void Table_CoversEveryKindAndPersona_NothingIsLeftImplicit()
    {
        var table = Parse();
        Assert.Equal(Enum.GetNames<RecordKind>().Order(), table.Keys.Order());
        Assert.All(table.Values, row => Assert.Equal(Personas.Keys.Order(), row.Keys.Order()));
    }

    [Fact]
    public void Change_NeverReachesFurtherThanSee()
    {
        foreach (var persona in Personas.Keys)
        {
            var viewer = ViewerFor(persona);
            foreach (var kind in Enum.GetValues<RecordKind>())
            {
                var (see, change) = (viewer.Sees(kind), viewer.Changes(kind));
                Assert.True(change == RecordScope.None || see == RecordScope.All || change == see, $"{persona} may change {kind} records ({change}) they may not see ({see})");
            }
        }
    }

    [Fact]
    public void AgencyContactWithoutAnAgency_SeesNoAgencysRecords()
    {
        var actor = new Actor(Guid.NewGuid(), Home, Guid.Empty, PartnershipRoles.Partner, true);
        var viewer = Viewer.For(actor, ReviewId, Home, ReviewRole.AgencyContact);

        Assert.Null(viewer.AgencyId);
        Assert.Equal(RecordScope.None, viewer.Sees(RecordKind.InformationRequest));
        Assert.Equal(RecordScope.None, viewer.Sees(RecordKind.ChronologySubmission));
        Assert.Equal(RecordScope.None, viewer.Changes(RecordKind.ChronologySubmission));
    }

    [Fact]
    public void RealIdentities_FollowTheReviewsSetting()
    {
        var member = new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), PartnershipRoles.Partner, true);

        Assert.Equal(RecordScope.None, Viewer.For(member, ReviewId, Home, ReviewRole.Observer).Sees(RecordKind.RealIdentities));
        Assert.Equal(RecordScope.All, Viewer.For(member, ReviewId, Home, ReviewRole.Observer, IdentityRoles.Of(ReviewRole.Observer)).Sees(RecordKind.RealIdentities));
    }

    [Theory]
    [InlineData("BusinessUnit")]
    [InlineData("LeadReviewer")]
    [InlineData("CaseGroupMember")]
    [InlineData("Observer")]
    public void InSharedView_ShowsOnlyWhatIsShared_WhoeverLooks(string persona)
    {
        var shared = ViewerFor(persona).InSharedView();

        Assert.Equal(RecordScope.SharedOnly, shared.Sees(RecordKind.Episode));
        Assert.Equal(RecordScope.SharedOnly, shared.Sees(RecordKind.Finding));
        Assert.Equal(RecordScope.SharedOnly, shared.Sees(RecordKind.Comment));
        Assert.Equal(RecordScope.None, shared.Sees(RecordKind.Recommendation));
        Assert.Equal(RecordScope.Own, shared.Sees(RecordKind.AnalysisMeeting));
        Assert.Equal(RecordScope.Own, shared.Sees(RecordKind.ConversationNotes));
    }

    [Theory]
    [InlineData("BusinessUnit")]
    [InlineData("LeadReviewer")]
    [InlineData("CaseGroupMember")]
    [InlineData("Observer")]
    public void AsParticipant_SeesOnlyTheirOwnConversations_WhoeverLooks(string persona)
    {
        var participant = ViewerFor(persona).AsParticipant();

        Assert.Equal(RecordScope.Own, participant.Sees(RecordKind.Conversation));
        Assert.Equal(RecordScope.Own, participant.Sees(RecordKind.ConversationNotes));
        Assert.Equal(RecordScope.Own, participant.Changes(RecordKind.ConversationNotes));
    }

    private static Viewer ViewerFor(string persona)
    {
        var (roles, role, same, active) = Personas[persona];
        var actor = new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), roles, active);
        return Viewer.For(actor, ReviewId, same ? Home : Elsewhere, role);
    }

    private static RecordScope Scope(string cell) => cell switch
    {
        "All" => RecordScope.All,
        "Shared" => RecordScope.SharedOnly,
        "Own" => RecordScope.Own,
        "Agency" => RecordScope.OwnAgency,
        "None" => RecordScope.None,
        _ => throw new ArgumentException($"Unknown cell {cell}"),
    };

    private static Dictionary<string, Dictionary<string, string>> Parse()
    {
        var lines = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split('|', StringSplitOptions.TrimEntries);
        return lines.Skip(1)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[0], cells => header.Skip(1).Zip(cells.Skip(1)).ToDictionary(p => p.First, p => p.Second));
    }
}
