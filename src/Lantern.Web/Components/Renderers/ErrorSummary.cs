using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>One entry of an error summary; without <see cref="Href"/> it is listed without a link.</summary>
public sealed record ErrorSummaryItemOptions
{
    public string? Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK error summary component (Nunjucks <c>govukErrorSummary</c> params).</summary>
public sealed record ErrorSummaryOptions
{
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public string? DescriptionText { get; init; }
    public string? DescriptionHtml { get; init; }
    public IReadOnlyList<ErrorSummaryItemOptions>? ErrorList { get; init; }
    public bool? DisableAutoFocus { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class ErrorSummaryRenderer
{
    public static IHtmlContent Render(ErrorSummaryOptions options)
    {
        var w = new HtmlWriter();
        w.Open("div").Class("govuk-error-summary", options.Classes)
            .Attr("data-disable-auto-focus", options.DisableAutoFocus is { } disable ? (disable ? "true" : "false") : null)
            .Attributes(options.Attributes).Attr("data-module", "govuk-error-summary").Close().Line();

        // role="alert" sits on an inner element so that focusing the summary does not race the announcement.
        w.Open("div").Attr("role", "alert").Close().Line();
        w.Open("h2").Class("govuk-error-summary__title").Close().Content(options.TitleHtml, options.TitleText).End("h2").Line();
        w.Open("div").Class("govuk-error-summary__body").Close().Line();
        if (!string.IsNullOrEmpty(options.DescriptionHtml) || !string.IsNullOrEmpty(options.DescriptionText))
        {
            w.Open("p").Close().Content(options.DescriptionHtml, options.DescriptionText).End("p").Line();
        }

        if (options.ErrorList is { Count: > 0 } errors)
        {
            w.Open("ul").Class("govuk-list govuk-error-summary__list").Close().Line();
            foreach (var item in errors)
            {
                w.Open("li").Close();
                if (!string.IsNullOrEmpty(item.Href))
                {
                    w.Open("a").Attr("href", item.Href).Attributes(item.Attributes).Close().Content(item.Html, item.Text).End("a");
                }
                else
                {
                    w.Content(item.Html, item.Text);
                }

                w.End("li").Line();
            }

            w.End("ul").Line();
        }

        w.End("div").Line().End("div").Line().End("div").Line();
        return w.ToHtml();
    }
}
