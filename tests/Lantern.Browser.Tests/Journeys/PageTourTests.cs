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
    [InlineData("board member")]
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
                "board member" => world.World.Partner,
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
        .Replace("{marker:int}", "2", StringComparison.Ordinal)
        .Replace("{actionId:guid}", world.World.Actions.ActionId.ToString(), StringComparison.Ordinal)
        .Replace("{measureId:guid}", world.World.Actions.MeasureId.ToString(), StringComparison.Ordinal)
        .Replace("{checkId:guid}", world.World.Actions.CheckId.ToString(), StringComparison.Ordinal)
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
        .Replace("{sectionKey}", "summary", StringComparison.Ordinal)
        .Replace("{edition}", "published", StringComparison.Ordinal)
        .Replace("{format}", "xlsx", StringComparison.Ordinal);

    [GeneratedRegex(@"\{(\w+):regex\([^}]*\)\}")]
    private static partial Regex RegexConstraint();
}
