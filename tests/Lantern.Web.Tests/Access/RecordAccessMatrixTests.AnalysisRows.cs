namespace Lantern.Web.Tests.Access;

/// <summary>The rows of the record-level access table for the analysis pages.</summary>
public sealed partial class RecordAccessMatrixTests
{
    private const string AnalysisRows = """
        /analysis/challenges/{challengeId:guid}                                            | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/challenges/{challengeId:guid}                                            | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/challenges/{challengeId:guid}                                            | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/challenges/{challengeId:guid}                                            | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}                                      | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}                                      | conversation B     | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}                                      | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}                                      | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/conversations/{conversationId:guid}                                      | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/notes                                | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/notes                                | conversation B     | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/notes                                | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/notes                                | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/conversations/{conversationId:guid}/notes                                | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/statements                           | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/statements                           | conversation B     | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/statements                           | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/conversations/{conversationId:guid}/statements                           | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/conversations/{conversationId:guid}/statements                           | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}                                                | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}                                                | not shared         | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}                                                | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}                                                | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/episodes/{episodeId:guid}                                                | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}                                                | other partnership  | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/change                                         | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/change                                         | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/change                                         | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/change                                         | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/episodes/{episodeId:guid}/change                                         | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/change                                         | other partnership  | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/evidence                                       | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/evidence                                       | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/evidence                                       | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/evidence                                       | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/episodes/{episodeId:guid}/evidence                                       | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/evidence                                       | other partnership  | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/factors                                        | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/factors                                        | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/factors                                        | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/factors                                        | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/episodes/{episodeId:guid}/factors                                        | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/episodes/{episodeId:guid}/factors                                        | other partnership  | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}                                                | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}                                                | not shared         | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}                                                | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}                                                | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/findings/{findingId:guid}                                                | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/change                                         | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/change                                         | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/change                                         | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/change                                         | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/findings/{findingId:guid}/change                                         | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/evidence                                       | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/evidence                                       | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/evidence                                       | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/findings/{findingId:guid}/evidence                                       | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/findings/{findingId:guid}/evidence                                       | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}                                                | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}                                                | not shared         | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}                                                | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}                                                | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/meetings/{meetingId:guid}                                                | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}/record                                         | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}/record                                         | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}/record                                         | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/meetings/{meetingId:guid}/record                                         | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/meetings/{meetingId:guid}/record                                         | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}                                               | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}                                               | not shared         | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}                                               | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}                                               | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}                                               | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/change                                        | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/change                                        | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/change                                        | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/change                                        | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}/change                                        | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/add                             | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/add                             | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/add                             | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/add                             | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/add                             | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}            | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}            | not shared         | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}            | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}            | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}            | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/add                              | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/add                              | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/add                              | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/add                              | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/add                              | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change      | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change      | not shared         | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change      | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change      | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change      | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources     | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources     | not shared         | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources     | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources     | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources     | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/recommendations/{recommendationId:guid}/change                           | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/recommendations/{recommendationId:guid}/change                           | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/recommendations/{recommendationId:guid}/change                           | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/recommendations/{recommendationId:guid}/change                           | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/episodes/{episodeId:guid}                                         | this review        | 200   | 200   | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/episodes/{episodeId:guid}                                         | not shared         | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/episodes/{episodeId:guid}                                         | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/episodes/{episodeId:guid}                                         | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/shared/episodes/{episodeId:guid}                                         | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/episodes/{episodeId:guid}                                         | other partnership  | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/findings/{findingId:guid}                                         | this review        | 200   | 200   | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/findings/{findingId:guid}                                         | not shared         | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/findings/{findingId:guid}                                         | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/findings/{findingId:guid}                                         | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/shared/findings/{findingId:guid}                                         | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/meetings/{meetingId:guid}                                         | this review        | 404   | 404   | 200   | 200   | 404   | 200   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/meetings/{meetingId:guid}                                         | not shared         | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/meetings/{meetingId:guid}                                         | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/meetings/{meetingId:guid}                                         | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/shared/meetings/{meetingId:guid}                                         | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/narrative/{sectionId:guid}                                        | this review        | 200   | 200   | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/narrative/{sectionId:guid}                                        | not shared         | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/narrative/{sectionId:guid}                                        | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/shared/narrative/{sectionId:guid}                                        | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/shared/narrative/{sectionId:guid}                                        | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 404
        /analysis/withdraw/{itemKind}/{analysisItemId:guid}                                | this review        | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/withdraw/{itemKind}/{analysisItemId:guid}                                | not shared         | 200   | 403   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/withdraw/{itemKind}/{analysisItemId:guid}                                | other review       | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /analysis/withdraw/{itemKind}/{analysisItemId:guid}                                | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /analysis/withdraw/{itemKind}/{analysisItemId:guid}                                | random             | 404   | 403   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        """;
}
