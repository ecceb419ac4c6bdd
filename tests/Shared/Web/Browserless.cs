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

    /// <summary>
    /// The token a browser would send when posting to <paramref name="postUrl"/> from this page (found at
    /// <paramref name="pageUrl"/>): the one inside the form that posts there. A page whose form for that address
    /// has no token fails the test, as the browser's post would fail; with no such form, the page's first token.
    /// </summary>
    public string? TokenFor(string pageUrl, string postUrl)
    {
        var origin = new Uri("http://lantern.test");
        var target = new Uri(origin, postUrl).AbsolutePath;
        var forms = Document.QuerySelectorAll("form")
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .Where(f => new Uri(new Uri(origin, pageUrl), f.GetAttribute("action") ?? string.Empty).AbsolutePath == target)
            .ToList();
        if (forms.Count == 0)
        {
            return Token;
        }

        return forms.Select(f => f.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"The form on {pageUrl} that posts to {target} has no antiforgery token, so a browser's post would be refused.");
    }
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
        var token = form.TokenFor(formUrl, postUrl ?? formUrl) ?? throw new InvalidOperationException($"{formUrl} has no form token (status {(int)form.Status}).");
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
