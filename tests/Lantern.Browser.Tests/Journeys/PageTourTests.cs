using System.Text.RegularExpressions;
using Lantern.Browser.Tests.Infrastructure;
using Lantern.Core.Reviews;
using Lantern.Testing.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Browser.Tests.Journeys;

/// <summary>
/// Every page of Lantern, opened in Chromium by someone allowed to see it, scanned with axe (WCAG 2.2 AA) and
/// screenshotted. <see cref="Tour_CoversEveryPage"/> fails when a page is added without joining the tour.
/// </summary>
public sealed partial class PageTourTests(BrowserFixture browser, LiveWorld world) : IClassFixture<BrowserFixture>, IClassFixture<LiveWorld>
{
    // Route template -> who opens it and the status they should get.
    private static readonly Dictionary<string, (string Who, int Status)> Tour = new()
    {
        ["/"] = ("anonymous", 200),
        ["/accessibility"] = ("anonymous", 200),
        ["/privacy"] = ("anonymous", 200),
        ["/error/{code:int}"] = ("anonymous", 404),
        ["/health"] = ("anonymous", 200),
        ["/setup/{token}"] = ("anonymous", 200),
        ["/account/sign-in"] = ("anonymous", 200),
        ["/account/two-factor"] = ("anonymous", 200),
        ["/account/recovery-code"] = ("anonymous", 200),
        ["/account/set-up-authenticator"] = ("anonymous", 200),
        ["/account/invitation/{token}"] = ("anonymous", 200),
        ["/account/new-password/{token}"] = ("anonymous", 200),
        ["/account/signed-out"] = ("anonymous", 200),
        ["/account/sign-out"] = ("administrator", 200),
        ["/account"] = ("administrator", 200),
        ["/account/sign-out-everywhere"] = ("administrator", 200),
        ["/account/recovery-codes"] = ("administrator", 200),
        ["/account/change-password"] = ("administrator", 200),
        ["/admin"] = ("administrator", 200),
        ["/admin/users"] = ("administrator", 200),
        ["/admin/users/invite"] = ("administrator", 200),
        ["/admin/users/{userId:guid}"] = ("administrator", 200),
        ["/admin/users/{userId:guid}/edit"] = ("administrator", 200),
        ["/admin/users/{userId:guid}/reset-password"] = ("administrator", 200),
        ["/admin/users/{userId:guid}/{operation}"] = ("administrator", 200),
        ["/admin/agencies"] = ("administrator", 200),
        ["/admin/agencies/add"] = ("administrator", 200),
        ["/admin/agencies/{agencyId:guid}"] = ("administrator", 200),
        ["/admin/review-types"] = ("administrator", 200),
        ["/admin/review-types/add"] = ("administrator", 200),
        ["/admin/review-types/{typeId:guid}"] = ("administrator", 200),
        ["/admin/letters"] = ("administrator", 200),
        ["/admin/letters/{templateId:guid}"] = ("administrator", 200),
        ["/admin/coding-schemes"] = ("administrator", 200),
        ["/admin/coding-schemes/add"] = ("administrator", 200),
        ["/admin/coding-schemes/{schemeKey}"] = ("administrator", 200),
        ["/admin/coding-schemes/{schemeKey}/new-version"] = ("administrator", 200),
        ["/admin/coding-schemes/{schemeKey}/retire"] = ("administrator", 200),
        ["/audit"] = ("administrator", 200),
        ["/audit/verify"] = ("administrator", 200),
        ["/audit/export/{reviewId:guid}"] = ("business unit", 200),
        ["/reviews"] = ("business unit", 200),
        ["/dashboard"] = ("business unit", 200),
        ["/dashboard/export"] = ("business unit", 200),
        ["/reviews/new"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/details"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/withdraw"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/members"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/members/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/members/{memberId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/members/{memberId:guid}/remove"] = ("business unit", 200),
        ["/referrals/new"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/decision"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/rapid-review"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/rapid-review/report-sent"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/board"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/terms"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/terms/edit"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/terms/{versionNumber:int}/download"] = ("business unit", 200),
        ["/admin/settings"] = ("administrator", 200),
        ["/admin/deadlines"] = ("administrator", 200),
        ["/admin/deadlines/{key}"] = ("administrator", 200),
        ["/admin/holidays"] = ("administrator", 200),
        ["/referrals/new/{kind}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/{personId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/{personId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/identity-access"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/unmatched-names"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/upload"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/template/{format}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}/columns"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/people/imports/{peopleImportId:guid}/rows/{peopleRowId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/duplicates"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/timeline"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/known-at-the-time"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/meetings"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/meetings/attendance"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/events/{eventId:guid}/attendance"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/entries/{entryId:guid}/attendance"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/export.csv"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/export.docx"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/documents"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/documents/{documentId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/documents/{documentId:guid}/download"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/{itemId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/export.csv"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/export.docx"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes/{processId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/documents/upload"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/{itemId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/{itemId:guid}/requests/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/material/{itemId:guid}/requests/{disclosureId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes/{processId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes/{processId:guid}/constraints/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes/{processId:guid}/constraints/{constraintId:guid}/lift"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/processes/{processId:guid}/liaison/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}/versions/{number:int}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/template/{format}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/upload"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/event-words"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}"] = ("agency contact", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}/columns"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/imports/{importId:guid}/rows/{rowId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information/chronology/submissions/agencies/{agencyId:guid}/add"] = ("agency contact", 200),
        ["/reviews/{reviewId:guid}/setting-up/referral"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/notification"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/information-requests"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/purpose"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/governance"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/plan"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/plan/milestones/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/plan/milestones/{milestoneId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/plan/delays/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/plan/budget"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/plan/publication"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/history"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/tasks/{taskId:guid}/done"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/family"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/family/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/family/{memberId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/family/contact"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/family/letter"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/setting-up/family/{memberId:guid}/letter/{templateId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/information-requests/{requestId:guid?}"] = ("agency contact", 200),
        ["/reviews/{reviewId:guid}/analysis"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/episodes"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/episodes/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/factors"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/episodes/{episodeId:guid}/evidence"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/findings"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/findings/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/findings/{findingId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/findings/{findingId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/findings/{findingId:guid}/evidence"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/recommendations"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/recommendations/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/recommendations/{recommendationId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/challenges"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/challenges/{challengeId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/traceability"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/change"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/perspectives/{perspectiveId:guid}/sources"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/discrepancies/add"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/narrative/{sectionId:guid}/discrepancies/{discrepancyId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/meetings"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/meetings/arrange"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/meetings/{meetingId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/meetings/{meetingId:guid}/record"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/hindsight"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/withdrawn"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/withdraw/{itemKind}/{analysisItemId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/shared/narrative/{sectionId:guid}"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/analysis/shared/meetings/{meetingId:guid}"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/analysis/conversations"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/conversations/arrange"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}/notes"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/conversations/{conversationId:guid}/statements"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/my-conversations"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/my-conversations/{conversationId:guid}"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/my-conversations/{conversationId:guid}/correct"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/my-conversations/{conversationId:guid}/feedback"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/analysis/working-papers.docx"] = ("business unit", 200),
        ["/reviews/{reviewId:guid}/analysis/shared"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/analysis/shared/episodes/{episodeId:guid}"] = ("case group member", 200),
        ["/reviews/{reviewId:guid}/analysis/shared/findings/{findingId:guid}"] = ("case group member", 200),
    };

    // Not pages a person reads: a plain-text status and file downloads.
    private static readonly HashSet<string> NotHtml =
    [
        "/health", "/audit/export/{reviewId:guid}", "/dashboard/export", "/reviews/{reviewId:guid}/setting-up/terms/{versionNumber:int}/download",
        "/reviews/{reviewId:guid}/setting-up/family/{memberId:guid}/letter/{templateId:guid}",
        "/reviews/{reviewId:guid}/analysis/working-papers.docx",
        "/reviews/{reviewId:guid}/information/chronology/export.csv", "/reviews/{reviewId:guid}/information/chronology/export.docx",
        "/reviews/{reviewId:guid}/information/documents/{documentId:guid}/download",
        "/reviews/{reviewId:guid}/information/material/export.csv", "/reviews/{reviewId:guid}/information/material/export.docx",
        "/reviews/{reviewId:guid}/information/chronology/submissions/template/{format}",
        "/reviews/{reviewId:guid}/information/people/template/{format}",
    ];

    [Fact]
    public void Tour_CoversEveryPage()
    {
        var routes = world.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => RegexConstraint().Replace("/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/'), "{$1}"))
            .Distinct();

        var missing = routes.Where(r => !Tour.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "Pages not in the tour: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("administrator")]
    [InlineData("business unit")]
    [InlineData("agency contact")]
    [InlineData("case group member")]
    public async Task Tour_EveryPage_IsAccessible(string who)
    {
        await using var journey = Journey.Start(browser, world.BaseAddress, $"Tour_{who.Replace(' ', '_')}");
        var page = await journey.OpenAsync(who);
        if (who != "anonymous")
        {
            var person = who switch
            {
                "administrator" => world.World.Administrator,
                "agency contact" => world.World.OnReview[ReviewRole.AgencyContact],
                "case group member" => world.World.OnReview[ReviewRole.CaseGroupMember],
                _ => world.World.BusinessUnit,
            };
            await page.SignInAsync(world.Factory, person);
        }

        foreach (var (route, (_, status)) in Tour.Where(t => t.Value.Who == who && !NotHtml.Contains(t.Key)))
        {
            foreach (var path in Paths(route))
            {
                await page.GotoAsync(path, route, status);
            }
        }

        if (who == "anonymous")
        {
            foreach (var code in new[] { 400, 403, 405, 429, 500 })
            {
                await page.GotoAsync($"/error/{code}", $"error-{code}", code);
            }
        }
    }

    // A route that serves several pages, one for each value of a parameter, is visited once for each.
    private IEnumerable<string> Paths(string route) => route == "/admin/users/{userId:guid}/{operation}"
        ? new[] { "disable", "enable", "reset-two-factor", "new-invitation" }.Select(operation => Fill(route).Replace("{operation}", operation, StringComparison.Ordinal))
        : [Fill(route)];

    private string Fill(string route) => route
        .Replace("{reviewId:guid}", world.World.ReviewId.ToString(), StringComparison.Ordinal)
        .Replace("{episodeId:guid}", world.World.Analysis.EpisodeId.ToString(), StringComparison.Ordinal)
        .Replace("{itemKind}", "episodes", StringComparison.Ordinal)
        .Replace("{analysisItemId:guid}", world.World.Analysis.EpisodeId.ToString(), StringComparison.Ordinal)
        .Replace("{findingId:guid}", world.World.Analysis.FindingId.ToString(), StringComparison.Ordinal)
        .Replace("{recommendationId:guid}", world.World.Analysis.RecommendationId.ToString(), StringComparison.Ordinal)
        .Replace("{conversationId:guid}", world.World.Analysis.ConversationId.ToString(), StringComparison.Ordinal)
        .Replace("{challengeId:guid}", world.World.Analysis.ChallengeId.ToString(), StringComparison.Ordinal)
        .Replace("{sectionId:guid}", world.World.Analysis.SectionId.ToString(), StringComparison.Ordinal)
        .Replace("{perspectiveId:guid}", world.World.Analysis.PerspectiveId.ToString(), StringComparison.Ordinal)
        .Replace("{discrepancyId:guid}", world.World.Analysis.DiscrepancyId.ToString(), StringComparison.Ordinal)
        .Replace("{meetingId:guid}", world.World.Analysis.MeetingId.ToString(), StringComparison.Ordinal)
        .Replace("{documentId:guid}", world.World.Evidence.DocumentId.ToString(), StringComparison.Ordinal)
        .Replace("{itemId:guid}", world.World.Evidence.MaterialItemId.ToString(), StringComparison.Ordinal)
        .Replace("{disclosureId:guid}", world.World.Evidence.DisclosureId.ToString(), StringComparison.Ordinal)
        .Replace("{processId:guid}", world.World.Evidence.ProcessId.ToString(), StringComparison.Ordinal)
        .Replace("{constraintId:guid}", world.World.Evidence.ConstraintId.ToString(), StringComparison.Ordinal)
        .Replace("family/letter", $"family/letter?Letter={world.World.LetterTemplateId}&Member={world.World.FamilyMemberId}", StringComparison.Ordinal)
        .Replace("family/{memberId:guid}", $"family/{world.World.FamilyMemberId}", StringComparison.Ordinal)
        .Replace("{memberId:guid}", world.World.MemberId.ToString(), StringComparison.Ordinal)
        .Replace("{personId:guid}", world.World.RegisteredPersonId.ToString(), StringComparison.Ordinal)
        .Replace("{taskId:guid}", world.World.TaskId.ToString(), StringComparison.Ordinal)
        .Replace("{requestId:guid?}", world.World.RequestId.ToString(), StringComparison.Ordinal)
        .Replace("{milestoneId:guid}", world.World.MilestoneId.ToString(), StringComparison.Ordinal)
        .Replace("{eventId:guid}", world.World.Chronology.MergedEventId.ToString(), StringComparison.Ordinal)
        .Replace("{entryId:guid}", world.World.Chronology.PoliceVisitId.ToString(), StringComparison.Ordinal)
        .Replace("{kind}", "child", StringComparison.Ordinal)
        .Replace("{key}", "england.notification", StringComparison.Ordinal)
        .Replace("{schemeKey}", world.World.CodingSchemeKey, StringComparison.Ordinal)
        .Replace("{versionNumber:int}", "1", StringComparison.Ordinal)
        .Replace("{userId:guid}", world.World.OnReview[ReviewRole.Observer].Id.ToString(), StringComparison.Ordinal)
        .Replace("{agencyId:guid}", world.World.AgencyId.ToString(), StringComparison.Ordinal)
        .Replace("{typeId:guid}", world.World.ReviewTypeId.ToString(), StringComparison.Ordinal)
        .Replace("{templateId:guid}", world.World.LetterTemplateId.ToString(), StringComparison.Ordinal)
        .Replace("{token}", new string('x', 43), StringComparison.Ordinal)
        .Replace("{code:int}", "404", StringComparison.Ordinal)
        .Replace("{peopleImportId:guid}", world.World.PeopleImportId.ToString(), StringComparison.Ordinal)
        .Replace("{peopleRowId:guid}", world.World.PeopleImportRowId.ToString(), StringComparison.Ordinal)
        .Replace("{importId:guid}", world.World.ChronologyImportId.ToString(), StringComparison.Ordinal)
        .Replace("{rowId:guid}", world.World.ChronologyImportRowId.ToString(), StringComparison.Ordinal)
        .Replace("{number:int}", "1", StringComparison.Ordinal)
        .Replace("{format}", "xlsx", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(\w+):regex\([^}]*\)\}")]
    private static partial Regex RegexConstraint();
}
