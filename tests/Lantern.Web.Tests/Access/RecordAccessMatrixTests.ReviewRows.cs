namespace Lantern.Web.Tests.Access;

/// <summary>The rows of the record-level access table for the review's other pages: information, members,
/// conversations, setting up and tasks.</summary>
public sealed partial class RecordAccessMatrixTests
{
    private const string ReviewRows = """
        /actions/{actionId:guid}                                                           | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}                                                           | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}                                                           | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /actions/{actionId:guid}                                                           | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/update                                                    | this review        | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/update                                                    | other review       | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/update                                                    | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/update                                                    | random             | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/evidence                                                  | this review        | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/evidence                                                  | other review       | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/evidence                                                  | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/evidence                                                  | random             | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/new                                              | this review        | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/new                                              | other review       | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/new                                              | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/new                                              | random             | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/{measureId:guid}                                 | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/{measureId:guid}                                 | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/measures/{measureId:guid}                                 | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /actions/{actionId:guid}/measures/{measureId:guid}                                 | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/checks/{checkId:guid}                                     | this review        | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 200   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/checks/{checkId:guid}                                     | other review       | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /actions/{actionId:guid}/checks/{checkId:guid}                                     | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /actions/{actionId:guid}/checks/{checkId:guid}                                     | random             | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 404   | 404   | 403   | 403   | 404
        /board-response/findings/{findingId:guid}                                          | this review        | 200   | 200   | 200   | 200   | 200   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /board-response/findings/{findingId:guid}                                          | other review       | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
        /board-response/findings/{findingId:guid}                                          | under other review | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 403   | 404   | 403   | 404
        /board-response/findings/{findingId:guid}                                          | random             | 404   | 404   | 404   | 404   | 404   | 403   | 403   | 403   | 403   | 403   | 403   | 404
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
}
