namespace Lantern.Core.Audit;

/// <summary>
/// Every kind of audit event Lantern records. docs/audit-events.md describes each one; a test keeps the two
/// in step.
/// </summary>
public static class AuditActions
{
    // First run and demonstration data
    public const string SetupLinkIssued = "setup.link-issued";
    public const string SetupCompleted = "setup.completed";
    public const string DemoDataLoaded = "demo.loaded";

    // Signing in and the person's own account
    public const string SignedIn = "account.signed-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string TwoFactorFailed = "account.two-factor-failed";
    public const string RecoveryCodeUsed = "account.recovery-code-used";
    public const string AuthenticatorSetUp = "account.authenticator-set-up";
    public const string RecoveryCodesIssued = "account.recovery-codes-issued";
    public const string InvitationAccepted = "account.invitation-accepted";
    public const string SignedOut = "account.signed-out";
    public const string SignedOutEverywhere = "account.signed-out-everywhere";
    public const string PasswordChanged = "account.password-changed";
    public const string PasswordChangeFailed = "account.password-change-failed";
    public const string PasswordResetCompleted = "account.password-reset-completed";

    // Administration of users, agencies and review types
    public const string UserInvited = "user.invited";
    public const string InvitationReissued = "user.invitation-reissued";
    public const string UserChanged = "user.changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string TwoFactorReset = "user.two-factor-reset";
    public const string PasswordReset = "user.password-reset";
    public const string AgencyCreated = "agency.created";
    public const string AgencyChanged = "agency.changed";
    public const string ReviewTypeCreated = "review-type.created";
    public const string ReviewTypeChanged = "review-type.changed";

    // Reviews
    public const string ReviewListViewed = "review.list-viewed";
    public const string ReviewCreated = "review.created";
    public const string ReviewViewed = "review.viewed";
    public const string ReviewDetailsChanged = "review.details-changed";
    public const string ReviewMembersViewed = "review.members-viewed";
    public const string ReviewMemberAdded = "review.member-added";
    public const string ReviewMemberChanged = "review.member-changed";
    public const string ReviewMemberRemoved = "review.member-removed";
    public const string ReviewWithdrawn = "review.withdrawn";
    public const string AccessRefused = "access.refused";

    // Setting up a review
    public const string SettingUpViewed = "setting-up.viewed";
    public const string ReferralMade = "referral.made";
    public const string ReferralViewed = "referral.viewed";
    public const string SubjectIdentityViewed = "referral.subject-viewed";
    public const string PanelNotified = "notification.recorded";
    public const string InformationRequested = "information-request.sent";
    public const string InformationReturned = "information-request.returned";
    public const string ScopingMeetingRecorded = "scoping-meeting.recorded";
    public const string RapidReviewReportSent = "rapid-review.report-sent";
    public const string PublicationDatePlanned = "plan.publication-date-set";
    public const string DecisionRecorded = "decision.recorded";
    public const string BoardInformed = "board.informed";
    public const string BoardAcknowledged = "board.acknowledged";
    public const string FamilyViewed = "family.viewed";
    public const string InformationViewed = "information.viewed";
    public const string PeopleViewed = "people.viewed";
    public const string PersonViewed = "person.viewed";
    public const string PersonAdded = "person.added";
    public const string PersonChanged = "person.changed";
    public const string PersonAliasAdded = "person.alias-added";
    public const string UnmatchedNamesViewed = "people.unmatched-names-viewed";
    public const string IdentitiesViewed = "people.identities-viewed";
    public const string PersonIdentityViewed = "person.identity-viewed";
    public const string IdentityAccessChanged = "identity-access.changed";
    public const string PeopleImportViewed = "people-import.viewed";
    public const string PeopleUploaded = "people-import.uploaded";
    public const string PeopleColumnsMapped = "people-import.columns-mapped";
    public const string PeopleRowFixed = "people-import.row-fixed";
    public const string PeopleRowExcluded = "people-import.row-excluded";
    public const string PeopleImported = "people-import.applied";
    public const string PeopleImportDiscarded = "people-import.discarded";

    // The merged multi-agency chronology
    public const string ChronologyViewed = "chronology.viewed";
    public const string ChronologyDuplicatesViewed = "chronology.duplicates-viewed";
    public const string ChronologyTimelineViewed = "chronology.timeline-viewed";
    public const string ChronologyKnownAtTimeViewed = "chronology.known-at-time-viewed";
    public const string ChronologyMeetingsViewed = "chronology.meetings-viewed";
    public const string ChronologyExported = "chronology.exported";
    public const string ChronologyMerged = "chronology.merged";
    public const string ChronologyMergeRejected = "chronology.merge-rejected";
    public const string ChronologyMergeUndone = "chronology.merge-undone";
    public const string AttendanceRecorded = "chronology.attendance-recorded";
    public const string AttendanceImported = "chronology.attendance-imported";
    public const string ChronologyMergedEventsJoined = "chronology.merged-events-joined";
    public const string ChronologyMergedEntryAdded = "chronology.merged-entry-added";
    public const string ChronologyMergedEntryRemoved = "chronology.merged-entry-removed";

    // Evidence: documents, the index of material and parallel processes
    public const string DocumentsViewed = "documents.viewed";
    public const string DocumentUploaded = "document.uploaded";
    public const string DocumentViewed = "document.viewed";
    public const string DocumentDownloaded = "document.downloaded";
    public const string DocumentChanged = "document.changed";
    public const string MaterialViewed = "material.viewed";
    public const string MaterialAdded = "material.added";
    public const string MaterialChanged = "material.changed";
    public const string MaterialExported = "material.exported";
    public const string DisclosureRecorded = "disclosure.recorded";
    public const string DisclosureDecided = "disclosure.decided";
    public const string ProcessesViewed = "processes.viewed";
    public const string ProcessAdded = "process.added";
    public const string ProcessChanged = "process.changed";
    public const string ConstraintAdded = "constraint.added";
    public const string ConstraintLifted = "constraint.lifted";
    public const string LiaisonRecorded = "liaison.recorded";

    // Agencies' chronologies
    public const string ChronologySubmissionsViewed = "chronology.submissions-viewed";
    public const string ChronologyUploaded = "chronology.uploaded";
    public const string ChronologyColumnsMapped = "chronology.columns-mapped";
    public const string ChronologyRowFixed = "chronology.row-fixed";
    public const string ChronologyRowExcluded = "chronology.row-excluded";
    public const string ChronologyApplied = "chronology.applied";
    public const string ChronologyDiscarded = "chronology.discarded";
    public const string ChronologyEntryAdded = "chronology.entry-added";
    public const string ChronologyEventWordsMapped = "chronology.event-words-mapped";
    public const string ChronologyEventWordsUnmapped = "chronology.event-words-unmapped";
    public const string FamilyMemberAdded = "family-member.added";
    public const string FamilyMemberChanged = "family-member.changed";
    public const string CorrespondenceRecorded = "correspondence.recorded";
    public const string LetterProduced = "letter.produced";
    public const string PurposeRecorded = "purpose.recorded";
    public const string TermsVersioned = "terms.versioned";
    public const string TermsAgreed = "terms.agreed";
    public const string TermsExported = "terms.exported";
    public const string GovernanceVersioned = "governance.versioned";
    public const string MilestoneChanged = "milestone.changed";
    public const string DelayRecorded = "delay.recorded";
    public const string BudgetChanged = "budget.changed";
    public const string TaskCompleted = "task.completed";
    public const string DashboardViewed = "dashboard.viewed";
    public const string DashboardExported = "dashboard.exported";

    // Analysis: episodes, findings, recommendations and working together on them
    public const string AnalysisViewed = "analysis.viewed";
    public const string SharedAnalysisViewed = "analysis.shared-viewed";
    public const string EpisodeAdded = "episode.added";
    public const string EpisodeChanged = "episode.changed";
    public const string EpisodeCoded = "episode.coded";
    public const string EpisodeStatusChanged = "episode.status-changed";
    public const string FindingAdded = "finding.added";
    public const string FindingChanged = "finding.changed";
    public const string FindingStatusChanged = "finding.status-changed";
    public const string RecommendationAdded = "recommendation.added";
    public const string RecommendationChanged = "recommendation.changed";
    public const string EvidenceLinked = "evidence.linked";
    public const string EvidenceUnlinked = "evidence.unlinked";
    public const string AnalysisShared = "analysis.shared";
    public const string AnalysisUnshared = "analysis.unshared";
    public const string AnalysisCommented = "analysis.commented";
    public const string ChallengeRaised = "challenge.raised";
    public const string ChallengeAnswered = "challenge.answered";
    public const string AnalysisExported = "analysis.exported";
    public const string ConversationsViewed = "conversations.viewed";
    public const string ConversationArranged = "conversation.arranged";
    public const string ConversationNotesViewed = "conversation.notes-viewed";
    public const string ConversationNotesWritten = "conversation.notes-written";
    public const string ConversationSentToParticipant = "conversation.sent-to-participant";
    public const string ConversationConfirmed = "conversation.confirmed";
    public const string ConversationCorrected = "conversation.corrected";
    public const string ConversationFeedbackGiven = "conversation.feedback-given";
    public const string NarrativeSectionAdded = "narrative.section-added";
    public const string NarrativeSectionChanged = "narrative.section-changed";
    public const string NarrativeSectionStatusChanged = "narrative.section-status-changed";
    public const string PerspectiveAdded = "narrative.perspective-added";
    public const string PerspectiveChanged = "narrative.perspective-changed";
    public const string DiscrepancyRecorded = "narrative.discrepancy-recorded";
    public const string DiscrepancyExplored = "narrative.discrepancy-explored";
    public const string MeetingArranged = "meeting.arranged";
    public const string MeetingRecorded = "meeting.recorded";
    public const string HindsightRecorded = "analysis.hindsight-recorded";
    public const string AnalysisItemWithdrawn = "analysis.item-withdrawn";

    // Partnership settings
    public const string PartnershipSettingsChanged = "partnership.settings-changed";
    public const string DeadlineRuleChanged = "deadline-rule.changed";
    public const string HolidayChanged = "holiday.changed";
    public const string LetterTemplateChanged = "letter-template.changed";
    public const string CodingSchemeAdded = "coding-scheme.added";
    public const string CodingSchemeVersionPublished = "coding-scheme.version-published";
    public const string CodingSchemeRetired = "coding-scheme.retired";

    // The audit trail itself
    public const string AuditTrailViewed = "audit.viewed";
    public const string AuditTrailExported = "audit.exported";
    public const string AuditTrailVerified = "audit.verified";

    /// <summary>What happened, in words for the audit trail page.</summary>
    public static string Describe(string action) => action switch
    {
        SetupLinkIssued => "Setup link printed",
        SetupCompleted => "First administrator created",
        DemoDataLoaded => "Training data loaded",
        SignedIn => "Signed in",
        SignInFailed => "Sign-in refused: wrong email or password",
        LockedOut => "Account locked after wrong attempts",
        TwoFactorFailed => "Wrong authenticator or recovery code",
        RecoveryCodeUsed => "Signed in with a recovery code",
        AuthenticatorSetUp => "Authenticator app set up",
        RecoveryCodesIssued => "New recovery codes issued",
        InvitationAccepted => "Invitation accepted, password chosen",
        SignedOut => "Signed out",
        SignedOutEverywhere => "Signed out on all devices",
        PasswordChanged => "Password changed; other sessions ended",
        PasswordChangeFailed => "Password not changed: current password wrong",
        PasswordResetCompleted => "New password chosen through a reset link",
        UserInvited => "Person invited",
        InvitationReissued => "New invitation link issued",
        UserChanged => "Account details changed",
        UserDisabled => "Account disabled",
        UserEnabled => "Account enabled",
        TwoFactorReset => "Authenticator reset",
        PasswordReset => "Password reset; link issued and sessions ended",
        AgencyCreated => "Agency added",
        AgencyChanged => "Agency changed",
        ReviewTypeCreated => "Type of review added",
        ReviewTypeChanged => "Type of review changed",
        ReviewListViewed => "Viewed the list of reviews",
        ReviewCreated => "Review created",
        ReviewViewed => "Viewed a review",
        ReviewDetailsChanged => "Review details changed",
        ReviewMembersViewed => "Viewed a review's members",
        ReviewMemberAdded => "Role given on a review",
        ReviewMemberChanged => "Role on a review changed",
        ReviewMemberRemoved => "Role on a review removed",
        ReviewWithdrawn => "Review withdrawn",
        AccessRefused => "Access refused",
        AuditTrailViewed => "Viewed the audit trail",
        AuditTrailExported => "Downloaded a review's audit trail",
        AuditTrailVerified => "Checked the audit trail",
        SettingUpViewed => "Viewed how a review was set up",
        ReferralMade => "Referral made",
        ReferralViewed => "Viewed a referral",
        SubjectIdentityViewed => "Viewed who a review is about",
        PanelNotified => "National panel notification recorded",
        InformationRequested => "Information requested from an agency",
        InformationReturned => "Information returned by an agency",
        ScopingMeetingRecorded => "Rapid review recorded",
        RapidReviewReportSent => "Rapid review report sent to the national panel",
        PublicationDatePlanned => "Planned publication date set",
        DecisionRecorded => "Decision recorded",
        BoardInformed => "Board told of a decision",
        BoardAcknowledged => "Board member's acknowledgement recorded",
        FamilyViewed => "Viewed the family contact plan",
        InformationViewed => "Viewed what a review has gathered (people by pseudonym, chronology, documents, processes)",
        PeopleViewed => "Viewed the people register by pseudonym",
        PersonViewed => "Viewed one person in the people register by pseudonym",
        PersonAdded => "Added a person to the people register",
        PersonChanged => "Changed a person's details or pseudonym",
        PersonAliasAdded => "Added a name found in the chronologies as another name of a person",
        UnmatchedNamesViewed => "Viewed the names in the chronologies that match nobody in the people register",
        IdentitiesViewed => "Showed the real names behind the pseudonyms in the people register",
        PersonIdentityViewed => "Showed one person's real identity (name, other names, date of birth)",
        IdentityAccessChanged => "Changed which review roles can see real identities",
        PeopleImportViewed => "Opened an upload of people for the register (it shows real names), its form or template",
        PeopleUploaded => "File of people uploaded for the register",
        PeopleColumnsMapped => "Columns of an uploaded file of people matched",
        PeopleRowFixed => "Row of an uploaded file of people corrected",
        PeopleRowExcluded => "Row of an uploaded file of people left out, with a reason",
        PeopleImported => "People from an uploaded file added to the register, in one transaction",
        PeopleImportDiscarded => "Uploaded file of people discarded",
        ChronologyViewed => "Viewed the multi-agency chronology, an entry or a merged event",
        ChronologyDuplicatesViewed => "Viewed the likely duplicates in the chronology",
        ChronologyTimelineViewed => "Viewed the chronology's timeline picture",
        ChronologyKnownAtTimeViewed => "Viewed what one agency knew at a date",
        ChronologyMeetingsViewed => "Viewed meeting continuity",
        ChronologyExported => "Downloaded the chronology (CSV or Word)",
        ChronologyMerged => "Chronology entries merged as one event",
        ChronologyMergeRejected => "Chronology entries marked as not the same event",
        ChronologyMergeUndone => "Merged event undone; its entries freed",
        AttendanceRecorded => "Attendance register of a meeting changed",
        AttendanceImported => "Attendance of meetings imported from a file",
        ChronologyMergedEventsJoined => "Two merged events joined into one; the other is closed",
        ChronologyMergedEntryAdded => "Entry added to a merged event",
        ChronologyMergedEntryRemoved => "Entry taken out of a merged event",
        DocumentsViewed => "Viewed the list of a review's documents",
        DocumentUploaded => "Document uploaded",
        DocumentViewed => "Viewed a document's details",
        DocumentDownloaded => "Document downloaded",
        DocumentChanged => "Document's details changed",
        AnalysisViewed => "Viewed the analysis: episodes, findings, recommendations, the challenge log or the traceability view",
        SharedAnalysisViewed => "Viewed the analysis items shared with the case group",
        EpisodeAdded => "Key practice episode added",
        EpisodeChanged => "Key practice episode changed",
        EpisodeCoded => "Contributory factors of an episode coded",
        EpisodeStatusChanged => "Status of a key practice episode changed",
        FindingAdded => "Finding added",
        FindingChanged => "Finding changed",
        FindingStatusChanged => "Status of a finding changed",
        RecommendationAdded => "Recommendation added",
        RecommendationChanged => "Recommendation changed",
        EvidenceLinked => "Evidence linked to an analysis item",
        EvidenceUnlinked => "Evidence link removed from an analysis item",
        AnalysisShared => "Analysis item shared with the case group",
        AnalysisUnshared => "Analysis item no longer shared with the case group",
        AnalysisCommented => "Comment added to an analysis item",
        ChallengeRaised => "Challenge to an analysis item raised",
        ChallengeAnswered => "Response to a challenge recorded",
        AnalysisExported => "Working papers of the analysis downloaded as a Word document",
        ConversationsViewed => "Viewed the list of conversations with practitioners",
        ConversationArranged => "Conversation with a practitioner arranged",
        ConversationNotesViewed => "Viewed the notes of a conversation",
        ConversationNotesWritten => "Notes of a conversation saved as a new version",
        ConversationSentToParticipant => "Notes of a conversation sent to the participant to check",
        ConversationConfirmed => "Participant confirmed the notes of their conversation",
        ConversationCorrected => "Participant suggested corrections to the notes of their conversation",
        ConversationFeedbackGiven => "Participant gave anonymous feedback on taking part (the answers are not linked to them)",
        NarrativeSectionAdded => "Section of the practitioners' narrative added",
        NarrativeSectionChanged => "Section of the practitioners' narrative changed",
        NarrativeSectionStatusChanged => "Status of a section of the practitioners' narrative changed",
        PerspectiveAdded => "Someone's account added to a section of the narrative",
        PerspectiveChanged => "Someone's account in the narrative changed",
        DiscrepancyRecorded => "Discrepancy between accounts in the narrative recorded",
        DiscrepancyExplored => "What exploring a discrepancy found, or how far it has got, recorded",
        MeetingArranged => "Review team or case group meeting arranged",
        MeetingRecorded => "Meeting's arrangements, attendance, notes or decisions saved",
        HindsightRecorded => "Record of the techniques used against hindsight and outcome bias saved",
        AnalysisItemWithdrawn => "Analysis item withdrawn as made in error, with the reason (kept in the records, left out of lists and the working papers)",
        MaterialViewed => "Viewed the index of material",
        MaterialAdded => "Item added to the index of material",
        MaterialChanged => "Item in the index of material changed",
        MaterialExported => "Index of material downloaded",
        DisclosureRecorded => "Disclosure request recorded",
        DisclosureDecided => "Disclosure decision recorded",
        ProcessesViewed => "Viewed the parallel processes",
        ProcessAdded => "Parallel process added",
        ProcessChanged => "Parallel process changed",
        ConstraintAdded => "Constraint from a parallel process added",
        ConstraintLifted => "Constraint from a parallel process lifted",
        LiaisonRecorded => "Liaison with a parallel process recorded",
        ChronologySubmissionsViewed => "Viewed agencies' chronology submissions, a version or an upload waiting to be applied",
        ChronologyUploaded => "Chronology file uploaded",
        ChronologyColumnsMapped => "Columns of an uploaded chronology matched",
        ChronologyRowFixed => "Row of an uploaded chronology corrected",
        ChronologyRowExcluded => "Row of an uploaded chronology left out, with a reason",
        ChronologyApplied => "Chronology applied as a new version",
        ChronologyDiscarded => "Uploaded chronology discarded",
        ChronologyEntryAdded => "Chronology entry added by hand as a new version",
        ChronologyEventWordsMapped => "An agency's own words for events mapped to a Lantern event type",
        ChronologyEventWordsUnmapped => "A mapping of an agency's words to an event type removed",
        FamilyMemberAdded => "Family member added to the contact plan",
        FamilyMemberChanged => "Family contact plan changed",
        CorrespondenceRecorded => "Contact with the family recorded",
        LetterProduced => "Letter to the family produced",
        PurposeRecorded => "Purpose of the review recorded",
        TermsVersioned => "Terms of reference saved as a new version",
        TermsAgreed => "Terms of reference agreed",
        TermsExported => "Terms of reference downloaded",
        GovernanceVersioned => "Governance saved as a new version",
        MilestoneChanged => "Plan changed",
        DelayRecorded => "Delay recorded",
        BudgetChanged => "Budget changed",
        TaskCompleted => "Task marked as done",
        DashboardViewed => "Viewed the dashboard",
        DashboardExported => "Downloaded the dashboard",
        PartnershipSettingsChanged => "Partnership settings changed",
        DeadlineRuleChanged => "Deadline rule changed",
        HolidayChanged => "Bank holiday change recorded",
        LetterTemplateChanged => "Letter wording changed",
        CodingSchemeAdded => "Coding scheme added",
        CodingSchemeVersionPublished => "New version of a coding scheme published",
        CodingSchemeRetired => "Coding scheme retired",
        _ => action,
    };

    public static IReadOnlyList<string> All { get; } = typeof(AuditActions)
        .GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();
}
