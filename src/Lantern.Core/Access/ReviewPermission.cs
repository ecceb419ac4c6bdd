namespace Lantern.Core.Access;

/// <summary>What someone may do with one review.</summary>
public enum ReviewPermission
{
    /// <summary>See the review's overview and that it exists.</summary>
    View,

    /// <summary>See who has which role on the review.</summary>
    ViewMembers,

    /// <summary>Give people roles on the review, change or remove them.</summary>
    ManageMembers,

    /// <summary>Change the working title, type and status.</summary>
    EditDetails,

    /// <summary>See how the review was set up: referral (without the subject's identity), notification,
    /// scoping, decision, Board, purpose, terms of reference, governance, plan, deadlines and history.</summary>
    ViewSettingUp,

    /// <summary>Record and change those setting-up records (everything but the decision).</summary>
    EditSettingUp,

    /// <summary>Record the decision whether to review, and revisit it.</summary>
    RecordDecision,

    /// <summary>See who the review is about: the subject's name, date of birth and other identifying details.</summary>
    ViewSubjectIdentity,

    /// <summary>See the family contact plan and correspondence.</summary>
    ViewFamily,

    /// <summary>Change the family contact plan, record correspondence and produce letters.</summary>
    EditFamily,

    /// <summary>See every agency's information request and what each returned.</summary>
    ViewInformationRequests,

    /// <summary>Answer the information requests made to one's own agency.</summary>
    RespondToInformationRequest,

    /// <summary>See the information the review has gathered: the people register (by pseudonym), the merged
    /// chronology and its views, documents, the index of material and parallel processes.</summary>
    ViewInformation,

    /// <summary>Keep that information: the people register, merges, documents, the index of material and
    /// parallel processes.</summary>
    EditInformation,

    /// <summary>Send an agency's chronology (agency contacts only for their own agency).</summary>
    SubmitChronology,

    /// <summary>See the real names, aliases, dates of birth and addresses behind the pseudonyms in the people register.
    /// The business unit and chair always may; which review roles may is set per review.</summary>
    ViewRealIdentities,

    /// <summary>See the whole analysis: key practice episodes, findings, recommendations, comments, challenges and
    /// the traceability view. Conversation notes need <see cref="ViewConversationNotes"/> as well.</summary>
    ViewAnalysis,

    /// <summary>Keep the analysis: add and change episodes, findings and recommendations, share items with the
    /// case group and record challenges.</summary>
    EditAnalysis,

    /// <summary>See the analysis items shared with the case group, and only those.</summary>
    ViewSharedAnalysis,

    /// <summary>Comment on analysis items one can see (case group members only on items shared with them).</summary>
    CommentOnAnalysis,

    /// <summary>Read every conversation's notes. A participant reads their own without this.</summary>
    ViewConversationNotes,

    /// <summary>Withdraw a review created in error or as a duplicate, with a reason: only the partnership's
    /// business unit and chair, who answer for its list of reviews.</summary>
    WithdrawReview,

    /// <summary>Read the report: every version, its sections, quality-assurance comments, drafts given to readers and
    /// every edition (the restricted one with real names included).</summary>
    ViewReport,

    /// <summary>Write the report: start versions, write sections, answer comments, give drafts to readers, resolve
    /// the disclosure-risk check and mark editions ready.</summary>
    WriteReport,

    /// <summary>Comment on the report's sections as a quality-assurance reader.</summary>
    CommentOnReport,

    /// <summary>Agree a version of the report, and mark an edition ready despite the disclosure-risk check, with a
    /// reason: the chair alone.</summary>
    AgreeReport,

    /// <summary>Record that an agreed version was presented to the Board, and that it was published.</summary>
    PublishReport,

    /// <summary>Read the restricted and published editions of a version once it has been presented to the Board
    /// (board members).</summary>
    ReadPresentedReport,

    /// <summary>Read a draft of the report the writers shared with the case group, and respond to it.</summary>
    ReadSharedDraft,

    /// <summary>Record the Board's written response to the report: its answer to each finding and each issue for the
    /// Board (the business unit and the chair, who write it up for the Board).</summary>
    RecordBoardResponse,

    /// <summary>Plan and record the report's publication: the national bodies sent it, the family told, the media
    /// plan, the publication itself (the business unit and the chair).</summary>
    PlanPublication,

    /// <summary>Confirm that one's own agency told and supported its staff involved in the case before publication
    /// (agency contacts, for their own agency only).</summary>
    ConfirmProfessionalsTold,

    /// <summary>See the review's improvement actions (agency contacts: their own agency's only).</summary>
    ViewActions,

    /// <summary>Raise improvement actions, set their owners and dates and their outcome measures, and cancel them.</summary>
    ManageActions,

    /// <summary>Report progress on an action: status, notes, evidence, outcome readings, follow-up checks (agency
    /// contacts: their own agency's actions only).</summary>
    UpdateActions,

    /// <summary>See the review's quality-marker self-assessment.</summary>
    ViewQuality,

    /// <summary>Answer the quality markers for the review (the business unit and the lead reviewer).</summary>
    AssessQuality,

    /// <summary>Moderate another person's answers to the quality markers as a second assessor.</summary>
    ModerateQuality,
}

/// <summary>What someone may do across their partnership.</summary>
public enum PartnershipPermission
{
    /// <summary>Open the list of reviews (which shows only reviews the person may view).</summary>
    ListReviews,

    CreateReview,
    ManageUsers,
    ManageAgencies,
    ManageReviewTypes,

    /// <summary>Filter the partnership's audit trail (by review too) and export one review's trail. The trail
    /// names reviews only by their working title, a pseudonym, and records only by id.</summary>
    ViewAuditTrail,

    /// <summary>Check the audit trail's hash chain.</summary>
    VerifyAuditTrail,

    /// <summary>Refer a case to the partnership, which starts a review.</summary>
    MakeReferral,

    /// <summary>Change the partnership's nation, referral expectation, deadline rules and bank holidays.</summary>
    ManageSettings,

    /// <summary>Edit the letter wordings the partnership sends to families.</summary>
    ManageLetterTemplates,

    /// <summary>Add coding schemes for contributory factors and patterns, publish new versions and retire them.</summary>
    ManageCodingSchemes,

    /// <summary>Keep the partnership's learning and improvement priorities, which the Board weighs its responses
    /// against (the business unit, who keep the partnership's learning and improvement framework).</summary>
    ManageLearningPriorities,

    /// <summary>See the partnership's action tracker across all its reviews (business unit, chair, board members).</summary>
    ViewActionTracker,

    /// <summary>See the partnership's quality-marker grid across its reviews (business unit, chair, board members).</summary>
    ViewQualityGrid,

    /// <summary>See the Board's own page: the reports presented to it, the answers still to give, and links to the
    /// action tracker and the marker grid (board members and the chair).</summary>
    ViewBoardPapers,
}
