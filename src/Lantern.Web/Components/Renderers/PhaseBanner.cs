using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK phase banner component (Nunjucks <c>govukPhaseBanner</c> params).</summary>
public sealed record PhaseBannerOptions
{
    public TagOptions? Tag { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class PhaseBannerRenderer
{
    public static IHtmlContent Render(PhaseBannerOptions options)
    {
        var w = new HtmlWriter();
        w.Open("div").Class("govuk-phase-banner govuk-width-container", options.Classes).Attributes(options.Attributes).Close().Line()
            .Open("p").Class("govuk-phase-banner__content").Close().Line();
        TagRenderer.Write(w, new TagOptions
        {
            Text = options.Tag?.Text,
            Html = options.Tag?.Html,
            Classes = HtmlWriter.JoinClasses("govuk-phase-banner__content__tag", options.Tag?.Classes),
        });
        w.Line().Open("span").Class("govuk-phase-banner__text").Close().Content(options.Html, options.Text).End("span").Line()
            .End("p").Line()
            .End("div");
        return w.ToHtml();
    }
}
