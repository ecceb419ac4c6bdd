using System.Net;

namespace Lantern.Web.Tests.Access;

/// <summary>Every form, sent a body that no browser sends: a page that says so, never a server error.</summary>
public sealed partial class AccessMatrixTests
{
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
}
