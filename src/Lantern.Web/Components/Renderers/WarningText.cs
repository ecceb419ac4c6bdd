using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK warning text component (Nunjucks <c>govukWarningText</c> params).</summary>
public sealed record WarningTextOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? IconFallbackText { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class WarningTextRenderer
{
    public static IHtmlContent Render(WarningTextOptions options) =>
        new HtmlWriter().Open("div").Class("govuk-warning-text", options.Classes).Attributes(options.Attributes).Close().Line()
            .Open("span").Class("govuk-warning-text__icon").Attr("aria-hidden", "true").Close().Raw("!").End("span").Line()
            .Open("strong").Class("govuk-warning-text__text").Close().Line()
            .Open("span").Class("govuk-visually-hidden").Close()
            .Text(string.IsNullOrEmpty(options.IconFallbackText) ? "Warning" : options.IconFallbackText).End("span").Line()
            .Content(options.Html, options.Text).Line()
            .End("strong").Line()
            .End("div").ToHtml();
}
