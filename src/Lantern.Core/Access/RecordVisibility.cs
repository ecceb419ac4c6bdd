using Lantern.Core.Reviews;

namespace Lantern.Core.Access;

/// <summary>The kinds of record inside a review whose visibility is decided record by record.</summary>
public enum RecordKind
{
    // Analysis items the review team may share with the case group.
    Episode,
    Finding,
    NarrativeSection,

    /// <summary>An account in a narrative section: seen with its section (so shared with it).</summary>
    Perspective,

    /// <summary>Accounts that disagree in a narrative section: seen with their section (so shared with it).</summary>
    Discrepancy,

    // Working analysis: the review team's own.
    Recommendation,
    Challenge,

    /// <summary>Comments on analysis items: on shared items for the case group, on every item for the review team.</summary>
    Comment,

    /// <summary>Analysis meetings: all for the review team; for the case group, the case group meetings they are invited to.</summary>
    AnalysisMeeting,

    /// <summary>A conversation's arrangements (who, when, which interviewers).</summary>
    Conversation,

    /// <summary>What was said: the notes, their versions and the statements drawn from them.</summary>
    ConversationNotes,

    /// <summary>The information request made to an agency and its answer.</summary>
    InformationRequest,

    /// <summary>An agency's chronology: its submission, versions, held imports and event words.</summary>
    ChronologySubmission,

    /// <summary>The family contact plan, family members and correspondence.</summary>
    FamilyDetails,

    /// <summary>Who the review is about: the subject's name, date of birth and other identifying details.</summary>
    SubjectIdentity,

    /// <summary>The real names and details behind the pseudonyms in the people register.</summary>
    RealIdentities,
}

/// <summary>Which records of one kind a viewer may see (or change).</summary>
public enum RecordScope
{
    /// <summary>None at all: the records do not exist for this viewer.</summary>
    None,

    /// <summary>Only the viewer's own: the conversation they took part in, the meetings they are invited to.</summary>
    Own,

    /// <summary>Only those of the viewer's own agency.</summary>
    OwnAgency,

    /// <summary>Only the items shared with the case group (and what hangs off them, such as their comments).</summary>
    SharedOnly,

    /// <summary>Every record of the kind in the review.</summary>
    All,
}

/// <summary>The person looking at one review, as the record rules see them: who they are, which review, their
/// agency and what <see cref="AccessRules.ForReview"/> gives them on it.</summary>
public sealed record Viewer(Guid UserId, Guid ReviewId, Guid PartnershipId, Guid? AgencyId, IReadOnlySet<ReviewPermission> Permissions)
{
    /// <summary>The viewer for <paramref name="actor"/> on one review, from their role on it (null when none).</summary>
    public static Viewer For(Actor actor, Guid reviewId, Guid reviewPartnershipId, ReviewRole? roleOnReview, IdentityRoles? identityRoles = null) =>
        new(actor.UserId, reviewId, reviewPartnershipId, actor.AgencyId == Guid.Empty ? null : actor.AgencyId,
            AccessRules.ForReview(actor, reviewPartnershipId, roleOnReview, identityRoles));

    public bool Can(ReviewPermission permission) => Permissions.Contains(permission);

    /// <summary>The same person on the shared pages, which show what the case group sees whoever looks: the whole
    /// analysis is set aside, so only what is shared (and one's own) remains.</summary>
    public Viewer InSharedView() => this with
    {
        Permissions = Permissions.Where(p => p is not (ReviewPermission.ViewAnalysis or ReviewPermission.ViewConversationNotes)).ToHashSet(),
    };

    /// <summary>The same person on their own pages as a participant ("my conversations"), which show only the
    /// conversations they took part in whatever else they may see: the whole analysis and everyone's notes are set
    /// aside, so the rules give them their own to read, confirm or correct.</summary>
    public Viewer AsParticipant() => this with
    {
        Permissions = Permissions.Where(p => p is not (ReviewPermission.ViewAnalysis or ReviewPermission.ViewConversationNotes or ReviewPermission.EditAnalysis)).ToHashSet(),
    };

    /// <summary>Which records of <paramref name="kind"/> this viewer may see.</summary>
    public RecordScope Sees(RecordKind kind) => RecordVisibility.See(this, kind);

    /// <summary>Which records of <paramref name="kind"/> this viewer may change (or, for comments, add to).</summary>
    public RecordScope Changes(RecordKind kind) => RecordVisibility.Change(this, kind);
}

/// <summary>
/// Who may see and change which record inside a review: the one place this is decided. Pure functions of the
/// viewer's review permissions (<see cref="AccessRules"/>), so the whole table is tested exhaustively; queries
/// apply the answer through the <c>VisibleTo(viewer)</c> extensions in Lantern.Data, and only there: no page or
/// service narrows a scope to the records it covers by hand. Nobody without
/// <see cref="ReviewPermission.View"/> sees anything; a scope that needs an agency is None without one.
/// </summary>
public static class RecordVisibility
{
    public static RecordScope See(Viewer viewer, RecordKind kind)
    {
        if (!viewer.Can(ReviewPermission.View))
        {
            return RecordScope.None;
        }

        return kind switch
        {
            // Accounts and discrepancies go with their narrative section: shared with the case group when it is.
            RecordKind.Episode or RecordKind.Finding or RecordKind.NarrativeSection or RecordKind.Comment or
                RecordKind.Perspective or RecordKind.Discrepancy =>
                viewer.Can(ReviewPermission.ViewAnalysis) ? RecordScope.All
                : viewer.Can(ReviewPermission.ViewSharedAnalysis) ? RecordScope.SharedOnly
                : RecordScope.None,
            RecordKind.Recommendation or RecordKind.Challenge => Only(viewer, ReviewPermission.ViewAnalysis),
            RecordKind.AnalysisMeeting =>
                viewer.Can(ReviewPermission.ViewAnalysis) ? RecordScope.All
                : viewer.Can(ReviewPermission.ViewSharedAnalysis) ? RecordScope.Own
                : RecordScope.None,
            // Anyone on the review may be a participant: they see their own conversation, and nobody else's.
            RecordKind.Conversation => viewer.Can(ReviewPermission.ViewAnalysis) ? RecordScope.All : RecordScope.Own,
            RecordKind.ConversationNotes => viewer.Can(ReviewPermission.ViewConversationNotes) ? RecordScope.All : RecordScope.Own,
            RecordKind.InformationRequest =>
                viewer.Can(ReviewPermission.ViewInformationRequests) ? RecordScope.All
                : viewer.Can(ReviewPermission.RespondToInformationRequest) ? OwnAgency(viewer)
                : RecordScope.None,
            RecordKind.ChronologySubmission =>
                viewer.Can(ReviewPermission.ViewInformation) ? RecordScope.All : SubmitsFor(viewer),
            RecordKind.FamilyDetails => Only(viewer, ReviewPermission.ViewFamily),
            RecordKind.SubjectIdentity => Only(viewer, ReviewPermission.ViewSubjectIdentity),
            RecordKind.RealIdentities => Only(viewer, ReviewPermission.ViewRealIdentities),
            _ => RecordScope.None,
        };
    }

    public static RecordScope Change(Viewer viewer, RecordKind kind)
    {
        if (!viewer.Can(ReviewPermission.View))
        {
            return RecordScope.None;
        }

        return kind switch
        {
            RecordKind.Episode or RecordKind.Finding or RecordKind.NarrativeSection or RecordKind.Recommendation or
                RecordKind.Perspective or RecordKind.Discrepancy or RecordKind.Challenge or RecordKind.AnalysisMeeting or
                RecordKind.Conversation => Only(viewer, ReviewPermission.EditAnalysis),
            // A comment goes on an item one can see: every item for the review team, shared ones for the case group.
            RecordKind.Comment => viewer.Can(ReviewPermission.CommentOnAnalysis) ? See(viewer, RecordKind.Comment) : RecordScope.None,
            // A participant confirms or corrects the notes of their own conversation.
            RecordKind.ConversationNotes => viewer.Can(ReviewPermission.EditAnalysis) ? RecordScope.All : RecordScope.Own,
            RecordKind.InformationRequest =>
                viewer.Can(ReviewPermission.EditSettingUp) ? RecordScope.All
                : viewer.Can(ReviewPermission.RespondToInformationRequest) ? OwnAgency(viewer)
                : RecordScope.None,
            RecordKind.ChronologySubmission => SubmitsFor(viewer),
            RecordKind.FamilyDetails => Only(viewer, ReviewPermission.EditFamily),
            RecordKind.SubjectIdentity => viewer.Can(ReviewPermission.ViewSubjectIdentity) ? Only(viewer, ReviewPermission.EditSettingUp) : RecordScope.None,
            RecordKind.RealIdentities => viewer.Can(ReviewPermission.ViewRealIdentities) ? Only(viewer, ReviewPermission.EditInformation) : RecordScope.None,
            _ => RecordScope.None,
        };
    }

    // The business unit and lead reviewer send any agency's chronology; an agency contact only their own agency's.
    private static RecordScope SubmitsFor(Viewer viewer) =>
        !viewer.Can(ReviewPermission.SubmitChronology) ? RecordScope.None
        : viewer.Can(ReviewPermission.EditInformation) ? RecordScope.All
        : OwnAgency(viewer);

    private static RecordScope OwnAgency(Viewer viewer) => viewer.AgencyId is null ? RecordScope.None : RecordScope.OwnAgency;

    private static RecordScope Only(Viewer viewer, ReviewPermission permission) => viewer.Can(permission) ? RecordScope.All : RecordScope.None;
}
