using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK details component (Nunjucks <c>govukDetails</c> params).</summary>
public sealed record DetailsOptions
{
    public string? SummaryText { get; init; }
    public string? SummaryHtml { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Id { get; init; }
    public bool Open { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class DetailsRenderer
{
    public static IHtmlContent Render(DetailsOptions options) =>
        new HtmlWriter().Open("details").Attr("id", string.IsNullOrEmpty(options.Id) ? null : options.Id)
            .Class("govuk-details", options.Classes).Attributes(options.Attributes).Flag("open", options.Open).Close().Line()
            .Open("summary").Class("govuk-details__summary").Close().Line()
            .Open("span").Class("govuk-details__summary-text").Close().Content(options.SummaryHtml, options.SummaryText).End("span").Line()
            .End("summary").Line()
            .Open("div").Class("govuk-details__text").Close().Line()
            .Content(options.Html, options.Text).Line()
            .End("div").Line()
            .End("details").ToHtml();
}
