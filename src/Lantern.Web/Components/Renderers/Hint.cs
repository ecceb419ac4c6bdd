using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK hint component (Nunjucks <c>govukHint</c> params).</summary>
public sealed record HintOptions
{
    public string? Id { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class HintRenderer
{
    public static IHtmlContent Render(HintOptions options)
    {
        var writer = new HtmlWriter();
        Write(writer, options);
        return writer.ToHtml();
    }

    internal static void Write(HtmlWriter w, HintOptions options) =>
        w.Open("div").Attr("id", string.IsNullOrEmpty(options.Id) ? null : options.Id)
            .Class("govuk-hint", options.Classes).Attributes(options.Attributes).Close()
            .Content(options.Html, options.Text)
            .End("div").Line();
}
