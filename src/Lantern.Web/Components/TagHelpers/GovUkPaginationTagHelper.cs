using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-pagination page="Model.Page" page-count="Model.PageCount" page-url="p =&gt; Url.Page(null, new { page = p })" /&gt;</c>.
/// Shows the first, last and current page and the current page's neighbours, with ellipses for the gaps; renders
/// nothing when there is only one page.
/// </summary>
[HtmlTargetElement("govuk-pagination")]
public sealed class GovUkPaginationTagHelper : TagHelper
{
    [HtmlAttributeName("page")]
    public int Page { get; set; } = 1;

    [HtmlAttributeName("page-count")]
    public int PageCount { get; set; }

    [HtmlAttributeName("page-url")]
    public Func<int, string>? PageUrl { get; set; }

    [HtmlAttributeName("landmark-label")]
    public string? LandmarkLabel { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (PageCount <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var url = PageUrl ?? throw new InvalidOperationException("<govuk-pagination> needs a page-url attribute.");
        var page = Math.Clamp(Page, 1, PageCount);
        var items = PageNumbers(page, PageCount).Select(number => number is { } n
            ? new PaginationItemOptions { Number = n.ToString(CultureInfo.InvariantCulture), Href = url(n), Current = n == page }
            : new PaginationItemOptions { Ellipsis = true }).ToList();

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, PaginationRenderer.Render(new PaginationOptions
        {
            Items = items,
            Previous = page > 1 ? new PaginationLinkOptions { Href = url(page - 1) } : null,
            Next = page < PageCount ? new PaginationLinkOptions { Href = url(page + 1) } : null,
            LandmarkLabel = LandmarkLabel,
            Classes = classes,
            Attributes = attributes,
        }));
    }

    /// <summary>The page numbers to show, with null for an ellipsis.</summary>
    internal static IReadOnlyList<int?> PageNumbers(int page, int pageCount)
    {
        var shown = new SortedSet<int> { 1, page - 1, page, page + 1, pageCount };
        shown.RemoveWhere(n => n < 1 || n > pageCount);
        var numbers = new List<int?>();
        var previous = 0;
        foreach (var number in shown)
        {
            // An ellipsis standing for a single page takes as much room as the page itself, so show the page.
            if (number - previous == 2)
            {
                numbers.Add(previous + 1);
            }
            else if (number - previous > 2)
            {
                numbers.Add(null);
            }

            numbers.Add(number);
            previous = number;
        }

        return numbers;
    }
}
