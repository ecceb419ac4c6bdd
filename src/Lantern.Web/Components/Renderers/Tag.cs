using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK tag component (Nunjucks <c>govukTag</c> params).</summary>
public sealed record TagOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class TagRenderer
{
    public static IHtmlContent Render(TagOptions options)
    {
        var w = new HtmlWriter();
        Write(w, options);
        return w.ToHtml();
    }

    internal static void Write(HtmlWriter w, TagOptions options) =>
        w.Open("strong").Class("govuk-tag", options.Classes).Attributes(options.Attributes).Close()
            .Content(options.Html, options.Text).End("strong");
}
