using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK back link component (Nunjucks <c>govukBackLink</c> params).</summary>
public sealed record BackLinkOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Href { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class BackLinkRenderer
{
    public static IHtmlContent Render(BackLinkOptions options) =>
        new HtmlWriter().Open("a").Attr("href", string.IsNullOrEmpty(options.Href) ? "#" : options.Href)
            .Class("govuk-back-link", options.Classes).Attributes(options.Attributes).Close()
            .Content(options.Html, string.IsNullOrEmpty(options.Text) ? "Back" : options.Text)
            .End("a").ToHtml();
}
