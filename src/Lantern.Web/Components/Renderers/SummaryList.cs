using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>The key or value cell of a summary list row.</summary>
public sealed record SummaryListCellOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public string? Classes { get; init; }
}

/// <summary>A link in a summary list row or on a summary card.</summary>
public sealed record SummaryListActionOptions
{
    public string? Href { get; init; }
    public string? Text { get; init; }
    public string? Html { get; init; }

    /// <summary>Completes the link text for screen reader users, for example "name" after "Change".</summary>
    public string? VisuallyHiddenText { get; init; }

    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public sealed record SummaryListActionsOptions
{
    public IReadOnlyList<SummaryListActionOptions>? Items { get; init; }
    public string? Classes { get; init; }
}

public sealed record SummaryListRowOptions
{
    public SummaryListCellOptions? Key { get; init; }
    public SummaryListCellOptions? Value { get; init; }
    public SummaryListActionsOptions? Actions { get; init; }
    public string? Classes { get; init; }
}

public sealed record SummaryCardTitleOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }
    public int? HeadingLevel { get; init; }
    public string? Classes { get; init; }
}

/// <summary>Options that wrap a summary list in a summary card.</summary>
public sealed record SummaryCardOptions
{
    public SummaryCardTitleOptions? Title { get; init; }
    public SummaryListActionsOptions? Actions { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

/// <summary>Options for the GOV.UK summary list component (Nunjucks <c>govukSummaryList</c> params).</summary>
public sealed record SummaryListOptions
{
    public IReadOnlyList<SummaryListRowOptions?>? Rows { get; init; }
    public SummaryCardOptions? Card { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class SummaryListRenderer
{
    public static IHtmlContent Render(SummaryListOptions options)
    {
        var list = new HtmlWriter();
        WriteList(list, options);
        if (options.Card is null)
        {
            return list.ToHtml();
        }

        var w = new HtmlWriter();
        WriteCard(w, options.Card, list.ToString());
        return w.ToHtml();
    }

    /// <summary>Renders a summary card around arbitrary content (normally a summary list).</summary>
    public static IHtmlContent RenderCard(SummaryCardOptions card, string innerHtml)
    {
        var w = new HtmlWriter();
        WriteCard(w, card, innerHtml);
        return w.ToHtml();
    }

    private static void WriteList(HtmlWriter w, SummaryListOptions options)
    {
        var rows = options.Rows ?? [];

        // Rows without actions get a modifier only when another row has actions, so the columns line up.
        var anyRowHasActions = rows.Any(row => row?.Actions?.Items is { Count: > 0 });
        w.Open("dl").Class("govuk-summary-list", options.Classes).Attributes(options.Attributes).Close().Line();
        foreach (var row in rows)
        {
            if (row is null)
            {
                continue;
            }

            var noActions = anyRowHasActions && row.Actions?.Items is null;
            w.Open("div").Class("govuk-summary-list__row", noActions ? "govuk-summary-list__row--no-actions" : null, row.Classes).Close().Line();
            w.Open("dt").Class("govuk-summary-list__key", row.Key?.Classes).Close().Content(row.Key?.Html, row.Key?.Text).End("dt").Line();
            w.Open("dd").Class("govuk-summary-list__value", row.Value?.Classes).Close().Content(row.Value?.Html, row.Value?.Text).End("dd").Line();
            if (row.Actions?.Items is { Count: > 0 } actions)
            {
                w.Open("dd").Class("govuk-summary-list__actions", row.Actions.Classes).Close().Line();
                if (actions.Count == 1)
                {
                    WriteAction(w, actions[0], options.Card?.Title);
                }
                else
                {
                    w.Open("ul").Class("govuk-summary-list__actions-list").Close().Line();
                    foreach (var action in actions)
                    {
                        w.Open("li").Class("govuk-summary-list__actions-list-item").Close();
                        WriteAction(w, action, options.Card?.Title);
                        w.End("li").Line();
                    }

                    w.End("ul").Line();
                }

                w.End("dd").Line();
            }

            w.End("div").Line();
        }

        w.End("dl");
    }

    private static void WriteCard(HtmlWriter w, SummaryCardOptions card, string innerHtml)
    {
        var heading = "h" + (card.Title?.HeadingLevel is > 0 ? card.Title.HeadingLevel.Value : 2).ToString(CultureInfo.InvariantCulture);
        w.Open("div").Class("govuk-summary-card", card.Classes).Attributes(card.Attributes).Close().Line();
        w.Open("div").Class("govuk-summary-card__title-wrapper").Close().Line();
        if (card.Title is not null)
        {
            w.Open(heading).Class("govuk-summary-card__title", card.Title.Classes).Close()
                .Content(card.Title.Html, card.Title.Text).End(heading).Line();
        }

        if (card.Actions?.Items is { Count: > 0 } actions)
        {
            if (actions.Count == 1)
            {
                w.Open("div").Class("govuk-summary-card__actions", card.Actions.Classes).Close().Line();
                WriteAction(w, actions[0], card.Title);
                w.End("div").Line();
            }
            else
            {
                w.Open("ul").Class("govuk-summary-card__actions", card.Actions.Classes).Close().Line();
                foreach (var action in actions)
                {
                    w.Open("li").Class("govuk-summary-card__action").Close();
                    WriteAction(w, action, card.Title);
                    w.End("li").Line();
                }

                w.End("ul").Line();
            }
        }

        w.End("div").Line();
        w.Open("div").Class("govuk-summary-card__content").Close().Line().Raw(innerHtml.Trim()).Line().End("div").Line();
        w.End("div");
    }

    private static void WriteAction(HtmlWriter w, SummaryListActionOptions action, SummaryCardTitleOptions? cardTitle)
    {
        w.Open("a").Class("govuk-link", action.Classes).Attr("href", action.Href ?? string.Empty).Attributes(action.Attributes).Close()
            .Content(action.Html, action.Text);

        // Screen reader users hear which row (and which card) a "Change" link belongs to.
        if (!string.IsNullOrEmpty(action.VisuallyHiddenText) || cardTitle is not null)
        {
            w.Open("span").Class("govuk-visually-hidden").Close();
            if (!string.IsNullOrEmpty(action.VisuallyHiddenText))
            {
                w.Raw(" ").Text(action.VisuallyHiddenText);
            }

            if (cardTitle is not null)
            {
                w.Raw(" (").Content(cardTitle.Html, cardTitle.Text).Raw(")");
            }

            w.End("span");
        }

        w.End("a").Line();
    }
}
