using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK button component (Nunjucks <c>govukButton</c> params).</summary>
public sealed record ButtonOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Name { get; init; }

    /// <summary>"submit" (the default), "button" or "reset"; ignored when <see cref="Href"/> is set.</summary>
    public string? Type { get; init; }

    public string? Value { get; init; }
    public bool Disabled { get; init; }

    /// <summary>When set the button is rendered as a link styled as a button.</summary>
    public string? Href { get; init; }

    public string? Classes { get; init; }
    public bool? PreventDoubleClick { get; init; }
    public bool IsStartButton { get; init; }
    public string? Id { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class ButtonRenderer
{
    private const string StartIcon =
        "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">"
        + "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>";

    public static IHtmlContent Render(ButtonOptions options)
    {
        var w = new HtmlWriter();
        var isLink = !string.IsNullOrEmpty(options.Href);
        if (isLink)
        {
            w.Open("a").Attr("href", options.Href).Attr("role", "button").Attr("draggable", "false");
        }
        else
        {
            w.Open("button").Attr("type", string.IsNullOrEmpty(options.Type) ? "submit" : options.Type)
                .Attr("value", string.IsNullOrEmpty(options.Value) ? null : options.Value)
                .Attr("name", string.IsNullOrEmpty(options.Name) ? null : options.Name);
            if (options.Disabled)
            {
                w.Flag("disabled").Attr("aria-disabled", "true");
            }

            if (options.PreventDoubleClick is { } prevent)
            {
                w.Attr("data-prevent-double-click", prevent ? "true" : "false");
            }
        }

        w.Class("govuk-button", options.Classes, options.IsStartButton ? "govuk-button--start" : null)
            .Attr("data-module", "govuk-button")
            .Attributes(options.Attributes)
            .Attr("id", string.IsNullOrEmpty(options.Id) ? null : options.Id)
            .Close().Line();

        // Start buttons lay out with flexbox, which would drop the spaces between inline HTML elements unless wrapped.
        if (!string.IsNullOrEmpty(options.Html) && options.IsStartButton)
        {
            w.Raw("<span>").Raw(options.Html.Trim()).Raw("</span>");
        }
        else
        {
            w.Content(options.Html, options.Text);
        }

        if (options.IsStartButton)
        {
            w.Line().Raw(StartIcon);
        }

        w.Line().End(isLink ? "a" : "button");
        return w.ToHtml();
    }
}
