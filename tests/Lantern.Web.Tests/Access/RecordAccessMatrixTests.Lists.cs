using System.Net;

namespace Lantern.Web.Tests.Access;

/// <summary>
/// The record-level matrix for list pages: which records a list shows each persona. Together with the item pages
/// above, it is what fails when any one record rule stops narrowing (an agency contact shown another agency's
/// request or chronology, a participant shown someone else's conversation, an invitee a meeting they are not invited to).
/// </summary>
public sealed partial class RecordAccessMatrixTests
{
    // Routes are under /reviews/{reviewId:guid}. "record" names the item looked for in the page (by its id, in a link
    // or a form), "items" which one of it, as in the item table: this review (agency A's request and chronology, case
    // group member A's conversation, the case group meeting), agency B, conversation B, not shared (the review team
    // meeting, to which case group member A is also invited).
    // shown: 200 and the record is on the page; hidden: 200 and it is not (an upload waiting to be checked is linked
    // only for those who may send the chronology); a status: the page is not for them.
    private const string ListTable = """
        route                               | record         | items          | bu     | chair  | lead   | team   | obs    | cgA    | cgB    | agA    | agB    | lead2  | admin  | other
        /information-requests               | requestId      | this review    | 403    | 403    | 403    | 403    | 403    | 403    | 403    | shown  | hidden | 403    | 403    | 404
        /information-requests               | requestId      | agency B       | 403    | 403    | 403    | 403    | 403    | 403    | 403    | hidden | shown  | 403    | 403    | 404
        /information/chronology/submissions | agencyId       | this review    | shown  | shown  | shown  | shown  | shown  | 403    | 403    | shown  | hidden | 403    | 403    | 404
        /information/chronology/submissions | agencyId       | agency B       | shown  | shown  | shown  | shown  | shown  | 403    | 403    | hidden | shown  | 403    | 403    | 404
        /information/chronology/submissions | importId       | this review    | shown  | hidden | shown  | hidden | hidden | 403    | 403    | shown  | hidden | 403    | 403    | 404
        /information/chronology/submissions | importId       | agency B       | shown  | hidden | shown  | hidden | hidden | 403    | 403    | hidden | shown  | 403    | 403    | 404
        /my-conversations                   | conversationId | this review    | hidden | hidden | hidden | hidden | hidden | shown  | hidden | hidden | hidden | 403    | 403    | 404
        /my-conversations                   | conversationId | conversation B | hidden | hidden | hidden | hidden | hidden | hidden | shown  | hidden | hidden | 403    | 403    | 404
        /analysis/shared                    | meetingId      | this review    | hidden | hidden | shown  | shown  | hidden | shown  | hidden | 403    | 403    | 403    | 403    | 404
        /analysis/shared                    | meetingId      | not shared     | hidden | hidden | hidden | hidden | hidden | hidden | hidden | 403    | 403    | 403    | 403    | 404
        """;

    private static readonly Lazy<List<(string Route, string Record, string Items, string Persona, string Expected)>> ParsedLists = new(ParseLists);

    private static List<(string Route, string Record, string Items, string Persona, string Expected)> ParseLists()
    {
        var lines = ListTable.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(Personas, lines[0].Split('|', StringSplitOptions.TrimEntries)[3..]);
        return lines.Skip(1)
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .SelectMany(c => Personas.Select((p, i) => (c[0], c[1], c[2], p, c[i + 3])))
            .ToList();
    }

    public static TheoryData<string, string, string, string> Lists()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var cell in ParsedLists.Value)
        {
            data.Add(cell.Route, cell.Record, cell.Items, cell.Persona);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Get_ListPage_ShowsTheRecordsTheTableSays(string route, string record, string items, string persona)
    {
        var expected = ParsedLists.Value.Single(c => c.Route == route && c.Record == record && c.Items == items && c.Persona == persona).Expected;
        var url = Fill(route, items);
        var response = await (await world.BrowserAsync(persona)).Client.GetAsync(url);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (expected is not ("shown" or "hidden"))
        {
            Assert.True(expected == status, $"GET {url} as {persona}: expected {expected}, got {status}");
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as {persona}: expected 200, got {status}");
        var id = world.Items[ItemsPrefix(items) + record];
        var shown = (await response.Content.ReadAsStringAsync()).Contains(id, StringComparison.OrdinalIgnoreCase) ? "shown" : "hidden";
        Assert.True(expected == shown, $"GET {url} as {persona}: {record} ({items}) expected {expected}, was {shown}");
    }
}
