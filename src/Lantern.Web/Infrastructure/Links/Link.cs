namespace Lantern.Web.Infrastructure.Links;

/// <summary>
/// Typed links to every page about a review, each filled from the page's own template in
/// <see cref="RouteTemplates"/>. Query strings and #fragments are appended by the caller.
/// </summary>
public static partial class Link
{
    // Reviews
    public static string NewReview() => Fill(RouteTemplates.NewReview);
    public static string Review(Guid reviewId) => Fill(RouteTemplates.Review, reviewId);
    public static string ReviewDetails(Guid reviewId) => Fill(RouteTemplates.ReviewDetails, reviewId);
    public static string Members(Guid reviewId) => Fill(RouteTemplates.Members, reviewId);
    public static string AddMember(Guid reviewId) => Fill(RouteTemplates.AddMember, reviewId);
    public static string ChangeMember(Guid reviewId, Guid memberId) => Fill(RouteTemplates.ChangeMember, reviewId, memberId);
    public static string RemoveMember(Guid reviewId, Guid memberId) => Fill(RouteTemplates.RemoveMember, reviewId, memberId);
    public static string WithdrawReview(Guid reviewId) => Fill(RouteTemplates.WithdrawReview, reviewId);

    // SettingUp
    public static string AgencyRequests(Guid reviewId, Guid? requestId = null) => Fill(RouteTemplates.AgencyRequests, reviewId, requestId);
    public static string SettingUp(Guid reviewId) => Fill(RouteTemplates.SettingUp, reviewId);
    public static string Board(Guid reviewId) => Fill(RouteTemplates.Board, reviewId);
    public static string Decision(Guid reviewId) => Fill(RouteTemplates.Decision, reviewId);
    public static string Family(Guid reviewId) => Fill(RouteTemplates.Family, reviewId);
    public static string AddFamilyMember(Guid reviewId) => Fill(RouteTemplates.AddFamilyMember, reviewId);
    public static string RecordFamilyContact(Guid reviewId) => Fill(RouteTemplates.RecordFamilyContact, reviewId);
    public static string FamilyLetter(Guid reviewId) => Fill(RouteTemplates.FamilyLetter, reviewId);
    public static string FamilyMember(Guid reviewId, Guid memberId) => Fill(RouteTemplates.FamilyMember, reviewId, memberId);
    public static string FamilyLetterDownload(Guid reviewId, Guid memberId, Guid templateId) => Fill(RouteTemplates.FamilyLetterDownload, reviewId, memberId, templateId);
    public static string Governance(Guid reviewId) => Fill(RouteTemplates.Governance, reviewId);
    public static string SettingUpHistory(Guid reviewId) => Fill(RouteTemplates.SettingUpHistory, reviewId);
    public static string InformationRequests(Guid reviewId) => Fill(RouteTemplates.InformationRequests, reviewId);
    public static string Notification(Guid reviewId) => Fill(RouteTemplates.Notification, reviewId);
    public static string Plan(Guid reviewId) => Fill(RouteTemplates.Plan, reviewId);
    public static string Budget(Guid reviewId) => Fill(RouteTemplates.Budget, reviewId);
    public static string RecordDelay(Guid reviewId) => Fill(RouteTemplates.RecordDelay, reviewId);
    public static string AddMilestone(Guid reviewId) => Fill(RouteTemplates.AddMilestone, reviewId);
    public static string ChangeMilestone(Guid reviewId, Guid milestoneId) => Fill(RouteTemplates.ChangeMilestone, reviewId, milestoneId);
    public static string PublicationDate(Guid reviewId) => Fill(RouteTemplates.PublicationDate, reviewId);
    public static string Purpose(Guid reviewId) => Fill(RouteTemplates.Purpose, reviewId);
    public static string RapidReview(Guid reviewId) => Fill(RouteTemplates.RapidReview, reviewId);
    public static string RapidReviewReportSent(Guid reviewId) => Fill(RouteTemplates.RapidReviewReportSent, reviewId);
    public static string Referral(Guid reviewId) => Fill(RouteTemplates.Referral, reviewId);
    public static string Terms(Guid reviewId) => Fill(RouteTemplates.Terms, reviewId);
    public static string EditTerms(Guid reviewId) => Fill(RouteTemplates.EditTerms, reviewId);
    public static string DownloadTerms(Guid reviewId, int versionNumber) => Fill(RouteTemplates.DownloadTerms, reviewId, versionNumber);
    public static string CompleteTask(Guid reviewId, Guid taskId) => Fill(RouteTemplates.CompleteTask, reviewId, taskId);

    // Information
    public static string Information(Guid reviewId) => Fill(RouteTemplates.Information, reviewId);
    public static string Chronology(Guid reviewId) => Fill(RouteTemplates.Chronology, reviewId);
    public static string ChronologyDuplicates(Guid reviewId) => Fill(RouteTemplates.ChronologyDuplicates, reviewId);
    public static string ChronologyEntry(Guid reviewId, Guid entryId) => Fill(RouteTemplates.ChronologyEntry, reviewId, entryId);
    public static string ChronologyEntryAttendance(Guid reviewId, Guid entryId) => Fill(RouteTemplates.ChronologyEntryAttendance, reviewId, entryId);
    public static string ChronologyEvent(Guid reviewId, Guid eventId) => Fill(RouteTemplates.ChronologyEvent, reviewId, eventId);
    public static string ChronologyEventAttendance(Guid reviewId, Guid eventId) => Fill(RouteTemplates.ChronologyEventAttendance, reviewId, eventId);
    public static string ChronologyCsv(Guid reviewId) => Fill(RouteTemplates.ChronologyCsv, reviewId);
    public static string ChronologyWord(Guid reviewId) => Fill(RouteTemplates.ChronologyWord, reviewId);
    public static string KnownAtTheTime(Guid reviewId) => Fill(RouteTemplates.KnownAtTheTime, reviewId);
    public static string ChronologyMeetings(Guid reviewId) => Fill(RouteTemplates.ChronologyMeetings, reviewId);
    public static string ImportAttendance(Guid reviewId) => Fill(RouteTemplates.ImportAttendance, reviewId);
    public static string Submissions(Guid reviewId) => Fill(RouteTemplates.Submissions, reviewId);
    public static string AgencySubmission(Guid reviewId, Guid agencyId) => Fill(RouteTemplates.AgencySubmission, reviewId, agencyId);
    public static string AddSubmissionEntry(Guid reviewId, Guid agencyId) => Fill(RouteTemplates.AddSubmissionEntry, reviewId, agencyId);
    public static string SubmissionVersion(Guid reviewId, Guid agencyId, int number) => Fill(RouteTemplates.SubmissionVersion, reviewId, agencyId, number);
    public static string EventWords(Guid reviewId) => Fill(RouteTemplates.EventWords, reviewId);
    public static string SubmissionImport(Guid reviewId, Guid importId) => Fill(RouteTemplates.SubmissionImport, reviewId, importId);
    public static string SubmissionImportColumns(Guid reviewId, Guid importId) => Fill(RouteTemplates.SubmissionImportColumns, reviewId, importId);
    public static string SubmissionImportRow(Guid reviewId, Guid importId, Guid rowId) => Fill(RouteTemplates.SubmissionImportRow, reviewId, importId, rowId);
    public static string SubmissionTemplate(Guid reviewId, string format) => Fill(RouteTemplates.SubmissionTemplate, reviewId, format);
    public static string UploadSubmission(Guid reviewId) => Fill(RouteTemplates.UploadSubmission, reviewId);
    public static string Timeline(Guid reviewId) => Fill(RouteTemplates.Timeline, reviewId);
    public static string Documents(Guid reviewId) => Fill(RouteTemplates.Documents, reviewId);
    public static string UploadDocument(Guid reviewId) => Fill(RouteTemplates.UploadDocument, reviewId);
    public static string Document(Guid reviewId, Guid documentId) => Fill(RouteTemplates.Document, reviewId, documentId);
    public static string DownloadDocument(Guid reviewId, Guid documentId) => Fill(RouteTemplates.DownloadDocument, reviewId, documentId);
    public static string Material(Guid reviewId) => Fill(RouteTemplates.Material, reviewId);
    public static string AddMaterialItem(Guid reviewId) => Fill(RouteTemplates.AddMaterialItem, reviewId);
    public static string MaterialCsv(Guid reviewId) => Fill(RouteTemplates.MaterialCsv, reviewId);
    public static string MaterialWord(Guid reviewId) => Fill(RouteTemplates.MaterialWord, reviewId);
    public static string MaterialItem(Guid reviewId, Guid itemId) => Fill(RouteTemplates.MaterialItem, reviewId, itemId);
    public static string ChangeMaterialItem(Guid reviewId, Guid itemId) => Fill(RouteTemplates.ChangeMaterialItem, reviewId, itemId);
    public static string AddDisclosureRequest(Guid reviewId, Guid itemId) => Fill(RouteTemplates.AddDisclosureRequest, reviewId, itemId);
    public static string DecideDisclosureRequest(Guid reviewId, Guid itemId, Guid disclosureId) => Fill(RouteTemplates.DecideDisclosureRequest, reviewId, itemId, disclosureId);
    public static string People(Guid reviewId) => Fill(RouteTemplates.People, reviewId);
    public static string AddPerson(Guid reviewId) => Fill(RouteTemplates.AddPerson, reviewId);
    public static string IdentityAccess(Guid reviewId) => Fill(RouteTemplates.IdentityAccess, reviewId);
    public static string PeopleImport(Guid reviewId, Guid peopleImportId) => Fill(RouteTemplates.PeopleImport, reviewId, peopleImportId);
    public static string PeopleImportColumns(Guid reviewId, Guid peopleImportId) => Fill(RouteTemplates.PeopleImportColumns, reviewId, peopleImportId);
    public static string PeopleImportRow(Guid reviewId, Guid peopleImportId, Guid peopleRowId) => Fill(RouteTemplates.PeopleImportRow, reviewId, peopleImportId, peopleRowId);
    public static string PeopleTemplate(Guid reviewId, string format) => Fill(RouteTemplates.PeopleTemplate, reviewId, format);
    public static string UnmatchedNames(Guid reviewId) => Fill(RouteTemplates.UnmatchedNames, reviewId);
    public static string UploadPeople(Guid reviewId) => Fill(RouteTemplates.UploadPeople, reviewId);
    public static string Person(Guid reviewId, Guid personId) => Fill(RouteTemplates.Person, reviewId, personId);
    public static string ChangePerson(Guid reviewId, Guid personId) => Fill(RouteTemplates.ChangePerson, reviewId, personId);
    public static string Processes(Guid reviewId) => Fill(RouteTemplates.Processes, reviewId);
    public static string AddProcess(Guid reviewId) => Fill(RouteTemplates.AddProcess, reviewId);
    public static string Process(Guid reviewId, Guid processId) => Fill(RouteTemplates.Process, reviewId, processId);
    public static string ChangeProcess(Guid reviewId, Guid processId) => Fill(RouteTemplates.ChangeProcess, reviewId, processId);
    public static string AddConstraint(Guid reviewId, Guid processId) => Fill(RouteTemplates.AddConstraint, reviewId, processId);
    public static string LiftConstraint(Guid reviewId, Guid processId, Guid constraintId) => Fill(RouteTemplates.LiftConstraint, reviewId, processId, constraintId);
    public static string AddLiaison(Guid reviewId, Guid processId) => Fill(RouteTemplates.AddLiaison, reviewId, processId);

    // Analysis
    public static string Analysis(Guid reviewId) => Fill(RouteTemplates.Analysis, reviewId);
    public static string Challenges(Guid reviewId) => Fill(RouteTemplates.Challenges, reviewId);
    public static string RespondToChallenge(Guid reviewId, Guid challengeId) => Fill(RouteTemplates.RespondToChallenge, reviewId, challengeId);
    public static string Conversations(Guid reviewId) => Fill(RouteTemplates.Conversations, reviewId);
    public static string ArrangeConversation(Guid reviewId) => Fill(RouteTemplates.ArrangeConversation, reviewId);
    public static string Conversation(Guid reviewId, Guid conversationId) => Fill(RouteTemplates.Conversation, reviewId, conversationId);
    public static string ConversationNotes(Guid reviewId, Guid conversationId) => Fill(RouteTemplates.ConversationNotes, reviewId, conversationId);
    public static string ConversationStatements(Guid reviewId, Guid conversationId) => Fill(RouteTemplates.ConversationStatements, reviewId, conversationId);
    public static string Episodes(Guid reviewId) => Fill(RouteTemplates.Episodes, reviewId);
    public static string AddEpisode(Guid reviewId) => Fill(RouteTemplates.AddEpisode, reviewId);
    public static string Episode(Guid reviewId, Guid episodeId) => Fill(RouteTemplates.Episode, reviewId, episodeId);
    public static string ChangeEpisode(Guid reviewId, Guid episodeId) => Fill(RouteTemplates.ChangeEpisode, reviewId, episodeId);
    public static string EpisodeEvidence(Guid reviewId, Guid episodeId) => Fill(RouteTemplates.EpisodeEvidence, reviewId, episodeId);
    public static string EpisodeFactors(Guid reviewId, Guid episodeId) => Fill(RouteTemplates.EpisodeFactors, reviewId, episodeId);
    public static string Findings(Guid reviewId) => Fill(RouteTemplates.Findings, reviewId);
    public static string AddFinding(Guid reviewId) => Fill(RouteTemplates.AddFinding, reviewId);
    public static string Finding(Guid reviewId, Guid findingId) => Fill(RouteTemplates.Finding, reviewId, findingId);
    public static string ChangeFinding(Guid reviewId, Guid findingId) => Fill(RouteTemplates.ChangeFinding, reviewId, findingId);
    public static string FindingEvidence(Guid reviewId, Guid findingId) => Fill(RouteTemplates.FindingEvidence, reviewId, findingId);
    public static string Hindsight(Guid reviewId) => Fill(RouteTemplates.Hindsight, reviewId);
    public static string Meetings(Guid reviewId) => Fill(RouteTemplates.Meetings, reviewId);
    public static string ArrangeMeeting(Guid reviewId) => Fill(RouteTemplates.ArrangeMeeting, reviewId);
    public static string Meeting(Guid reviewId, Guid meetingId) => Fill(RouteTemplates.Meeting, reviewId, meetingId);
    public static string RecordMeeting(Guid reviewId, Guid meetingId) => Fill(RouteTemplates.RecordMeeting, reviewId, meetingId);
    public static string Narrative(Guid reviewId) => Fill(RouteTemplates.Narrative, reviewId);
    public static string AddNarrativeSection(Guid reviewId) => Fill(RouteTemplates.AddNarrativeSection, reviewId);
    public static string NarrativeSection(Guid reviewId, Guid sectionId) => Fill(RouteTemplates.NarrativeSection, reviewId, sectionId);
    public static string ChangeNarrativeSection(Guid reviewId, Guid sectionId) => Fill(RouteTemplates.ChangeNarrativeSection, reviewId, sectionId);
    public static string AddDiscrepancy(Guid reviewId, Guid sectionId) => Fill(RouteTemplates.AddDiscrepancy, reviewId, sectionId);
    public static string Discrepancy(Guid reviewId, Guid sectionId, Guid discrepancyId) => Fill(RouteTemplates.Discrepancy, reviewId, sectionId, discrepancyId);
    public static string AddPerspective(Guid reviewId, Guid sectionId) => Fill(RouteTemplates.AddPerspective, reviewId, sectionId);
    public static string ChangePerspective(Guid reviewId, Guid sectionId, Guid perspectiveId) => Fill(RouteTemplates.ChangePerspective, reviewId, sectionId, perspectiveId);
    public static string PerspectiveSources(Guid reviewId, Guid sectionId, Guid perspectiveId) => Fill(RouteTemplates.PerspectiveSources, reviewId, sectionId, perspectiveId);
    public static string Recommendations(Guid reviewId) => Fill(RouteTemplates.Recommendations, reviewId);
    public static string AddRecommendation(Guid reviewId) => Fill(RouteTemplates.AddRecommendation, reviewId);
    public static string ChangeRecommendation(Guid reviewId, Guid recommendationId) => Fill(RouteTemplates.ChangeRecommendation, reviewId, recommendationId);
    public static string Shared(Guid reviewId) => Fill(RouteTemplates.Shared, reviewId);
    public static string SharedEpisode(Guid reviewId, Guid episodeId) => Fill(RouteTemplates.SharedEpisode, reviewId, episodeId);
    public static string SharedFinding(Guid reviewId, Guid findingId) => Fill(RouteTemplates.SharedFinding, reviewId, findingId);
    public static string SharedMeeting(Guid reviewId, Guid meetingId) => Fill(RouteTemplates.SharedMeeting, reviewId, meetingId);
    public static string SharedNarrativeSection(Guid reviewId, Guid sectionId) => Fill(RouteTemplates.SharedNarrativeSection, reviewId, sectionId);
    public static string Traceability(Guid reviewId) => Fill(RouteTemplates.Traceability, reviewId);
    public static string WithdrawItem(Guid reviewId, string itemKind, Guid analysisItemId) => Fill(RouteTemplates.WithdrawItem, reviewId, itemKind, analysisItemId);
    public static string Withdrawn(Guid reviewId) => Fill(RouteTemplates.Withdrawn, reviewId);
    public static string WorkingPapers(Guid reviewId) => Fill(RouteTemplates.WorkingPapers, reviewId);
    public static string MyConversations(Guid reviewId) => Fill(RouteTemplates.MyConversations, reviewId);
    public static string MyConversation(Guid reviewId, Guid conversationId) => Fill(RouteTemplates.MyConversation, reviewId, conversationId);
    public static string CorrectMyConversation(Guid reviewId, Guid conversationId) => Fill(RouteTemplates.CorrectMyConversation, reviewId, conversationId);
    public static string MyConversationFeedback(Guid reviewId, Guid conversationId) => Fill(RouteTemplates.MyConversationFeedback, reviewId, conversationId);
}
