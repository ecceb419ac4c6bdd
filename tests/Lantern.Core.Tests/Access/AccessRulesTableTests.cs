using Lantern.Core.Access;
using Lantern.Core.Organisation;
using Lantern.Core.Reviews;

namespace Lantern.Core.Tests.Access;

/// <summary>
/// The access rules, checked against every combination of partnership roles, review role, partnership and
/// account state. The expected answers come from the tables below, written independently of the code as
/// the specification: change a rule and this table must change with it.
/// </summary>
public sealed class AccessRulesTableTests
{
    // Which source grants which review permission. A person's permissions are the union of the columns
    // that apply to them; Administrator grants nothing on reviews, and Partner (a board member) only reading a report
    // once it is presented to the Board.
    private const string ReviewTable = """
        permission                  | BusinessUnit | Chair | LeadReviewer | ReviewTeamMember | CaseGroupMember | AgencyContact | Observer | Partner
        View                        | Y            | Y     | Y            | Y                | Y               | Y             | Y        | -
        ViewMembers                 | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        ManageMembers               | Y            | -     | -            | -                | -               | -             | -        | -
        EditDetails                 | Y            | -     | -            | -                | -               | -             | -        | -
        ViewSettingUp               | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        EditSettingUp               | Y            | Y     | -            | -                | -               | -             | -        | -
        RecordDecision              | -            | Y     | -            | -                | -               | -             | -        | -
        ViewSubjectIdentity         | Y            | Y     | Y            | -                | -               | -             | -        | -
        ViewFamily                  | Y            | Y     | Y            | -                | -               | -             | -        | -
        EditFamily                  | Y            | Y     | -            | -                | -               | -             | -        | -
        ViewInformationRequests     | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        RespondToInformationRequest | -            | -     | -            | -                | -               | Y             | -        | -
        ViewInformation             | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        EditInformation             | Y            | -     | Y            | -                | -               | -             | -        | -
        SubmitChronology            | Y            | -     | Y            | -                | -               | Y             | -        | -
        ViewRealIdentities          | Y            | Y     | Y            | -                | -               | -             | -        | -
        ViewAnalysis                | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        EditAnalysis                | Y            | -     | Y            | Y                | -               | -             | -        | -
        ViewSharedAnalysis          | Y            | Y     | Y            | Y                | Y               | -             | Y        | -
        CommentOnAnalysis           | Y            | Y     | Y            | Y                | Y               | -             | -        | -
        ViewConversationNotes       | Y            | -     | Y            | Y                | -               | -             | -        | -
        WithdrawReview              | Y            | Y     | -            | -                | -               | -             | -        | -
        ViewReport                  | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        WriteReport                 | Y            | -     | Y            | Y                | -               | -             | -        | -
        CommentOnReport             | Y            | Y     | -            | -                | -               | -             | Y        | -
        AgreeReport                 | -            | Y     | -            | -                | -               | -             | -        | -
        PublishReport               | Y            | Y     | -            | -                | -               | -             | -        | -
        ReadPresentedReport         | -            | -     | -            | -                | -               | -             | -        | Y
        ReadSharedDraft             | -            | -     | -            | -                | Y               | -             | -        | -
        RecordBoardResponse         | Y            | Y     | -            | -                | -               | -             | -        | -
        PlanPublication             | Y            | Y     | -            | -                | -               | -             | -        | -
        ConfirmProfessionalsTold    | -            | -     | -            | -                | -               | Y             | -        | -
        ViewActions                 | Y            | Y     | Y            | Y                | -               | Y             | Y        | -
        ManageActions               | Y            | Y     | -            | -                | -               | -             | -        | -
        UpdateActions               | Y            | Y     | -            | -                | -               | Y             | -        | -
        ViewQuality                 | Y            | Y     | Y            | Y                | -               | -             | Y        | -
        AssessQuality               | Y            | -     | Y            | -                | -               | -             | -        | -
        ModerateQuality             | Y            | Y     | Y            | -                | -               | -             | -        | -
        """;

    // Which partnership role grants which partnership-wide permission. "Anyone" applies to every active
    // person in the partnership, whatever their roles.
    private const string PartnershipTable = """
        permission            | Anyone | Administrator | BusinessUnit | Chair | Partner
        ListReviews        | Y      | Y             | Y            | Y     | Y
        CreateReview       | -      | -             | Y            | -     | -
        ManageUsers        | -      | Y             | -            | -     | -
        ManageAgencies     | -      | Y             | -            | -     | -
        ManageReviewTypes  | -      | Y             | -            | -     | -
        ViewAuditTrail     | -      | Y             | Y            | -     | -
        VerifyAuditTrail   | -      | Y             | -            | -     | -
        MakeReferral       | Y      | Y             | Y            | Y     | Y
        ManageSettings     | -      | Y             | -            | -     | -
        ManageLetterTemplates | -   | Y             | Y            | -     | -
        ManageCodingSchemes | -     | Y             | -            | -     | -
        ManageLearningPriorities | - | -             | Y            | -     | -
        ViewActionTracker  | -      | -             | Y            | Y     | Y
        ViewQualityGrid    | -      | -             | Y            | Y     | Y
        ViewBoardPapers    | -      | -             | -            | Y     | Y
        """;

    private static readonly Guid Home = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid Elsewhere = Guid.Parse("22222222-2222-2222-2222-222222222222");

    public static IEnumerable<object[]> RoleCombinations() =>
        Enumerable.Range(0, 16).Select(bits => new object[] { (PartnershipRoles)bits });

    [Theory]
    [MemberData(nameof(RoleCombinations))]
    public void ForReview_EveryCombination_MatchesTheTable(PartnershipRoles roles)
    {
        var table = Parse(ReviewTable);
        foreach (ReviewRole? reviewRole in new ReviewRole?[] { null }.Concat(ReviewRoleNames.All.Select(r => (ReviewRole?)r)))
        {
            foreach (var reviewPartnership in new[] { Home, Elsewhere })
            {
                foreach (var active in new[] { true, false })
                {
                    var actor = new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), roles, active);
                    foreach (var permission in Enum.GetValues<ReviewPermission>())
                    {
                        var sources = PartnershipRoleNames.All.Where(r => roles.HasFlag(r)).Select(r => r.ToString()).ToList();
                        if (reviewRole is { } rr)
                        {
                            sources.Add(rr.ToString());
                        }

                        var expected = active && reviewPartnership == Home &&
                                       sources.Any(s => table[permission.ToString()].GetValueOrDefault(s));
                        var actual = AccessRules.Can(actor, reviewPartnership, reviewRole, permission);
                        Assert.True(expected == actual,
                            $"{permission} for roles [{roles}], review role {reviewRole?.ToString() ?? "none"}, " +
                            $"{(reviewPartnership == Home ? "same" : "other")} partnership, {(active ? "active" : "disabled")}: expected {expected}, got {actual}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(RoleCombinations))]
    public void ForPartnership_EveryCombination_MatchesTheTable(PartnershipRoles roles)
    {
        var table = Parse(PartnershipTable);
        foreach (var partnership in new[] { Home, Elsewhere })
        {
            foreach (var active in new[] { true, false })
            {
                var actor = new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), roles, active);
                foreach (var permission in Enum.GetValues<PartnershipPermission>())
                {
                    var row = table[permission.ToString()];
                    var expected = active && partnership == Home &&
                                   (row["Anyone"] || PartnershipRoleNames.All.Any(r => roles.HasFlag(r) && row[r.ToString()]));
                    Assert.True(expected == AccessRules.Can(actor, partnership, permission),
                        $"{permission} for roles [{roles}] in the {(partnership == Home ? "same" : "other")} partnership, {(active ? "active" : "disabled")}");
                }
            }
        }
    }

    [Fact]
    public void Tables_CoverEveryPermissionAndRole_NothingIsLeftImplicit()
    {
        var review = Parse(ReviewTable);
        Assert.Equal(Enum.GetNames<ReviewPermission>().Order(), review.Keys.Order());
        Assert.All(ReviewRoleNames.All, role => Assert.True(review["View"].ContainsKey(role.ToString()), $"{role} has no column"));

        var partnership = Parse(PartnershipTable);
        Assert.Equal(Enum.GetNames<PartnershipPermission>().Order(), partnership.Keys.Order());
        Assert.All(PartnershipRoleNames.All, role => Assert.True(partnership["ListReviews"].ContainsKey(role.ToString()), $"{role} has no column"));
    }

    [Fact]
    public void SeesAllReviews_OnlyBusinessUnitAndChair_AreGivenEveryReview()
    {
        foreach (var (roles, expected) in RoleCombinations().Select(o => (PartnershipRoles)o[0])
                     .Select(r => (r, r.HasFlag(PartnershipRoles.BusinessUnit) || r.HasFlag(PartnershipRoles.Chair))))
        {
            Assert.Equal(expected, AccessRules.SeesAllReviews(new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), roles, true)));
            Assert.False(AccessRules.SeesAllReviews(new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), roles, false)));
        }
    }

    [Theory]
    [InlineData(ReviewRole.ReviewTeamMember)]
    [InlineData(ReviewRole.CaseGroupMember)]
    [InlineData(ReviewRole.AgencyContact)]
    [InlineData(ReviewRole.Observer)]
    public void ViewRealIdentities_FollowsTheReviewsSetting_ForReviewRoles(ReviewRole role)
    {
        var member = new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), PartnershipRoles.None, true);
        var allowed = IdentityRoles.Of(ReviewRole.LeadReviewer, role);
        var leadOnly = IdentityRoles.Of();

        Assert.False(AccessRules.Can(member, Home, role, ReviewPermission.ViewRealIdentities));
        Assert.True(AccessRules.Can(member, Home, role, ReviewPermission.ViewRealIdentities, allowed));
        Assert.False(AccessRules.Can(member, Elsewhere, role, ReviewPermission.ViewRealIdentities, allowed));
        Assert.False(AccessRules.Can(member, Home, ReviewRole.LeadReviewer, ReviewPermission.ViewRealIdentities, leadOnly));
        Assert.Equal([ReviewRole.LeadReviewer, role], allowed.Roles);
    }

    [Fact]
    public void ViewRealIdentities_BusinessUnitAndChair_AlwaysSee_WhateverTheSetting()
    {
        var none = IdentityRoles.Of();
        Assert.True(AccessRules.Can(new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), PartnershipRoles.BusinessUnit, true), Home, null, ReviewPermission.ViewRealIdentities, none));
        Assert.True(AccessRules.Can(new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), PartnershipRoles.Chair, true), Home, null, ReviewPermission.ViewRealIdentities, none));
        Assert.False(AccessRules.Can(new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), PartnershipRoles.Partner, true), Home, null, ReviewPermission.ViewRealIdentities, IdentityRoles.Of(ReviewRoleNames.All)));
    }

    [Fact]
    public void ForReview_AdministratorWithoutRole_SeesNothing()
    {
        var administrator = new Actor(Guid.NewGuid(), Home, Guid.NewGuid(), PartnershipRoles.Administrator, true);

        var granted = AccessRules.ForReview(administrator, Home, null);

        Assert.Empty(granted);
    }

    private static Dictionary<string, Dictionary<string, bool>> Parse(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split('|', StringSplitOptions.TrimEntries);
        return lines.Skip(1)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[0], cells => header.Skip(1).Zip(cells.Skip(1)).ToDictionary(p => p.First, p => p.Second == "Y"));
    }
}
