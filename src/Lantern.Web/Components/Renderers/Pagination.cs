using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>A numbered page link, or an ellipsis standing for skipped pages.</summary>
public sealed record PaginationItemOptions
{
    public string? Number { get; init; }
    public string? VisuallyHiddenText { get; init; }
    public string? Href { get; init; }
    public bool Current { get; init; }
    public bool Ellipsis { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>The previous or next link.</summary>
public sealed record PaginationLinkOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? LabelText { get; init; }
    public string? Href { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK pagination component (Nunjucks <c>govukPagination</c> params).</summary>
public sealed record PaginationOptions
{
    public IReadOnlyList<PaginationItemOptions?>? Items { get; init; }
    public PaginationLinkOptions? Previous { get; init; }
    public PaginationLinkOptions? Next { get; init; }
    public string? LandmarkLabel { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class PaginationRenderer
{
    private const string ArrowPrevious =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";

    private const string ArrowNext =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\">"
        + "<path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    private static readonly PaginationItemOptions EmptyItem = new();

    public static IHtmlContent Render(PaginationOptions options)
    {
        // Without numbered items the links stack vertically ("block" pagination) and show their arrows first.
        var blockLevel = options.Items is null && (options.Next is not null || options.Previous is not null);
        var w = new HtmlWriter();
        w.Open("nav").Class("govuk-pagination", blockLevel ? "govuk-pagination--block" : null, options.Classes)
            .Attr("aria-label", string.IsNullOrEmpty(options.LandmarkLabel) ? "Pagination" : options.LandmarkLabel)
            .Attributes(options.Attributes).Close().Line();

        if (!string.IsNullOrEmpty(options.Previous?.Href))
        {
            WriteLink(w, options.Previous, "prev", blockLevel);
        }

        if (options.Items is not null)
        {
            w.Open("ul").Class("govuk-pagination__list").Close().Line();
            foreach (var item in options.Items)
            {
                // Nunjucks skips null items and items without any properties.
                if (item is not null && item != EmptyItem)
                {
                    WriteItem(w, item);
                }
            }

            w.End("ul").Line();
        }

        if (!string.IsNullOrEmpty(options.Next?.Href))
        {
            WriteLink(w, options.Next, "next", blockLevel);
        }

        w.End("nav");
        return w.ToHtml();
    }

    private static void WriteItem(HtmlWriter w, PaginationItemOptions item)
    {
        w.Open("li").Class("govuk-pagination__item", item.Current ? "govuk-pagination__item--current" : null,
            item.Ellipsis ? "govuk-pagination__item--ellipsis" : null).Close();
        if (item.Ellipsis)
        {
            w.Raw("&ctdot;");
        }
        else
        {
            w.Open("a").Class("govuk-link govuk-pagination__link").Attr("href", item.Href ?? string.Empty)
                .Attr("aria-label", item.VisuallyHiddenText ?? "Page " + item.Number)
                .Attr("aria-current", item.Current ? "page" : null)
                .Attributes(item.Attributes).Close().Text(item.Number).End("a");
        }

        w.End("li").Line();
    }

    private static void WriteLink(HtmlWriter w, PaginationLinkOptions link, string type, bool blockLevel)
    {
        var decorated = blockLevel && string.IsNullOrEmpty(link.LabelText);
        w.Open("div").Class("govuk-pagination__" + type).Close().Line()
            .Open("a").Class("govuk-link govuk-pagination__link").Attr("href", link.Href).Attr("rel", type)
            .Attributes(link.Attributes).Close().Line();
        if (blockLevel || type == "prev")
        {
            w.Raw(type == "prev" ? ArrowPrevious : ArrowNext).Line();
        }

        w.Open("span").Class("govuk-pagination__link-title", decorated ? "govuk-pagination__link-title--decorated" : null).Close();
        if (!string.IsNullOrEmpty(link.Html) || !string.IsNullOrEmpty(link.Text))
        {
            w.Content(link.Html, link.Text);
        }
        else
        {
            w.Raw(type == "prev" ? "Previous" : "Next").Raw("<span class=\"govuk-visually-hidden\"> page</span>");
        }

        w.End("span").Line();
        if (!string.IsNullOrEmpty(link.LabelText) && blockLevel)
        {
            w.Raw("<span class=\"govuk-visually-hidden\">:</span>").Line()
                .Open("span").Class("govuk-pagination__link-label").Close().Text(link.LabelText).End("span").Line();
        }

        if (!blockLevel && type == "next")
        {
            w.Raw(ArrowNext).Line();
        }

        w.End("a").Line().End("div").Line();
    }
}
