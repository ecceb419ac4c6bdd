namespace Lantern.Web.Tests.Access;

/// <summary>The expected access: who may read each route, and where a form needs more, who may post to it.</summary>
public sealed partial class AccessMatrixTests
{
    // Y: may use the page. -: refused (anonymous: sent to sign in; signed in: 403, or 404 across partnerships).
    // "other" is the business unit, chair and administrator of another partnership; the ids in each route
    // belong to the first partnership.
    private const string Table = """
        route                                                                       | anon | admin | bu | chair | partner | none | lead | team | casegroup | contact | observer | other
        /                                                                           | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /accessibility                                                              | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /privacy                                                                    | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /error/{code:int}                                                           | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /health                                                                     | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /setup/{token}                                                              | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/sign-in                                                            | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/two-factor                                                         | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/recovery-code                                                      | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/set-up-authenticator                                               | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/invitation/{token}                                                 | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/new-password/{token}                                               | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/sign-out                                                           | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/signed-out                                                         | Y    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account                                                                    | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/sign-out-everywhere                                                | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/recovery-codes                                                     | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /account/change-password                                                    | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /reviews                                                                    | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /dashboard                                                                  | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /dashboard/export                                                           | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /reviews/new                                                                | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /reviews/{reviewId:guid}                                                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | Y       | Y        | -
        /reviews/{reviewId:guid}/details                                            | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/withdraw                                           | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/members                                            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/members/add                                        | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/members/{memberId:guid}/change                     | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/members/{memberId:guid}/remove                     | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /referrals/new                                                              | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /referrals/new/{kind}                                                       | -    | Y     | Y  | Y     | Y       | Y    | Y    | Y    | Y         | Y       | Y        | Y
        /reviews/{reviewId:guid}/setting-up                                         | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/referral                                | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/notification                            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/information-requests                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/decision                                | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/purpose                                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/governance                              | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/plan                                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/plan/milestones/add                     | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/plan/milestones/{milestoneId:guid}      | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/plan/delays/add                         | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/plan/budget                             | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/plan/publication                        | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/history                                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information-requests/{requestId:guid?}             | -    | -     | -  | -     | -       | -    | -    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/tasks/{taskId:guid}/done                           | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/rapid-review                            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/rapid-review/report-sent                | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/board                                   | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /admin/settings                                                             | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/report-structure                                                     | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/deadlines                                                            | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/deadlines/{key}                                                      | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/holidays                                                             | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /reviews/{reviewId:guid}/setting-up/terms                                   | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/setting-up/terms/edit                              | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/terms/{versionNumber:int}/download      | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information                                        | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/people                                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/people/add                             | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/{personId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/people/{personId:guid}/change          | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/identity-access                 | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/unmatched-names                 | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/upload                          | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/template/{format}               | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}   | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}/columns| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology                             | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/duplicates                  | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}       | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}/attendance| -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}/attendance| -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}      | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/timeline                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/known-at-the-time           | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/meetings                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/meetings/attendance         | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology/export.csv                  | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/export.docx                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/documents                              | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/documents/{documentId:guid}            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/documents/{documentId:guid}/download   | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/material                               | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/material/{itemId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/material/export.csv                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/material/export.docx                   | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/processes                              | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/processes/{processId:guid}             | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/information/documents/upload                       | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/material/add                           | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/material/{itemId:guid}/change          | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/material/{itemId:guid}/requests/add    | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/material/{itemId:guid}/requests/{disclosureId:guid}| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/processes/add                          | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/processes/{processId:guid}/change      | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/processes/{processId:guid}/constraints/add| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/processes/{processId:guid}/constraints/{constraintId:guid}/lift| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/processes/{processId:guid}/liaison/add | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | Y       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}| -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | Y       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int}| -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | Y       | Y        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/template/{format}| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/upload          | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}/columns| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}/add| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/information/chronology/submissions/event-words     | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/setting-up/family                                  | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/add                              | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/{memberId:guid}                  | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/contact                          | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/letter                           | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/{memberId:guid}/letter/{templateId:guid}| -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis                                           | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/episodes                                  | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/episodes/add                              | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/change          | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/factors         | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/evidence        | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/findings                                  | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/findings/add                              | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/findings/{findingId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/findings/{findingId:guid}/change          | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/findings/{findingId:guid}/evidence        | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/recommendations                           | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/recommendations/add                       | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/recommendations/{recommendationId:guid}/change| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/challenges                                | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/challenges/{challengeId:guid}             | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/traceability                              | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/shared                                    | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/shared/episodes/{episodeId:guid}          | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/shared/findings/{findingId:guid}          | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/narrative                                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/narrative/add                             | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}                | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/change         | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/add| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/discrepancies/add| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/meetings                                  | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/meetings/arrange                          | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/meetings/{meetingId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/meetings/{meetingId:guid}/record          | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/hindsight                                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/withdrawn                                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/withdraw/{itemKind}/{analysisItemId:guid} | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/shared/narrative/{sectionId:guid}         | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/shared/meetings/{meetingId:guid}          | -    | -     | -  | -     | -       | -    | Y    | Y    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/conversations                             | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/analysis/conversations/arrange                     | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}       | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}/statements| -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}/notes | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/my-conversations                                   | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | Y       | Y        | -
        /reviews/{reviewId:guid}/my-conversations/{conversationId:guid}             | -    | -     | -  | -     | -       | -    | -    | -    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/my-conversations/{conversationId:guid}/correct     | -    | -     | -  | -     | -       | -    | -    | -    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/my-conversations/{conversationId:guid}/feedback    | -    | -     | -  | -     | -       | -    | -    | -    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/working-papers.docx                       | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /admin                                                                      | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/users                                                                | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/users/invite                                                         | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/users/{userId:guid}                                                  | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/users/{userId:guid}/edit                                             | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/users/{userId:guid}/reset-password                                   | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/users/{userId:guid}/{operation}                                      | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/agencies                                                             | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/agencies/add                                                         | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/agencies/{agencyId:guid}                                             | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/review-types                                                         | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/review-types/add                                                     | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/review-types/{typeId:guid}                                           | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/letters                                                              | -    | Y     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/letters/{templateId:guid}                                            | -    | Y     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/coding-schemes                                                       | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/coding-schemes/add                                                   | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /admin/coding-schemes/{schemeKey}                                           | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/coding-schemes/{schemeKey}/new-version                               | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /admin/coding-schemes/{schemeKey}/retire                                    | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/report                                             | -    | -     | Y  | Y     | Y       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/report/{number:int}                                | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/report/{number:int}/sections/{sectionKey}          | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/report/{number:int}/sections/{sectionKey}/write    | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/report/{number:int}/editions/{edition}             | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/report/{number:int}/readers                        | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/report/shared-draft                                | -    | -     | -  | -     | -       | -    | -    | -    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/report/identifying-details                         | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/report/check-document                              | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/board-response                                     | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/board-response/presentation                        | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/board-response/findings/{findingId:guid}           | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/publication                                        | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/publication/national-bodies                        | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/publication/family                                 | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/publication/media                                  | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/publication/published                              | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/publication/professionals                          | -    | -     | -  | -     | -       | -    | -    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/actions                                            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | Y       | Y        | -
        /reviews/{reviewId:guid}/actions/new                                        | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}                            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | Y       | Y        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}/update                     | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}/evidence                   | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}/measures/new               | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}/measures/{measureId:guid}  | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | Y       | Y        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}/checks/{checkId:guid}      | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | Y       | -        | -
        /actions                                                                    | -    | -     | Y  | Y     | Y       | -    | -    | -    | -         | -       | -        | Y
        /actions/export/{format}                                                    | -    | -     | Y  | Y     | Y       | -    | -    | -    | -         | -       | -        | Y
        /reviews/{reviewId:guid}/quality                                            | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/quality/{marker:int}                               | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/quality/{marker:int}/moderate                      | -    | -     | Y  | Y     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/quality/download                                   | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /quality                                                                    | -    | -     | Y  | Y     | Y       | -    | -    | -    | -         | -       | -        | Y
        /quality/download                                                           | -    | -     | Y  | Y     | Y       | -    | -    | -    | -         | -       | -        | Y
        /board                                                                      | -    | -     | -  | Y     | Y       | -    | -    | -    | -         | -       | -        | Y
        /admin/learning-priorities                                                  | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /audit                                                                      | -    | Y     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        /audit/export/{reviewId:guid}                                               | -    | Y     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /audit/verify                                                               | -    | Y     | -  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        """;

    // Where a page's form needs more than reading it does ([HandlerNeeds]), who may POST to it.
    private const string PostTable = """
        route                                                                       | anon | admin | bu | chair | partner | none | lead | team | casegroup | contact | observer | other
        /reviews/{reviewId:guid}/setting-up/notification                            | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/information-requests                    | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/decision                                | -    | -     | -  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/rapid-review                            | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/board                                   | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/terms                                   | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/purpose                                 | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/governance                              | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/plan                                    | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/add                              | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/{memberId:guid}                  | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/setting-up/family/contact                          | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology/duplicates                  | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}       | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}/attendance| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}/attendance| -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/information/documents/{documentId:guid}            | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/findings/{findingId:guid}                 | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/shared/episodes/{episodeId:guid}          | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/shared/findings/{findingId:guid}          | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}       | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}                | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/hindsight                                 | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/analysis/shared/narrative/{sectionId:guid}         | -    | -     | Y  | Y     | -       | -    | Y    | Y    | Y         | -       | -        | -
        /reviews/{reviewId:guid}/report                                             | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/report/{number:int}/sections/{sectionKey}          | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | Y        | -
        /reviews/{reviewId:guid}/report/{number:int}/editions/{edition}             | -    | -     | Y  | Y     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/report/{number:int}/readers                        | -    | -     | Y  | -     | -       | -    | Y    | Y    | -         | -       | -        | -
        /reviews/{reviewId:guid}/report/identifying-details                         | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/board-response/presentation                        | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/board-response/findings/{findingId:guid}           | -    | -     | -  | -     | -       | -    | -    | -    | -         | -       | -        | -
        /reviews/{reviewId:guid}/actions/{actionId:guid}/measures/{measureId:guid}  | -    | -     | Y  | Y     | -       | -    | -    | -    | -         | Y       | -        | -
        /reviews/{reviewId:guid}/quality/{marker:int}                               | -    | -     | Y  | -     | -       | -    | Y    | -    | -         | -       | -        | -
        /admin/learning-priorities                                                  | -    | -     | Y  | -     | -       | -    | -    | -    | -         | -       | -        | Y
        """;
}
