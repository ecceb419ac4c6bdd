using System.Net;
using System.Text.RegularExpressions;
using Lantern.Testing.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Access;

/// <summary>
/// The record-level access matrix: every page with an item's id in its address, asked for by every kind of person
/// with items they may and may not see. The page matrix (<see cref="AccessMatrixTests"/>) says who may open a page;
/// this one says which records each of them may open through it. Black-box: only statuses over HTTP, against the
/// written table below, never computed from the rules in src. The world is <see cref="RecordWorld"/>.
/// </summary>
public sealed partial class RecordAccessMatrixTests(RecordWorld world) : IClassFixture<RecordWorld>
{
    // Routes are under /reviews/{reviewId:guid}. Items, that is, the ids put in the route:
    //   this review         review 1's items; where sharing applies, the one shared with the case group; agency A's
    //                       request, chronology and upload; case group member A's conversation
    //   not shared          review 1's episode, finding, narrative section not shared with the case group, and a
    //                       review team meeting (not a case group meeting); for an account (perspective) or a
    //                       discrepancy, the shared section's one under the not-shared section's id
    //   agency B            review 1's request, chronology and upload of agency B
    //   conversation B      review 1's conversation with case group member B
    //   other review        review 2's item (same partnership) under review 1's id; for an agency or a letter
    //                       template, which belong to a partnership, the other partnership's
    //   under other review  review 1's item under review 2's id
    //   random              an id that is nobody's
    //   other partnership   an item of the other partnership's review under review 1's id
    // Personas: bu business unit; chair; lead, team, obs: lead reviewer, review team member, observer of review 1;
    //   cgA, cgB: case group members (A the participant of conversation 1, B of conversation 2); agA, agB: agency
    //   contacts of agencies A and B; lead2: lead reviewer of review 2 only; admin: partnership administrator;
    //   other: business unit, chair and administrator of another partnership.
    // 200: the page (or the file); 302: sent elsewhere on purpose (marking a task done is a form with no page of its own); 403: the page is not for them; 404: for them the
    //   item does not exist.
    private const string Table = """
        route                                                                              | items              | bu    | chair | lead  | team  | obs   | cgA   | cgB   | agA   | agB   | lead2 | admin | other
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
        /information-requests/{requestId:guid?}                                            | this review        | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information-requests/{requestId:guid?}                                            | agency B           | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information-requests/{requestId:guid?}                                            | other review       | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information-requests/{requestId:guid?}                                            | under other review | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information-requests/{requestId:guid?}                                            | random             | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/entries/{entryId:guid}                                     | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/entries/{entryId:guid}                                     | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/entries/{entryId:guid}                                     | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/entries/{entryId:guid}                                     | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/entries/{entryId:guid}/attendance                          | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/entries/{entryId:guid}/attendance                          | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/entries/{entryId:guid}/attendance                          | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/entries/{entryId:guid}/attendance                          | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/events/{eventId:guid}                                      | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/events/{eventId:guid}                                      | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/events/{eventId:guid}                                      | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/events/{eventId:guid}                                      | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/events/{eventId:guid}/attendance                           | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/events/{eventId:guid}/attendance                           | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/events/{eventId:guid}/attendance                           | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/events/{eventId:guid}/attendance                           | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}                       | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}                       | agency B           | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}                       | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}                       | under other review | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 200   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}                       | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/add                   | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/add                   | agency B           | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/add                   | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/add                   | under other review | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 200   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/add                   | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int} | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int} | agency B           | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int} | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int} | under other review | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 200   | 403   | 404
        /information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int} | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}                        | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}                        | agency B           | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}                        | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}                        | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}                        | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/columns                | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/columns                | agency B           | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/columns                | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/columns                | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/columns                | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}      | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}      | agency B           | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 404   | 200   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}      | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}      | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}      | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /information/documents/{documentId:guid}                                           | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/documents/{documentId:guid}                                           | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/documents/{documentId:guid}                                           | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/documents/{documentId:guid}                                           | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/documents/{documentId:guid}/download                                  | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/documents/{documentId:guid}/download                                  | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/documents/{documentId:guid}/download                                  | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/documents/{documentId:guid}/download                                  | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}                                                | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}                                                | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}                                                | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/material/{itemId:guid}                                                | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/change                                         | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/change                                         | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/change                                         | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/material/{itemId:guid}/change                                         | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/requests/add                                   | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/requests/add                                   | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/requests/add                                   | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/material/{itemId:guid}/requests/add                                   | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/requests/{disclosureId:guid}                   | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/requests/{disclosureId:guid}                   | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/material/{itemId:guid}/requests/{disclosureId:guid}                   | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/material/{itemId:guid}/requests/{disclosureId:guid}                   | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}                                  | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}                                  | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}                                  | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/people/imports/{peopleImportId:guid}                                  | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/columns                          | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/columns                          | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/columns                          | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/columns                          | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}          | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}          | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}          | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}          | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/{personId:guid}                                                | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/{personId:guid}                                                | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/{personId:guid}                                                | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/people/{personId:guid}                                                | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/{personId:guid}/change                                         | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/{personId:guid}/change                                         | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/people/{personId:guid}/change                                         | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/people/{personId:guid}/change                                         | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}                                            | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}                                            | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}                                            | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/processes/{processId:guid}                                            | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/change                                     | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/change                                     | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/change                                     | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/processes/{processId:guid}/change                                     | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/constraints/add                            | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/constraints/add                            | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/constraints/add                            | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/processes/{processId:guid}/constraints/add                            | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/constraints/{constraintId:guid}/lift       | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/constraints/{constraintId:guid}/lift       | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/constraints/{constraintId:guid}/lift       | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/processes/{processId:guid}/constraints/{constraintId:guid}/lift       | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/liaison/add                                | this review        | 200   | 403   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/liaison/add                                | other review       | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /information/processes/{processId:guid}/liaison/add                                | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /information/processes/{processId:guid}/liaison/add                                | random             | 404   | 403   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/change                                                    | this review        | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/change                                                    | other review       | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/change                                                    | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/change                                                    | random             | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/remove                                                    | this review        | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/remove                                                    | other review       | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/remove                                                    | under other review | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /members/{memberId:guid}/remove                                                    | random             | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}                                            | this review        | 404   | 404   | 404   | 404   | 404   | 200   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}                                            | conversation B     | 404   | 404   | 404   | 404   | 404   | 404   | 200   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}                                            | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}                                            | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /my-conversations/{conversationId:guid}                                            | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/correct                                    | this review        | 404   | 404   | 404   | 404   | 404   | 200   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/correct                                    | conversation B     | 404   | 404   | 404   | 404   | 404   | 404   | 200   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/correct                                    | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/correct                                    | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /my-conversations/{conversationId:guid}/correct                                    | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/feedback                                   | this review        | 404   | 404   | 404   | 404   | 404   | 200   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/feedback                                   | conversation B     | 404   | 404   | 404   | 404   | 404   | 404   | 200   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/feedback                                   | other review       | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404
        /my-conversations/{conversationId:guid}/feedback                                   | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /my-conversations/{conversationId:guid}/feedback                                   | random             | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}                                                 | this review        | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}                                                 | other review       | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}                                                 | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /setting-up/family/{memberId:guid}                                                 | random             | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}                                                 | other partnership  | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}/letter/{templateId:guid}                        | this review        | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}/letter/{templateId:guid}                        | other review       | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}/letter/{templateId:guid}                        | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}/letter/{templateId:guid}                        | random             | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/family/{memberId:guid}/letter/{templateId:guid}                        | other partnership  | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/plan/milestones/{milestoneId:guid}                                     | this review        | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/plan/milestones/{milestoneId:guid}                                     | other review       | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/plan/milestones/{milestoneId:guid}                                     | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /setting-up/plan/milestones/{milestoneId:guid}                                     | random             | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /tasks/{taskId:guid}/done                                                          | this review        | 302   | 302   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /tasks/{taskId:guid}/done                                                          | other review       | 302   | 302   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /tasks/{taskId:guid}/done                                                          | under other review | 302   | 302   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /tasks/{taskId:guid}/done                                                          | random             | 302   | 302   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        """;

    private static readonly string[] Personas = ["bu", "chair", "lead", "team", "obs", "cgA", "cgB", "agA", "agB", "lead2", "admin", "other"];

    private static readonly Lazy<List<(string Route, string Items, string Persona, string Expected)>> Parsed = new(Parse);

    private static List<(string Route, string Items, string Persona, string Expected)> Cells() => Parsed.Value;

    private static List<(string Route, string Items, string Persona, string Expected)> Parse()
    {
        var lines = Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split('|', StringSplitOptions.TrimEntries);
        Assert.Equal(Personas, header[2..]);
        return lines.Skip(1)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .SelectMany(c => Personas.Select((p, i) => (c[0], c[1], p, c[i + 2])))
            .ToList();
    }

    public static TheoryData<string, string, string> Working()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var cell in Cells())
        {
            data.Add(cell.Route, cell.Items, cell.Persona);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Working))]
    public async Task Get_ItemPage_AnswersAsTheTableSays(string route, string items, string persona) =>
        await CheckAsync(route, items, persona);

    private async Task CheckAsync(string route, string items, string persona)
    {
        var expected = Cells().Single(c => c.Route == route && c.Items == items && c.Persona == persona).Expected;
        var url = Fill(route, items);
        var response = await (await world.BrowserAsync(persona)).Client.GetAsync(url);
        var location = response.Headers.Location?.OriginalString;
        var actual = response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && location?.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase) == true
            ? "sent to sign in"
            : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(expected == actual, $"GET {url} ({items}) as {persona}: expected {expected}, got {actual} {location}");
    }

    // Who reads the subject's real name on their page in the people register when they ask for it (only the roles
    // that may see real identities: by default the business unit, the chair and lead reviewers); nobody reads it
    // without asking.
    [Theory]
    [InlineData("bu", true)]
    [InlineData("chair", true)]
    [InlineData("lead", true)]
    [InlineData("team", false)]
    [InlineData("obs", false)]
    public async Task Get_SubjectPage_ShowsTheRealNameOnlyToWhoMaySeeIt(string persona, bool realName)
    {
        var browser = await world.BrowserAsync(persona);
        var url = Fill("/information/people/{personId:guid}", "this review");

        var asked = await browser.GetAsync(url + "?show=identity");
        var notAsked = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        Assert.Equal(realName, asked.Html.Contains(RecordWorld.SubjectRealName, StringComparison.Ordinal));
        Assert.Contains(RecordWorld.SubjectPseudonym, asked.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(RecordWorld.SubjectRealName, notAsked.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_CoversEveryPageWithAnItemIdInItsRoute()
    {
        var itemRoutes = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'))
            .Where(r => r.StartsWith(Prefix + "/", StringComparison.Ordinal) && ItemParameter().IsMatch(r[Prefix.Length..]))
            .Select(r => r[Prefix.Length..])
            .Distinct()
            .ToList();
        var rows = Cells().Select(c => (c.Route, c.Items)).Distinct().ToList();

        var missing = itemRoutes.Where(r => !rows.Contains((r, "this review")) || !rows.Contains((r, "other review")) || !rows.Contains((r, "random"))).ToList();
        var stale = rows.Select(r => r.Route).Distinct().Where(r => !itemRoutes.Contains(r)).ToList();

        Assert.True(itemRoutes.Count > 50, $"Only {itemRoutes.Count} item pages were found");
        Assert.True(missing.Count == 0, "Item pages without their rows (this review, other review, random): " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rows for pages that no longer exist: " + string.Join(", ", stale));
    }

    private const string Prefix = "/reviews/{reviewId:guid}";

    [GeneratedRegex(@"\{\w+:guid\??\}")]
    private static partial Regex ItemParameter();

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Parameter();

    /// <summary>How the ids of <paramref name="items"/> are named in <see cref="RecordWorld.Items"/>.</summary>
    private static string ItemsPrefix(string items) => items switch
    {
        "not shared" => "private.",
        "agency B" or "conversation B" => "B.",
        "other review" => "R2.",
        "other partnership" => "P2.",
        _ => string.Empty,
    };

    /// <summary>The route with the ids of <paramref name="items"/> put in.</summary>
    private string Fill(string route, string items)
    {
        var review = items == "under other review" ? world.SecondReviewId : world.ReviewId;
        var prefix = ItemsPrefix(items);
        var filled = Parameter().Replace(route, m =>
        {
            var name = m.Groups[1].Value;
            if (name == "memberId" && route.StartsWith("/setting-up/family/", StringComparison.Ordinal))
            {
                name = "familyMemberId";
            }

            return name switch
            {
                "number" => "1",
                "itemKind" => "episodes",
                _ when items == "random" => Guid.NewGuid().ToString(),
                _ => world.Items.GetValueOrDefault(prefix + name) ?? world.Items[name],
            };
        });
        return $"/reviews/{review}{filled}";
    }
}
