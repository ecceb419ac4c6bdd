using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>Options for the GOV.UK notification banner component (Nunjucks <c>govukNotificationBanner</c> params).</summary>
public sealed record NotificationBannerOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? TitleText { get; init; }
    public string? TitleHtml { get; init; }
    public int? TitleHeadingLevel { get; init; }

    /// <summary>"success" gives the green success style and <c>role="alert"</c>; anything else is a standard banner.</summary>
    public string? Type { get; init; }

    public string? Role { get; init; }
    public string? TitleId { get; init; }
    public bool? DisableAutoFocus { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class NotificationBannerRenderer
{
    public static IHtmlContent Render(NotificationBannerOptions options)
    {
        var success = options.Type == "success";
        var role = !string.IsNullOrEmpty(options.Role) ? options.Role : success ? "alert" : "region";
        var titleId = string.IsNullOrEmpty(options.TitleId) ? "govuk-notification-banner-title" : options.TitleId;
        var heading = "h" + (options.TitleHeadingLevel is > 0 ? options.TitleHeadingLevel.Value : 2).ToString(CultureInfo.InvariantCulture);

        var w = new HtmlWriter();
        w.Open("div").Class("govuk-notification-banner", success ? "govuk-notification-banner--success" : null, options.Classes)
            .Attr("role", role).Attr("aria-labelledby", titleId).Attr("data-module", "govuk-notification-banner")
            .Attr("data-disable-auto-focus", options.DisableAutoFocus is { } disable ? (disable ? "true" : "false") : null)
            .Attributes(options.Attributes).Close().Line();
        w.Open("div").Class("govuk-notification-banner__header").Close().Line()
            .Open(heading).Class("govuk-notification-banner__title").Attr("id", titleId).Close();
        if (!string.IsNullOrEmpty(options.TitleHtml))
        {
            w.Raw(options.TitleHtml);
        }
        else
        {
            w.Text(!string.IsNullOrEmpty(options.TitleText) ? options.TitleText : success ? "Success" : "Important");
        }

        w.End(heading).Line().End("div").Line();
        w.Open("div").Class("govuk-notification-banner__content").Close().Line();
        if (!string.IsNullOrEmpty(options.Html))
        {
            w.Raw(options.Html.Trim()).Line();
        }
        else if (!string.IsNullOrEmpty(options.Text))
        {
            // Plain text gets the banner's heading style, as a single line of content.
            w.Open("p").Class("govuk-notification-banner__heading").Close().Text(options.Text.Trim()).End("p").Line();
        }

        w.End("div").Line().End("div");
        return w.ToHtml();
    }
}
