using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK inset text component (Nunjucks <c>govukInsetText</c> params).</summary>
public sealed record InsetTextOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class InsetTextRenderer
{
    public static IHtmlContent Render(InsetTextOptions options) =>
        new HtmlWriter().Open("div").Attr("id", string.IsNullOrEmpty(options.Id) ? null : options.Id)
            .Class("govuk-inset-text", options.Classes).Attributes(options.Attributes).Close().Line()
            .Content(options.Html, options.Text).Line()
            .End("div").ToHtml();
}
