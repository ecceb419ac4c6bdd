using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-summary-list&gt;</c> holding <c>&lt;govuk-summary-list-row&gt;</c> children. Inside a
/// <c>&lt;govuk-summary-card&gt;</c> the card renders the list, so that row actions can name the card.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class GovUkSummaryListTagHelper : TagHelper
{
    [HtmlAttributeName("no-border")]
    public bool NoBorder { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = new SummaryListRows();
        context.Items[typeof(SummaryListRows)] = rows;
        await output.GetChildContentAsync();

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var options = new SummaryListOptions
        {
            Rows = rows.Rows,
            Classes = HtmlWriter.JoinClasses(NoBorder ? "govuk-summary-list--no-border" : null, classes),
            Attributes = attributes,
        };

        if (context.Items.TryGetValue(typeof(SummaryCardList), out var card) && card is SummaryCardList cardList && cardList.List is null)
        {
            cardList.List = options;
            output.SuppressOutput();
            return;
        }

        TagHelperSupport.Replace(output, SummaryListRenderer.Render(options));
    }
}

/// <summary>
/// <c>&lt;govuk-summary-list-row key="Name" action-href="…" action-visually-hidden="name"&gt;value&lt;/…&gt;</c>.
/// The action text defaults to "Change".
/// </summary>
[HtmlTargetElement("govuk-summary-list-row", ParentTag = "govuk-summary-list")]
public sealed class GovUkSummaryListRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string? Key { get; set; }

    [HtmlAttributeName("action-href")]
    public string? ActionHref { get; set; }

    [HtmlAttributeName("action-text")]
    public string? ActionText { get; set; }

    [HtmlAttributeName("action-visually-hidden")]
    public string? ActionVisuallyHidden { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = context.Items.TryGetValue(typeof(SummaryListRows), out var found) ? (SummaryListRows)found
            : throw new InvalidOperationException("<govuk-summary-list-row> must be inside <govuk-summary-list>.");
        var (classes, _) = TagHelperSupport.TakeUnboundAttributes(output);
        var value = await TagHelperSupport.ChildHtmlAsync(output);
        rows.Rows.Add(new SummaryListRowOptions
        {
            Key = new SummaryListCellOptions { Text = Key },
            Value = new SummaryListCellOptions { Html = value },
            Actions = string.IsNullOrEmpty(ActionHref) ? null : new SummaryListActionsOptions
            {
                Items =
                [
                    new SummaryListActionOptions
                    {
                        Href = ActionHref,
                        Text = string.IsNullOrEmpty(ActionText) ? "Change" : ActionText,
                        VisuallyHiddenText = ActionVisuallyHidden,
                    },
                ],
            },
            Classes = classes,
        });
        output.SuppressOutput();
    }
}

/// <summary><c>&lt;govuk-summary-card title="…" action-href="…" action-text="Remove"&gt;</c> around a summary list.</summary>
[HtmlTargetElement("govuk-summary-card")]
public sealed class GovUkSummaryCardTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("heading-level")]
    public int? HeadingLevel { get; set; }

    [HtmlAttributeName("action-href")]
    public string? ActionHref { get; set; }

    [HtmlAttributeName("action-text")]
    public string? ActionText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var cardList = new SummaryCardList();
        context.Items[typeof(SummaryCardList)] = cardList;
        var otherContent = await TagHelperSupport.ChildHtmlAsync(output);

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        var card = new SummaryCardOptions
        {
            Title = string.IsNullOrEmpty(Title) ? null : new SummaryCardTitleOptions { Text = Title, HeadingLevel = HeadingLevel },
            Actions = string.IsNullOrEmpty(ActionHref) ? null : new SummaryListActionsOptions
            {
                Items = [new SummaryListActionOptions { Href = ActionHref, Text = string.IsNullOrEmpty(ActionText) ? "Change" : ActionText }],
            },
            Classes = classes,
            Attributes = attributes,
        };

        TagHelperSupport.Replace(output, cardList.List is { } list
            ? SummaryListRenderer.Render(list with { Card = card })
            : SummaryListRenderer.RenderCard(card, otherContent ?? string.Empty));
    }
}

internal sealed class SummaryListRows
{
    public List<SummaryListRowOptions?> Rows { get; } = [];
}

/// <summary>Where a summary list inside a card leaves its options for the card to render.</summary>
internal sealed class SummaryCardList
{
    public SummaryListOptions? List { get; set; }
}
