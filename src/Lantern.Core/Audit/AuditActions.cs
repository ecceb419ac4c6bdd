namespace Lantern.Core.Audit;

/// <summary>
/// Every kind of audit event Lantern records. docs/audit-events.md describes each one; a test keeps the two
/// in step.
/// </summary>
public static partial class AuditActions
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
}
