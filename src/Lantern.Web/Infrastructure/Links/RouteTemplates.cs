namespace Lantern.Web.Infrastructure.Links;

/// <summary>
/// The route of every page about a review, one constant per page. Each is both the page's only route (applied by
/// <see cref="PageRouteConvention"/> through <see cref="PageRouteTable"/>) and the pattern <see cref="Link"/> fills, so
/// changing a route here changes the page and every link to it.
/// </summary>
public static class RouteTemplates
{
    // Reviews
    public const string NewReview = "/reviews/new";
    public const string Review = "/reviews/{reviewId:guid}";
    public const string ReviewDetails = "/reviews/{reviewId:guid}/details";
    public const string Members = "/reviews/{reviewId:guid}/members";
    public const string AddMember = "/reviews/{reviewId:guid}/members/add";
    public const string ChangeMember = "/reviews/{reviewId:guid}/members/{memberId:guid}/change";
    public const string RemoveMember = "/reviews/{reviewId:guid}/members/{memberId:guid}/remove";
    public const string WithdrawReview = "/reviews/{reviewId:guid}/withdraw";

    // SettingUp
    public const string AgencyRequests = "/reviews/{reviewId:guid}/information-requests/{requestId:guid?}";
    public const string SettingUp = "/reviews/{reviewId:guid}/setting-up";
    public const string Board = "/reviews/{reviewId:guid}/setting-up/board";
    public const string Decision = "/reviews/{reviewId:guid}/setting-up/decision";
    public const string Family = "/reviews/{reviewId:guid}/setting-up/family";
    public const string AddFamilyMember = "/reviews/{reviewId:guid}/setting-up/family/add";
    public const string RecordFamilyContact = "/reviews/{reviewId:guid}/setting-up/family/contact";
    public const string FamilyLetter = "/reviews/{reviewId:guid}/setting-up/family/letter";
    public const string FamilyMember = "/reviews/{reviewId:guid}/setting-up/family/{memberId:guid}";
    public const string FamilyLetterDownload = "/reviews/{reviewId:guid}/setting-up/family/{memberId:guid}/letter/{templateId:guid}";
    public const string Governance = "/reviews/{reviewId:guid}/setting-up/governance";
    public const string SettingUpHistory = "/reviews/{reviewId:guid}/setting-up/history";
    public const string InformationRequests = "/reviews/{reviewId:guid}/setting-up/information-requests";
    public const string Notification = "/reviews/{reviewId:guid}/setting-up/notification";
    public const string Plan = "/reviews/{reviewId:guid}/setting-up/plan";
    public const string Budget = "/reviews/{reviewId:guid}/setting-up/plan/budget";
    public const string RecordDelay = "/reviews/{reviewId:guid}/setting-up/plan/delays/add";
    public const string AddMilestone = "/reviews/{reviewId:guid}/setting-up/plan/milestones/add";
    public const string ChangeMilestone = "/reviews/{reviewId:guid}/setting-up/plan/milestones/{milestoneId:guid}";
    public const string PublicationDate = "/reviews/{reviewId:guid}/setting-up/plan/publication";
    public const string Purpose = "/reviews/{reviewId:guid}/setting-up/purpose";
    public const string RapidReview = "/reviews/{reviewId:guid}/setting-up/rapid-review";
    public const string RapidReviewReportSent = "/reviews/{reviewId:guid}/setting-up/rapid-review/report-sent";
    public const string Referral = "/reviews/{reviewId:guid}/setting-up/referral";
    public const string Terms = "/reviews/{reviewId:guid}/setting-up/terms";
    public const string EditTerms = "/reviews/{reviewId:guid}/setting-up/terms/edit";
    public const string DownloadTerms = "/reviews/{reviewId:guid}/setting-up/terms/{versionNumber:int}/download";
    public const string CompleteTask = "/reviews/{reviewId:guid}/tasks/{taskId:guid}/done";

    // Information
    public const string Information = "/reviews/{reviewId:guid}/information";
    public const string Chronology = "/reviews/{reviewId:guid}/information/chronology";
    public const string ChronologyDuplicates = "/reviews/{reviewId:guid}/information/chronology/duplicates";
    public const string ChronologyEntry = "/reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}";
    public const string ChronologyEntryAttendance = "/reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}/attendance";
    public const string ChronologyEvent = "/reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}";
    public const string ChronologyEventAttendance = "/reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}/attendance";
    public const string ChronologyCsv = "/reviews/{reviewId:guid}/information/chronology/export.csv";
    public const string ChronologyWord = "/reviews/{reviewId:guid}/information/chronology/export.docx";
    public const string KnownAtTheTime = "/reviews/{reviewId:guid}/information/chronology/known-at-the-time";
    public const string ChronologyMeetings = "/reviews/{reviewId:guid}/information/chronology/meetings";
    public const string ImportAttendance = "/reviews/{reviewId:guid}/information/chronology/meetings/attendance";
    public const string Submissions = "/reviews/{reviewId:guid}/information/chronology/submissions";
    public const string AgencySubmission = "/reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}";
    public const string AddSubmissionEntry = "/reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}/add";
    public const string SubmissionVersion = "/reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int}";
    public const string EventWords = "/reviews/{reviewId:guid}/information/chronology/submissions/event-words";
    public const string SubmissionImport = "/reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}";
    public const string SubmissionImportColumns = "/reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}/columns";
    public const string SubmissionImportRow = "/reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}";
    public const string SubmissionTemplate = "/reviews/{reviewId:guid}/information/chronology/submissions/template/{format:regex(^(csv|xlsx)$)}";
    public const string UploadSubmission = "/reviews/{reviewId:guid}/information/chronology/submissions/upload";
    public const string Timeline = "/reviews/{reviewId:guid}/information/chronology/timeline";
    public const string Documents = "/reviews/{reviewId:guid}/information/documents";
    public const string UploadDocument = "/reviews/{reviewId:guid}/information/documents/upload";
    public const string Document = "/reviews/{reviewId:guid}/information/documents/{documentId:guid}";
    public const string DownloadDocument = "/reviews/{reviewId:guid}/information/documents/{documentId:guid}/download";
    public const string Material = "/reviews/{reviewId:guid}/information/material";
    public const string AddMaterialItem = "/reviews/{reviewId:guid}/information/material/add";
    public const string MaterialCsv = "/reviews/{reviewId:guid}/information/material/export.csv";
    public const string MaterialWord = "/reviews/{reviewId:guid}/information/material/export.docx";
    public const string MaterialItem = "/reviews/{reviewId:guid}/information/material/{itemId:guid}";
    public const string ChangeMaterialItem = "/reviews/{reviewId:guid}/information/material/{itemId:guid}/change";
    public const string AddDisclosureRequest = "/reviews/{reviewId:guid}/information/material/{itemId:guid}/requests/add";
    public const string DecideDisclosureRequest = "/reviews/{reviewId:guid}/information/material/{itemId:guid}/requests/{disclosureId:guid}";
    public const string People = "/reviews/{reviewId:guid}/information/people";
    public const string AddPerson = "/reviews/{reviewId:guid}/information/people/add";
    public const string IdentityAccess = "/reviews/{reviewId:guid}/information/people/identity-access";
    public const string PeopleImport = "/reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}";
    public const string PeopleImportColumns = "/reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}/columns";
    public const string PeopleImportRow = "/reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}";
    public const string PeopleTemplate = "/reviews/{reviewId:guid}/information/people/template/{format:regex(^(csv|xlsx)$)}";
    public const string UnmatchedNames = "/reviews/{reviewId:guid}/information/people/unmatched-names";
    public const string UploadPeople = "/reviews/{reviewId:guid}/information/people/upload";
    public const string Person = "/reviews/{reviewId:guid}/information/people/{personId:guid}";
    public const string ChangePerson = "/reviews/{reviewId:guid}/information/people/{personId:guid}/change";
    public const string Processes = "/reviews/{reviewId:guid}/information/processes";
    public const string AddProcess = "/reviews/{reviewId:guid}/information/processes/add";
    public const string Process = "/reviews/{reviewId:guid}/information/processes/{processId:guid}";
    public const string ChangeProcess = "/reviews/{reviewId:guid}/information/processes/{processId:guid}/change";
    public const string AddConstraint = "/reviews/{reviewId:guid}/information/processes/{processId:guid}/constraints/add";
    public const string LiftConstraint = "/reviews/{reviewId:guid}/information/processes/{processId:guid}/constraints/{constraintId:guid}/lift";
    public const string AddLiaison = "/reviews/{reviewId:guid}/information/processes/{processId:guid}/liaison/add";

    // Analysis
    public const string Analysis = "/reviews/{reviewId:guid}/analysis";
    public const string Challenges = "/reviews/{reviewId:guid}/analysis/challenges";
    public const string RespondToChallenge = "/reviews/{reviewId:guid}/analysis/challenges/{challengeId:guid}";
    public const string Conversations = "/reviews/{reviewId:guid}/analysis/conversations";
    public const string ArrangeConversation = "/reviews/{reviewId:guid}/analysis/conversations/arrange";
    public const string Conversation = "/reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}";
    public const string ConversationNotes = "/reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}/notes";
    public const string ConversationStatements = "/reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}/statements";
    public const string Episodes = "/reviews/{reviewId:guid}/analysis/episodes";
    public const string AddEpisode = "/reviews/{reviewId:guid}/analysis/episodes/add";
    public const string Episode = "/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}";
    public const string ChangeEpisode = "/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/change";
    public const string EpisodeEvidence = "/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/evidence";
    public const string EpisodeFactors = "/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/factors";
    public const string Findings = "/reviews/{reviewId:guid}/analysis/findings";
    public const string AddFinding = "/reviews/{reviewId:guid}/analysis/findings/add";
    public const string Finding = "/reviews/{reviewId:guid}/analysis/findings/{findingId:guid}";
    public const string ChangeFinding = "/reviews/{reviewId:guid}/analysis/findings/{findingId:guid}/change";
    public const string FindingEvidence = "/reviews/{reviewId:guid}/analysis/findings/{findingId:guid}/evidence";
    public const string Hindsight = "/reviews/{reviewId:guid}/analysis/hindsight";
    public const string Meetings = "/reviews/{reviewId:guid}/analysis/meetings";
    public const string ArrangeMeeting = "/reviews/{reviewId:guid}/analysis/meetings/arrange";
    public const string Meeting = "/reviews/{reviewId:guid}/analysis/meetings/{meetingId:guid}";
    public const string RecordMeeting = "/reviews/{reviewId:guid}/analysis/meetings/{meetingId:guid}/record";
    public const string Narrative = "/reviews/{reviewId:guid}/analysis/narrative";
    public const string AddNarrativeSection = "/reviews/{reviewId:guid}/analysis/narrative/add";
    public const string NarrativeSection = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}";
    public const string ChangeNarrativeSection = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/change";
    public const string AddDiscrepancy = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/discrepancies/add";
    public const string Discrepancy = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}";
    public const string AddPerspective = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/add";
    public const string ChangePerspective = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change";
    public const string PerspectiveSources = "/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources";
    public const string Recommendations = "/reviews/{reviewId:guid}/analysis/recommendations";
    public const string AddRecommendation = "/reviews/{reviewId:guid}/analysis/recommendations/add";
    public const string ChangeRecommendation = "/reviews/{reviewId:guid}/analysis/recommendations/{recommendationId:guid}/change";
    public const string Shared = "/reviews/{reviewId:guid}/analysis/shared";
    public const string SharedEpisode = "/reviews/{reviewId:guid}/analysis/shared/episodes/{episodeId:guid}";
    public const string SharedFinding = "/reviews/{reviewId:guid}/analysis/shared/findings/{findingId:guid}";
    public const string SharedMeeting = "/reviews/{reviewId:guid}/analysis/shared/meetings/{meetingId:guid}";
    public const string SharedNarrativeSection = "/reviews/{reviewId:guid}/analysis/shared/narrative/{sectionId:guid}";
    public const string Traceability = "/reviews/{reviewId:guid}/analysis/traceability";
    public const string WithdrawItem = "/reviews/{reviewId:guid}/analysis/withdraw/{itemKind}/{analysisItemId:guid}";
    public const string Withdrawn = "/reviews/{reviewId:guid}/analysis/withdrawn";
    public const string WorkingPapers = "/reviews/{reviewId:guid}/analysis/working-papers.docx";
    public const string MyConversations = "/reviews/{reviewId:guid}/my-conversations";
    public const string MyConversation = "/reviews/{reviewId:guid}/my-conversations/{conversationId:guid}";
    public const string CorrectMyConversation = "/reviews/{reviewId:guid}/my-conversations/{conversationId:guid}/correct";
    public const string MyConversationFeedback = "/reviews/{reviewId:guid}/my-conversations/{conversationId:guid}/feedback";

    // Report
    public const string Report = "/reviews/{reviewId:guid}/report";
    public const string ReportVersion = "/reviews/{reviewId:guid}/report/{number:int}";
    public const string ReportSection = "/reviews/{reviewId:guid}/report/{number:int}/sections/{sectionKey}";
    public const string WriteReportSection = "/reviews/{reviewId:guid}/report/{number:int}/sections/{sectionKey}/write";
    public const string ReportEdition = "/reviews/{reviewId:guid}/report/{number:int}/editions/{edition}";
    public const string ReportReaders = "/reviews/{reviewId:guid}/report/{number:int}/readers";
    public const string SharedReportDraft = "/reviews/{reviewId:guid}/report/shared-draft";
    public const string IdentifyingDetails = "/reviews/{reviewId:guid}/report/identifying-details";
    public const string CheckWordDraft = "/reviews/{reviewId:guid}/report/check-document";

    // The Board's response
    public const string BoardResponse = "/reviews/{reviewId:guid}/board-response";
    public const string BoardPresentation = "/reviews/{reviewId:guid}/board-response/presentation";
    public const string BoardFindingResponse = "/reviews/{reviewId:guid}/board-response/findings/{findingId:guid}";

    // Publication
    public const string Publication = "/reviews/{reviewId:guid}/publication";
    public const string PublicationNationalBodies = "/reviews/{reviewId:guid}/publication/national-bodies";
    public const string PublicationFamily = "/reviews/{reviewId:guid}/publication/family";
    public const string PublicationMedia = "/reviews/{reviewId:guid}/publication/media";
    public const string PublicationRecord = "/reviews/{reviewId:guid}/publication/published";
    public const string PublicationProfessionals = "/reviews/{reviewId:guid}/publication/professionals";

    // Improvement actions
    public const string ReviewActions = "/reviews/{reviewId:guid}/actions";
    public const string RaiseAction = "/reviews/{reviewId:guid}/actions/new";
    public const string ImprovementAction = "/reviews/{reviewId:guid}/actions/{actionId:guid}";
    public const string UpdateAction = "/reviews/{reviewId:guid}/actions/{actionId:guid}/update";
    public const string ActionEvidence = "/reviews/{reviewId:guid}/actions/{actionId:guid}/evidence";
    public const string AddOutcomeMeasure = "/reviews/{reviewId:guid}/actions/{actionId:guid}/measures/new";
    public const string OutcomeMeasure = "/reviews/{reviewId:guid}/actions/{actionId:guid}/measures/{measureId:guid}";
    public const string FollowUpCheck = "/reviews/{reviewId:guid}/actions/{actionId:guid}/checks/{checkId:guid}";
    public const string ActionTracker = "/actions";
    public const string ActionTrackerExport = "/actions/export/{format}";

    // Quality markers
    public const string ReviewQuality = "/reviews/{reviewId:guid}/quality";
    public const string QualityMarker = "/reviews/{reviewId:guid}/quality/{marker:int}";
    public const string QualityModeration = "/reviews/{reviewId:guid}/quality/{marker:int}/moderate";
    public const string ReviewQualityDownload = "/reviews/{reviewId:guid}/quality/download";
    public const string QualityGrid = "/quality";
    public const string QualityGridDownload = "/quality/download";

    // The Board's own page
    public const string BoardPapers = "/board";
}
