using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK label component (Nunjucks <c>govukLabel</c> params).</summary>
public sealed record LabelOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? For { get; init; }
    public bool IsPageHeading { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class LabelRenderer
{
    public static IHtmlContent Render(LabelOptions options)
    {
        var writer = new HtmlWriter();
        Write(writer, options);
        return writer.ToHtml();
    }

    internal static void Write(HtmlWriter w, LabelOptions? options)
    {
        if (options is null || (string.IsNullOrEmpty(options.Html) && string.IsNullOrEmpty(options.Text)))
        {
            return;
        }

        if (options.IsPageHeading)
        {
            w.Open("h1").Class("govuk-label-wrapper").Close().Line();
        }

        w.Open("label").Class("govuk-label", options.Classes).Attributes(options.Attributes)
            .Attr("for", string.IsNullOrEmpty(options.For) ? null : options.For).Close()
            .Content(options.Html, options.Text)
            .End("label").Line();

        if (options.IsPageHeading)
        {
            w.End("h1").Line();
        }
    }
}
