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
/// review, someone with no role, and a powerful user of another partnership. The expectations are the tables in
/// AccessMatrixTests.Table.cs; an endpoint missing from <see cref="Table"/> fails <see cref="Table_CoversEveryEndpoint"/>.
/// </summary>
public sealed partial class AccessMatrixTests(World world) : IClassFixture<World>
{
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
        .Replace("{actionId:guid}", world.Actions.ActionId.ToString(), StringComparison.Ordinal)
        .Replace("{measureId:guid}", world.Actions.MeasureId.ToString(), StringComparison.Ordinal)
        .Replace("{checkId:guid}", world.Actions.CheckId.ToString(), StringComparison.Ordinal)
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
        .Replace("{sectionKey}", "summary", StringComparison.Ordinal)
        .Replace("{edition}", "published", StringComparison.Ordinal)
        .Replace("{marker:int}", "2", StringComparison.Ordinal)
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
