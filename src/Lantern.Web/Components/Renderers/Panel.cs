using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK panel component (Nunjucks <c>govukPanel</c> params, without interruption actions).</summary>
public sealed record PanelOptions
{
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public int? HeadingLevel { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class PanelRenderer
{
    public static IHtmlContent Render(PanelOptions options)
    {
        var heading = "h" + (options.HeadingLevel is > 0 ? options.HeadingLevel.Value : 1).ToString(CultureInfo.InvariantCulture);

        // The panel is a confirmation panel unless the caller asks for the interruption variant.
        var isInterruption = options.Classes?.Contains("govuk-panel--interruption", StringComparison.Ordinal) ?? false;

        var w = new HtmlWriter();
        w.Open("div").Class("govuk-panel", isInterruption ? null : "govuk-panel--confirmation", options.Classes)
            .Attributes(options.Attributes).Close().Line()
            .Open(heading).Class("govuk-panel__title").Close().Content(options.TitleHtml, options.TitleText).End(heading).Line();
        if (!string.IsNullOrEmpty(options.Html) || !string.IsNullOrEmpty(options.Text))
        {
            w.Open("div").Class("govuk-panel__body").Close().Line().Content(options.Html, options.Text).Line().End("div").Line();
        }

        w.End("div");
        return w.ToHtml();
    }
}
