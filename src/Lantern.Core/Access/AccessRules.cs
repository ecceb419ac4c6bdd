using Lantern.Core.Organisation;
using Lantern.Core.Reviews;

namespace Lantern.Core.Access;

/// <summary>
/// Who may do what. Pure functions over the person, the partnership and their role on a review, so the whole
/// table can be tested exhaustively. The rules are deliberately narrow:
/// a person sees a review only through a role on it, or as the business unit or chair of its partnership;
/// an administrator manages accounts but sees no review content by that role; nothing crosses partnerships.
/// </summary>
public static class AccessRules
{
    private static readonly IReadOnlySet<ReviewPermission> None = new HashSet<ReviewPermission>();

    private static readonly Dictionary<ReviewRole, ReviewPermission[]> ByReviewRole = new()
    {
        [ReviewRole.LeadReviewer] =
        [
            ReviewPermission.View, ReviewPermission.ViewMembers, ReviewPermission.ViewSettingUp, ReviewPermission.ViewSubjectIdentity,
            ReviewPermission.ViewFamily, ReviewPermission.ViewInformationRequests, ReviewPermission.ViewInformation,
            ReviewPermission.EditInformation, ReviewPermission.SubmitChronology, ReviewPermission.ViewAnalysis, ReviewPermission.EditAnalysis,
            ReviewPermission.ViewSharedAnalysis, ReviewPermission.CommentOnAnalysis, ReviewPermission.ViewConversationNotes,
            ReviewPermission.ViewReport, ReviewPermission.WriteReport, ReviewPermission.ViewActions, ReviewPermission.ViewQuality,
            ReviewPermission.AssessQuality, ReviewPermission.ModerateQuality,
        ],
        [ReviewRole.ReviewTeamMember] =
        [
            ReviewPermission.View, ReviewPermission.ViewMembers, ReviewPermission.ViewSettingUp, ReviewPermission.ViewInformationRequests,
            ReviewPermission.ViewInformation, ReviewPermission.ViewAnalysis, ReviewPermission.EditAnalysis, ReviewPermission.ViewSharedAnalysis,
            ReviewPermission.CommentOnAnalysis, ReviewPermission.ViewConversationNotes, ReviewPermission.ViewReport, ReviewPermission.WriteReport,
            ReviewPermission.ViewActions, ReviewPermission.ViewQuality,
        ],
        [ReviewRole.CaseGroupMember] = [ReviewPermission.View, ReviewPermission.ViewSharedAnalysis, ReviewPermission.CommentOnAnalysis, ReviewPermission.ReadSharedDraft],
        [ReviewRole.AgencyContact] =
        [
            ReviewPermission.View, ReviewPermission.RespondToInformationRequest, ReviewPermission.SubmitChronology,
            ReviewPermission.ConfirmProfessionalsTold, ReviewPermission.ViewActions, ReviewPermission.UpdateActions,
        ],
        [ReviewRole.Observer] =
        [
            ReviewPermission.View, ReviewPermission.ViewMembers, ReviewPermission.ViewSettingUp, ReviewPermission.ViewInformationRequests,
            ReviewPermission.ViewInformation, ReviewPermission.ViewAnalysis, ReviewPermission.ViewSharedAnalysis,
            ReviewPermission.ViewReport, ReviewPermission.CommentOnReport, ReviewPermission.ViewActions, ReviewPermission.ViewQuality,
        ],
    };

    private static readonly Dictionary<PartnershipRoles, ReviewPermission[]> ByPartnershipRoleOnEveryReview = new()
    {
        [PartnershipRoles.BusinessUnit] =
        [
            ReviewPermission.View, ReviewPermission.ViewMembers, ReviewPermission.ManageMembers, ReviewPermission.EditDetails,
            ReviewPermission.ViewSettingUp, ReviewPermission.EditSettingUp, ReviewPermission.ViewSubjectIdentity,
            ReviewPermission.ViewFamily, ReviewPermission.EditFamily, ReviewPermission.ViewInformationRequests,
            ReviewPermission.ViewInformation, ReviewPermission.EditInformation, ReviewPermission.SubmitChronology,
            ReviewPermission.ViewRealIdentities, ReviewPermission.ViewAnalysis, ReviewPermission.EditAnalysis, ReviewPermission.ViewSharedAnalysis,
            ReviewPermission.CommentOnAnalysis, ReviewPermission.ViewConversationNotes, ReviewPermission.WithdrawReview,
            ReviewPermission.ViewReport, ReviewPermission.WriteReport, ReviewPermission.CommentOnReport, ReviewPermission.PublishReport,
            ReviewPermission.RecordBoardResponse, ReviewPermission.PlanPublication, ReviewPermission.ViewActions, ReviewPermission.ManageActions,
            ReviewPermission.UpdateActions, ReviewPermission.ViewQuality, ReviewPermission.AssessQuality, ReviewPermission.ModerateQuality,
        ],
        [PartnershipRoles.Chair] =
        [
            ReviewPermission.View, ReviewPermission.ViewMembers, ReviewPermission.ViewSettingUp, ReviewPermission.EditSettingUp,
            ReviewPermission.RecordDecision, ReviewPermission.ViewSubjectIdentity, ReviewPermission.ViewFamily, ReviewPermission.EditFamily,
            ReviewPermission.ViewInformationRequests, ReviewPermission.ViewInformation, ReviewPermission.ViewRealIdentities,
            ReviewPermission.ViewAnalysis, ReviewPermission.ViewSharedAnalysis, ReviewPermission.CommentOnAnalysis,
            ReviewPermission.WithdrawReview, ReviewPermission.ViewReport, ReviewPermission.CommentOnReport, ReviewPermission.AgreeReport,
            ReviewPermission.PublishReport, ReviewPermission.RecordBoardResponse, ReviewPermission.PlanPublication, ReviewPermission.ViewActions,
            ReviewPermission.ManageActions, ReviewPermission.UpdateActions, ReviewPermission.ViewQuality, ReviewPermission.ModerateQuality,
        ],
    };

    private static readonly Dictionary<PartnershipRoles, PartnershipPermission[]> ByPartnershipRole = new()
    {
        [PartnershipRoles.Administrator] =
        [
            PartnershipPermission.ManageUsers, PartnershipPermission.ManageAgencies,
            PartnershipPermission.ManageReviewTypes, PartnershipPermission.ViewAuditTrail,
            PartnershipPermission.VerifyAuditTrail, PartnershipPermission.ManageSettings, PartnershipPermission.ManageLetterTemplates,
            PartnershipPermission.ManageCodingSchemes,
        ],
        [PartnershipRoles.BusinessUnit] =
        [
            PartnershipPermission.CreateReview, PartnershipPermission.ViewAuditTrail, PartnershipPermission.ManageLetterTemplates,
            PartnershipPermission.ManageLearningPriorities, PartnershipPermission.ViewActionTracker, PartnershipPermission.ViewQualityGrid,
        ],
        [PartnershipRoles.Chair] = [PartnershipPermission.ViewActionTracker, PartnershipPermission.ViewQualityGrid, PartnershipPermission.ViewBoardPapers],
        [PartnershipRoles.Partner] = [PartnershipPermission.ViewActionTracker, PartnershipPermission.ViewQualityGrid, PartnershipPermission.ViewBoardPapers],
    };

    /// <summary>Everything <paramref name="actor"/> may do with a review of <paramref name="reviewPartnershipId"/>,
    /// given their role on it (null when they have none) and the review roles that may see real identities
    /// (<see cref="IdentityRoles.Default"/> unless the business unit has changed them).</summary>
    public static IReadOnlySet<ReviewPermission> ForReview(Actor actor, Guid reviewPartnershipId, ReviewRole? roleOnReview,
        IdentityRoles? identityRoles = null)
    {
        if (!actor.IsActive || actor.PartnershipId != reviewPartnershipId)
        {
            return None;
        }

        var granted = new HashSet<ReviewPermission>();
        foreach (var (role, permissions) in ByPartnershipRoleOnEveryReview)
        {
            if (actor.Has(role))
            {
                granted.UnionWith(permissions);
            }
        }

        // Board members read a report once it is presented to them, and nothing else of the review: kept out of the
        // table above so that it does not make them see every review in the list.
        if (actor.Has(PartnershipRoles.Partner))
        {
            granted.Add(ReviewPermission.ReadPresentedReport);
        }

        if (roleOnReview is { } reviewRole)
        {
            granted.UnionWith(ByReviewRole[reviewRole]);
            if ((identityRoles ?? IdentityRoles.Default).Includes(reviewRole))
            {
                granted.Add(ReviewPermission.ViewRealIdentities);
            }
        }

        return granted;
    }

    public static bool Can(Actor actor, Guid reviewPartnershipId, ReviewRole? roleOnReview, ReviewPermission permission,
        IdentityRoles? identityRoles = null) =>
        ForReview(actor, reviewPartnershipId, roleOnReview, identityRoles).Contains(permission);

    /// <summary>Whether the actor sees every review of their partnership without a role on each.</summary>
    public static bool SeesAllReviews(Actor actor) =>
        actor.IsActive && ByPartnershipRoleOnEveryReview.Keys.Any(actor.Has);

    public static bool Can(Actor actor, Guid partnershipId, PartnershipPermission permission)
    {
        if (!actor.IsActive || actor.PartnershipId != partnershipId)
        {
            return false;
        }

        // Anyone active in the partnership may open the review list (it shows only what they may see) and
        // refer a case: referrals come from any agency.
        if (permission is PartnershipPermission.ListReviews or PartnershipPermission.MakeReferral)
        {
            return true;
        }

        return ByPartnershipRole.Any(pair => actor.Has(pair.Key) && pair.Value.Contains(permission));
    }
}
