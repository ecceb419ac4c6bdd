using System.Net;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Access;

/// <summary>
/// Every endpoint the app exposes, for every kind of person: anonymous, each partnership role, each role on a
/// review, someone with no role, and a powerful user of another partnership. The expectations are the table
/// below; an endpoint missing from it fails <see cref="Table_CoversEveryEndpoint"/>.
/// </summary>
public sealed class AccessMatrixTests(World world) : IClassFixture<World>
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
        """;

    public static TheoryData<string> Personas() =>
        ["anon", "admin", "bu", "chair", "partner", "none", "lead", "team", "casegroup", "contact", "observer", "other"];

    private static Dictionary<string, Dictionary<string, bool>> Expected() => Parse(Table);

    /// <summary>Who may POST to each route: the reading table, with <see cref="PostTable"/>'s rows instead where it has them.</summary>
    private static Dictionary<string, Dictionary<string, bool>> ExpectedPost()
    {
        var expected = Expected();
        foreach (var (route, row) in Parse(PostTable))
        {
            expected[route] = row;
        }

        return expected;
    }

    private static Dictionary<string, Dictionary<string, bool>> Parse(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var header = lines[0].Split('|', StringSplitOptions.TrimEntries);
        return lines.Skip(1)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(c => c[0], c => header.Skip(1).Zip(c.Skip(1)).ToDictionary(p => p.First, p => p.Second == "Y"));
    }

    /// <summary>Route templates as the table writes them (regular-expression constraints left out).</summary>
    private static string Normalise(string template)
    {
        var route = "/" + template.TrimStart('/');
        return System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+):regex\([^}]*\)\}", "{$1}");
    }

    private IReadOnlyList<(string Route, Endpoint Endpoint)> Endpoints() =>
        world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Normalise(e.RoutePattern.RawText ?? string.Empty), (Endpoint)e))
            .ToList();

    [Fact]
    public void Table_CoversEveryEndpoint()
    {
        var expected = Expected();
        var routes = Endpoints().Select(e => e.Route).Distinct().ToList();

        var missing = routes.Where(r => !expected.ContainsKey(r)).ToList();
        var stale = expected.Keys.Where(r => !routes.Contains(r)).ToList();

        Assert.True(missing.Count == 0, "Endpoints with no access rule in the matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Matrix rows for endpoints that no longer exist: " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Get_EveryEndpoint_AllowsExactlyWhoTheTableSays(string persona)
    {
        var browser = await BrowserForAsync(persona);
        var failures = new List<string>();
        foreach (var (route, allowed) in Expected().Select(r => (r.Key, r.Value[persona])))
        {
            var page = await browser.GetAsync(Fill(route));
            var outcome = Classify(page.Response);
            if (allowed != (outcome == "allowed"))
            {
                failures.Add($"GET {route}: expected {(allowed ? "allowed" : "refused")}, got {outcome} ({(int)page.Status} {page.Location})");
            }
        }

        Assert.True(failures.Count == 0, $"{persona}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Post_EveryWriteEndpoint_IsRefusedToWhoeverTheTableRefuses(string persona)
    {
        var browser = await BrowserForAsync(persona);
        var token = (await browser.GetAsync("/account/sign-in")).Token ?? (await browser.GetAsync("/account")).Token;
        var expected = ExpectedPost();
        var failures = new List<string>();
        foreach (var route in await RoutesWithPostHandlersAsync())
        {
            if (expected[route][persona])
            {
                continue;
            }

            var page = await browser.PostWithTokenAsync(Fill(route), token, []);
            var outcome = Classify(page.Response);
            if (outcome is "allowed" or "a server error")
            {
                failures.Add($"POST {route}: expected refused, got {(int)page.Status} {page.Location}");
            }
        }

        Assert.True(failures.Count == 0, $"{persona}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Post_EveryPage_HasAHandlerListedInTheMatrix()
    {
        var posts = await RoutesWithPostHandlersAsync();

        Assert.Contains("/reviews/new", posts);
        Assert.Contains("/reviews/{reviewId:guid}/members/{memberId:guid}/remove", posts);
        Assert.Contains("/admin/users/{userId:guid}/{operation}", posts);
        Assert.All(posts, p => Assert.True(Expected().ContainsKey(p), p));
    }

    // Bodies no browser sends, each labelled as a multipart form.
    public static TheoryData<string, string, string> MalformedMultipartBodies() => new()
    {
        { "not multipart at all", "multipart/form-data; boundary=lantern", "This is not a form." },
        { "no boundary", "multipart/form-data", "--lantern\r\nContent-Disposition: form-data; name=\"Input.Title\"\r\n\r\nChild\r\n--lantern--\r\n" },
        { "cut short", "multipart/form-data; boundary=lantern", "--lantern\r\nContent-Disposition: form-data; name=\"Input.Title\"\r\n\r\nChi" },
        { "a part's headers too long", "multipart/form-data; boundary=lantern", "--lantern\r\nContent-Disposition: form-data; name=\"" + new string('x', 20_000) + "\"\r\n\r\nChild\r\n--lantern--\r\n" },
        { "boundary too long", "multipart/form-data; boundary=" + new string('b', 100), "--" + new string('b', 100) + "\r\n" },
    };

    [Theory]
    [MemberData(nameof(MalformedMultipartBodies))]
    public async Task Post_MalformedMultipartBody_IsA400PageOnEveryForm(string kind, string contentType, string body)
    {
        var browser = await BrowserForAsync("bu");
        var routes = await RoutesWithPostHandlersAsync();
        var failures = new List<string>();
        foreach (var route in routes)
        {
            using var content = new StringContent(body);
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
            var response = await browser.Client.PostAsync(Fill(route), content);
            var html = await response.Content.ReadAsStringAsync();

            // The error page reads no form: it answers with the code in its address.
            var expected = route == "/error/{code:int}" ? (HttpStatusCode)418 : HttpStatusCode.BadRequest;
            if (response.StatusCode != expected || (expected == HttpStatusCode.BadRequest && !html.Contains("Sorry, there is a problem with what was sent", StringComparison.Ordinal)))
            {
                failures.Add($"POST {route}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(routes.Count > 60, $"Only {routes.Count} pages with forms were found");
        Assert.True(failures.Count == 0, $"{kind}:\n" + string.Join("\n", failures));
    }

    private async Task<List<string>> RoutesWithPostHandlersAsync()
    {
        var loader = world.Factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<string>();
        foreach (var (route, endpoint) in Endpoints())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            if (compiled.HandlerMethods.Any(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)))
            {
                routes.Add(route);
            }
        }

        return routes.Distinct().ToList();
    }

    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && location.Contains("ReturnUrl=", StringComparison.OrdinalIgnoreCase))
        {
            return "sent to sign in";
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => "403",
            HttpStatusCode.NotFound => "404",
            >= HttpStatusCode.InternalServerError => "a server error",
            _ => "allowed",
        };
    }

    private string Fill(string route) => route
        .Replace("{reviewId:guid}", world.ReviewId.ToString(), StringComparison.Ordinal)
        .Replace("{episodeId:guid}", world.Analysis.EpisodeId.ToString(), StringComparison.Ordinal)
        .Replace("{itemKind}", "episodes", StringComparison.Ordinal)
        .Replace("{analysisItemId:guid}", world.Analysis.EpisodeId.ToString(), StringComparison.Ordinal)
        .Replace("{findingId:guid}", world.Analysis.FindingId.ToString(), StringComparison.Ordinal)
        .Replace("{recommendationId:guid}", world.Analysis.RecommendationId.ToString(), StringComparison.Ordinal)
        .Replace("{conversationId:guid}", world.Analysis.ConversationId.ToString(), StringComparison.Ordinal)
        .Replace("{challengeId:guid}", world.Analysis.ChallengeId.ToString(), StringComparison.Ordinal)
        .Replace("{sectionId:guid}", world.Analysis.SectionId.ToString(), StringComparison.Ordinal)
        .Replace("{perspectiveId:guid}", world.Analysis.PerspectiveId.ToString(), StringComparison.Ordinal)
        .Replace("{discrepancyId:guid}", world.Analysis.DiscrepancyId.ToString(), StringComparison.Ordinal)
        .Replace("{meetingId:guid}", world.Analysis.MeetingId.ToString(), StringComparison.Ordinal)
        .Replace("{documentId:guid}", world.Evidence.DocumentId.ToString(), StringComparison.Ordinal)
        .Replace("{itemId:guid}", world.Evidence.MaterialItemId.ToString(), StringComparison.Ordinal)
        .Replace("{disclosureId:guid}", world.Evidence.DisclosureId.ToString(), StringComparison.Ordinal)
        .Replace("{processId:guid}", world.Evidence.ProcessId.ToString(), StringComparison.Ordinal)
        .Replace("{constraintId:guid}", world.Evidence.ConstraintId.ToString(), StringComparison.Ordinal)
        .Replace("family/{memberId:guid}", $"family/{world.FamilyMemberId}", StringComparison.Ordinal)
        .Replace("{memberId:guid}", world.MemberId.ToString(), StringComparison.Ordinal)
        .Replace("{personId:guid}", world.RegisteredPersonId.ToString(), StringComparison.Ordinal)
        .Replace("{taskId:guid}", world.TaskId.ToString(), StringComparison.Ordinal)
        .Replace("{requestId:guid?}", world.RequestId.ToString(), StringComparison.Ordinal)
        .Replace("{milestoneId:guid}", world.MilestoneId.ToString(), StringComparison.Ordinal)
        .Replace("{eventId:guid}", world.Chronology.MergedEventId.ToString(), StringComparison.Ordinal)
        .Replace("{entryId:guid}", world.Chronology.PoliceVisitId.ToString(), StringComparison.Ordinal)
        .Replace("{kind}", "child", StringComparison.Ordinal)
        .Replace("{key}", "england.notification", StringComparison.Ordinal)
        .Replace("{schemeKey}", world.CodingSchemeKey, StringComparison.Ordinal)
        .Replace("{versionNumber:int}", "1", StringComparison.Ordinal)
        .Replace("{userId:guid}", world.NoRole.Id.ToString(), StringComparison.Ordinal)
        .Replace("{agencyId:guid}", world.AgencyId.ToString(), StringComparison.Ordinal)
        .Replace("{typeId:guid}", world.ReviewTypeId.ToString(), StringComparison.Ordinal)
        .Replace("{templateId:guid}", world.LetterTemplateId.ToString(), StringComparison.Ordinal)
        .Replace("{operation}", "disable", StringComparison.Ordinal)
        .Replace("{token}", new string('x', 43), StringComparison.Ordinal)
        .Replace("{code:int}", "418", StringComparison.Ordinal)
        .Replace("{peopleImportId:guid}", world.PeopleImportId.ToString(), StringComparison.Ordinal)
        .Replace("{peopleRowId:guid}", world.PeopleImportRowId.ToString(), StringComparison.Ordinal)
        .Replace("{importId:guid}", world.ChronologyImportId.ToString(), StringComparison.Ordinal)
        .Replace("{rowId:guid}", world.ChronologyImportRowId.ToString(), StringComparison.Ordinal)
        .Replace("{number:int}", "1", StringComparison.Ordinal)
        .Replace("{format}", "csv", StringComparison.Ordinal);

    private async Task<Browserless> BrowserForAsync(string persona) => persona switch
    {
        "anon" => world.Factory.Anonymous(),
        "admin" => await world.Factory.SignInAsync(world.Administrator),
        "bu" => await world.Factory.SignInAsync(world.BusinessUnit),
        "chair" => await world.Factory.SignInAsync(world.Chair),
        "partner" => await world.Factory.SignInAsync(world.Partner),
        "none" => await world.Factory.SignInAsync(world.NoRole),
        "lead" => await world.Factory.SignInAsync(world.OnReview[ReviewRole.LeadReviewer]),
        "team" => await world.Factory.SignInAsync(world.OnReview[ReviewRole.ReviewTeamMember]),
        "casegroup" => await world.Factory.SignInAsync(world.OnReview[ReviewRole.CaseGroupMember]),
        "contact" => await world.Factory.SignInAsync(world.OnReview[ReviewRole.AgencyContact]),
        "observer" => await world.Factory.SignInAsync(world.OnReview[ReviewRole.Observer]),
        "other" => await world.Factory.SignInAsync(world.OtherBusinessUnit),
        _ => throw new ArgumentOutOfRangeException(nameof(persona)),
    };
}
