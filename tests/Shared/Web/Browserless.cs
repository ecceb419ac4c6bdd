using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lantern.Testing.Web;

/// <summary>A page as a test sees it: status, headers and parsed HTML.</summary>
public sealed record PageResult(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public IReadOnlyList<string> Errors =>
        Document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public string? Token => Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
}

/// <summary>An HTTP client that reads pages and posts forms with their antiforgery token, following
/// nothing automatically so tests see each redirect.</summary>
public sealed class Browserless(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public async Task<PageResult> GetAsync(string url)
    {
        var response = await Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, Parser.ParseDocument(html), html);
    }

    /// <summary>Follows redirects from <paramref name="url"/> to the page they end on.</summary>
    public async Task<PageResult> GetFollowingAsync(string url)
    {
        var page = await GetAsync(url);
        for (var i = 0; i < 5 && page.Location is { } next; i++)
        {
            page = await GetAsync(next);
        }

        return page;
    }

    /// <summary>Posts a form the way a browser would after loading <paramref name="formUrl"/>.</summary>
    public async Task<PageResult> PostAsync(string formUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var form = await GetAsync(formUrl);
        var token = form.Token ?? throw new InvalidOperationException($"{formUrl} has no form token (status {(int)form.Status}).");
        return await PostWithTokenAsync(postUrl ?? formUrl, token, fields);
    }

    public async Task<PageResult> PostWithTokenAsync(string url, string? token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = fields.ToList();
        if (token is not null)
        {
            all.Add(new("__RequestVerificationToken", token));
        }

        var response = await Client.PostAsync(url, new FormUrlEncodedContent(all));
        var html = await response.Content.ReadAsStringAsync();
        return new PageResult(response, Parser.ParseDocument(html), html);
    }
}

public static class Form
{
    public static KeyValuePair<string, string>[] Of(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToArray();
}
