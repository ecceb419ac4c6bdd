using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>A link in the footer's meta or navigation section.</summary>
public sealed record FooterLinkOptions
{
    public string? Href { get; init; }
    public string? Text { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>The footer's meta section: support links, then free text or HTML.</summary>
public sealed record FooterMetaOptions
{
    public string? VisuallyHiddenTitle { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }
    public IReadOnlyList<FooterLinkOptions>? Items { get; init; }
}

/// <summary>A titled group of links above the meta section.</summary>
public sealed record FooterNavigationOptions
{
    public string? Title { get; init; }
    public int? Columns { get; init; }
    public string? Width { get; init; }
    public IReadOnlyList<FooterLinkOptions>? Items { get; init; }
}

/// <summary>Options for the GOV.UK footer component (Nunjucks <c>govukFooter</c> params).</summary>
public sealed record FooterOptions
{
    public FooterMetaOptions? Meta { get; init; }
    public IReadOnlyList<FooterNavigationOptions>? Navigation { get; init; }

    /// <summary>Licence statement; left unset it is the Open Government Licence, set to null it is omitted.</summary>
    public ContentOptions? ContentLicence { get; init; } = new();

    /// <summary>Text of the copyright link; empty text and HTML mean the default Crown copyright notice.</summary>
    public ContentOptions? Copyright { get; init; }

    public string? ContainerClasses { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }

    /// <summary>Lantern extension, not a Nunjucks param: leaves out the crown logo, which GOV.UK Frontend always renders.</summary>
    public bool HideCrownLogo { get; init; }

    /// <summary>Lantern extension, not a Nunjucks param: leaves out the Crown copyright link, which GOV.UK Frontend always renders.</summary>
    public bool HideCopyright { get; init; }
}

public static class FooterRenderer
{
    private const string CrownLogo =
        "<svg focusable=\"false\" role=\"presentation\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 60\" height=\"30\" width=\"32\" fill=\"currentcolor\" class=\"govuk-footer__crown\"><g>"
        + "<circle cx=\"20\" cy=\"17.6\" r=\"3.7\"/><circle cx=\"10.2\" cy=\"23.5\" r=\"3.7\"/><circle cx=\"3.7\" cy=\"33.2\" r=\"3.7\"/><circle cx=\"31.7\" cy=\"30.6\" r=\"3.7\"/><circle cx=\"43.3\" cy=\"17.6\" r=\"3.7\"/><circle cx=\"53.2\" cy=\"23.5\" r=\"3.7\"/><circle cx=\"59.7\" cy=\"33.2\" r=\"3.7\"/><circle cx=\"31.7\" cy=\"30.6\" r=\"3.7\"/>"
        + "<path d=\"M33.1,9.8c.2-.1.3-.3.5-.5l4.6,2.4v-6.8l-4.6,1.5c-.1-.2-.3-.3-.5-.5l1.9-5.9h-6.7l1.9,5.9c-.2.1-.3.3-.5.5l-4.6-1.5v6.8l4.6-2.4c.1.2.3.3.5.5l-2.6,8c-.9,2.8,1.2,5.7,4.1,5.7h0c3,0,5.1-2.9,4.1-5.7l-2.6-8ZM37,37.9s-3.4,3.8-4.1,6.1c2.2,0,4.2-.5,6.4-2.8l-.7,8.5c-2-2.8-4.4-4.1-5.7-3.8.1,3.1.5,6.7,5.8,7.2,3.7.3,6.7-1.5,7-3.8.4-2.6-2-4.3-3.7-1.6-1.4-4.5,2.4-6.1,4.9-3.2-1.9-4.5-1.8-7.7,2.4-10.9,3,4,2.6,7.3-1.2,11.1,2.4-1.3,6.2,0,4,4.6-1.2-2.8-3.7-2.2-4.2.2-.3,1.7.7,3.7,3,4.2,1.9.3,4.7-.9,7-5.9-1.3,0-2.4.7-3.9,1.7l2.4-8c.6,2.3,1.4,3.7,2.2,4.5.6-1.6.5-2.8,0-5.3l5,1.8c-2.6,3.6-5.2,8.7-7.3,17.5-7.4-1.1-15.7-1.7-24.5-1.7h0c-8.8,0-17.1.6-24.5,1.7-2.1-8.9-4.7-13.9-7.3-17.5l5-1.8c-.5,2.5-.6,3.7,0,5.3.8-.8,1.6-2.3,2.2-4.5l2.4,8c-1.5-1-2.6-1.7-3.9-1.7,2.3,5,5.2,6.2,7,5.9,2.3-.4,3.3-2.4,3-4.2-.5-2.4-3-3.1-4.2-.2-2.2-4.6,1.6-6,4-4.6-3.7-3.7-4.2-7.1-1.2-11.1,4.2,3.2,4.3,6.4,2.4,10.9,2.5-2.8,6.3-1.3,4.9,3.2-1.8-2.7-4.1-1-3.7,1.6.3,2.3,3.3,4.1,7,3.8,5.4-.5,5.7-4.2,5.8-7.2-1.3-.2-3.7,1-5.7,3.8l-.7-8.5c2.2,2.3,4.2,2.7,6.4,2.8-.7-2.3-4.1-6.1-4.1-6.1h10.6,0Z\"/></g></svg>";

    private const string LicenceLogo =
        "<svg aria-hidden=\"true\" focusable=\"false\" class=\"govuk-footer__licence-logo\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 483.2 195.7\" height=\"17\" width=\"41\">"
        + "<path fill=\"currentColor\" d=\"M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145\"/></svg>";

    private const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    private const string CopyrightUrl =
        "https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/";

    public static IHtmlContent Render(FooterOptions options)
    {
        var w = new HtmlWriter();
        w.Open("div").Class("govuk-footer", options.Classes).Attributes(options.Attributes).Close().Line()
            .Open("div").Class("govuk-width-container", options.ContainerClasses).Close().Line();
        if (!options.HideCrownLogo)
        {
            w.Raw(CrownLogo).Line();
        }

        if (options.Navigation is { Count: > 0 } navigation)
        {
            WriteNavigation(w, navigation);
        }

        w.Open("div").Class("govuk-footer__meta").Close().Line()
            .Open("div").Class("govuk-footer__meta-item govuk-footer__meta-item--grow").Close().Line();
        if (options.Meta is { } meta)
        {
            WriteMeta(w, meta);
        }

        if (options.ContentLicence is { } licence)
        {
            w.Raw(LicenceLogo).Line().Open("span").Class("govuk-footer__licence-description").Close();
            if (licence.HasContent)
            {
                w.Content(licence.Html, licence.Text);
            }
            else
            {
                w.Raw("All content is available under the ")
                    .Open("a").Class("govuk-footer__link").Attr("href", LicenceUrl).Attr("rel", "license").Close()
                    .Raw("Open Government Licence v3.0").End("a").Raw(", except where otherwise stated");
            }

            w.End("span").Line();
        }

        w.End("div").Line();
        if (!options.HideCopyright)
        {
            w.Open("div").Class("govuk-footer__meta-item").Close().Line()
                .Open("a").Class("govuk-footer__link govuk-footer__copyright-logo").Attr("href", CopyrightUrl).Close();
            if (options.Copyright is { HasContent: true } copyright)
            {
                w.Content(copyright.Html, copyright.Text);
            }
            else
            {
                w.Raw("© Crown copyright");
            }

            w.End("a").Line().End("div").Line();
        }

        w.End("div").Line().End("div").Line().End("div");
        return w.ToHtml();
    }

    private static void WriteNavigation(HtmlWriter w, IReadOnlyList<FooterNavigationOptions> navigation)
    {
        w.Open("div").Class("govuk-footer__navigation").Close().Line();
        foreach (var nav in navigation)
        {
            w.Open("div").Class("govuk-footer__section", "govuk-grid-column-" + (string.IsNullOrEmpty(nav.Width) ? "full" : nav.Width)).Close().Line()
                .Open("h2").Class("govuk-footer__heading govuk-heading-m").Close().Text(nav.Title).End("h2").Line();
            if (nav.Items is { Count: > 0 } items)
            {
                var columns = nav.Columns is > 0 ? "govuk-footer__list--columns-" + nav.Columns.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                w.Open("ul").Class("govuk-footer__list", columns).Close().Line();
                foreach (var item in items.Where(item => !string.IsNullOrEmpty(item.Href) && !string.IsNullOrEmpty(item.Text)))
                {
                    w.Open("li").Class("govuk-footer__list-item").Close().Line();
                    WriteLink(w, item);
                    w.End("li").Line();
                }

                w.End("ul").Line();
            }

            w.End("div").Line();
        }

        w.End("div").Line().Raw("<hr class=\"govuk-footer__section-break\">").Line();
    }

    private static void WriteMeta(HtmlWriter w, FooterMetaOptions meta)
    {
        w.Open("h2").Class("govuk-visually-hidden").Close()
            .Text(string.IsNullOrEmpty(meta.VisuallyHiddenTitle) ? "Support links" : meta.VisuallyHiddenTitle).End("h2").Line();
        if (meta.Items is { Count: > 0 } items)
        {
            w.Open("ul").Class("govuk-footer__inline-list").Close().Line();
            foreach (var item in items)
            {
                w.Open("li").Class("govuk-footer__inline-list-item").Close().Line();
                WriteLink(w, item);
                w.End("li").Line();
            }

            w.End("ul").Line();
        }

        if (!string.IsNullOrEmpty(meta.Html) || !string.IsNullOrEmpty(meta.Text))
        {
            w.Open("div").Class("govuk-footer__meta-custom").Close().Content(meta.Html, meta.Text).End("div").Line();
        }
    }

    private static void WriteLink(HtmlWriter w, FooterLinkOptions item) =>
        w.Open("a").Class("govuk-footer__link").Attr("href", item.Href ?? string.Empty).Attributes(item.Attributes).Close()
            .Text(item.Text).End("a").Line();
}
