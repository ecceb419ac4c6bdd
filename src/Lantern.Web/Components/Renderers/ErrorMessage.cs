using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK error message component (Nunjucks <c>govukErrorMessage</c> params).</summary>
public sealed record ErrorMessageOptions
{
    public string? Id { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }

    /// <summary>Prefix read out before the message; null means the default "Error", empty means none.</summary>
    public string? VisuallyHiddenText { get; init; }

    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class ErrorMessageRenderer
{
    public static IHtmlContent Render(ErrorMessageOptions options)
    {
        var writer = new HtmlWriter();
        Write(writer, options);
        return writer.ToHtml();
    }

    internal static void Write(HtmlWriter w, ErrorMessageOptions options)
    {
        var hidden = options.VisuallyHiddenText ?? "Error";
        w.Open("p").Attr("id", string.IsNullOrEmpty(options.Id) ? null : options.Id)
            .Class("govuk-error-message", options.Classes).Attributes(options.Attributes).Close();
        if (hidden.Length > 0)
        {
            w.Open("span").Class("govuk-visually-hidden").Close().Text(hidden + ":").End("span").Raw(" ");
        }

        w.Content(options.Html, options.Text).End("p").Line();
    }
}
