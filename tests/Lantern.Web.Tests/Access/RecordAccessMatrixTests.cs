using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lantern.Web.Tests.Access;

/// <summary>
/// The record-level access matrix: every page with an item's id in its address, asked for by every kind of person
/// with items they may and may not see. The page matrix (<see cref="AccessMatrixTests"/>) says who may open a page;
/// this one says which records each of them may open through it. Black-box: only statuses over HTTP, against the
/// written table below (its rows in RecordAccessMatrixTests.AnalysisRows.cs and .ReviewRows.cs), never computed
/// from the rules in src. The world is <see cref="RecordWorld"/>.
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
    private const string Table = Header + "\n" + AnalysisRows + "\n" + ReviewRows;

    private const string Header = """
        route                                                                              | items              | bu    | chair | lead  | team  | obs   | cgA   | cgB   | agA   | agB   | lead2 | admin | other
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
