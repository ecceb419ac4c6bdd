using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for a fieldset legend.</summary>
public sealed record LegendOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
    public bool IsPageHeading { get; init; }
}

/// <summary>Options for the GOV.UK fieldset component (Nunjucks <c>govukFieldset</c> params).</summary>
public sealed record FieldsetOptions
{
    public string? DescribedBy { get; init; }
    public LegendOptions? Legend { get; init; }
    public string? Classes { get; init; }
    public string? Role { get; init; }
    public string? Html { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class FieldsetRenderer
{
    /// <param name="options">The fieldset params.</param>
    /// <param name="innerHtml">Content to place after the legend; it takes the place of a Nunjucks <c>caller()</c> block.</param>
    public static IHtmlContent Render(FieldsetOptions options, string? innerHtml = null)
    {
        var writer = new HtmlWriter();
        Write(writer, options, innerHtml);
        return writer.ToHtml();
    }

    internal static void Write(HtmlWriter w, FieldsetOptions options, string? innerHtml)
    {
        w.Open("fieldset").Class("govuk-fieldset", options.Classes)
            .Attr("role", string.IsNullOrEmpty(options.Role) ? null : options.Role)
            .Attr("aria-describedby", string.IsNullOrEmpty(options.DescribedBy) ? null : options.DescribedBy)
            .Attributes(options.Attributes).Close().Line();

        var legend = options.Legend;
        if (legend is not null && (!string.IsNullOrEmpty(legend.Html) || !string.IsNullOrEmpty(legend.Text)))
        {
            w.Open("legend").Class("govuk-fieldset__legend", legend.Classes).Close();
            if (legend.IsPageHeading)
            {
                w.Open("h1").Class("govuk-fieldset__heading").Close().Content(legend.Html, legend.Text).End("h1");
            }
            else
            {
                w.Content(legend.Html, legend.Text);
            }

            w.End("legend").Line();
        }

        w.Raw(innerHtml ?? options.Html).Line().End("fieldset").Line();
    }
}
