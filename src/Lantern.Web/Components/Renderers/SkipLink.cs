using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK skip link component (Nunjucks <c>govukSkipLink</c> params).</summary>
public sealed record SkipLinkOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Href { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class SkipLinkRenderer
{
    public static IHtmlContent Render(SkipLinkOptions options) =>
        new HtmlWriter().Open("a").Attr("href", string.IsNullOrEmpty(options.Href) ? "#content" : options.Href)
            .Class("govuk-skip-link", options.Classes).Attributes(options.Attributes).Attr("data-module", "govuk-skip-link").Close()
            .Content(options.Html, options.Text)
            .End("a").ToHtml();
}
