using Microsoft.AspNetCore.Html;

namespace Lantern.Web.Components;

/// <summary>A table cell, in the head or the body.</summary>
public sealed record TableCellOptions
{
    public string? Text { get; init; }
    public string? Html { get; init; }

    /// <summary>"numeric" right-aligns the cell.</summary>
    public string? Format { get; init; }

    public string? Classes { get; init; }
    public int? Colspan { get; init; }
    public int? Rowspan { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }

    /// <summary>Lantern extension, not a Nunjucks param: renders this body cell as a row header.</summary>
    public bool IsHeader { get; init; }

    /// <summary>Lantern extension, not a Nunjucks param: overrides the header scope ("col" in the head, "row" in the body).</summary>
    public string? Scope { get; init; }
}

/// <summary>Options for the GOV.UK table component (Nunjucks <c>govukTable</c> params).</summary>
public sealed record TableOptions
{
    public IReadOnlyList<IReadOnlyList<TableCellOptions>?>? Rows { get; init; }
    public IReadOnlyList<TableCellOptions>? Head { get; init; }
    public string? Caption { get; init; }
    public string? CaptionClasses { get; init; }
    public bool FirstCellIsHeader { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, string?>? Attributes { get; init; }
}

public static class TableRenderer
{
    public static IHtmlContent Render(TableOptions options)
    {
        var w = new HtmlWriter();
        w.Open("table").Class("govuk-table", options.Classes).Attributes(options.Attributes).Close().Line();
        if (!string.IsNullOrEmpty(options.Caption))
        {
            w.Open("caption").Class("govuk-table__caption", options.CaptionClasses).Close().Text(options.Caption).End("caption").Line();
        }

        if (options.Head is not null)
        {
            w.Open("thead").Class("govuk-table__head").Close().Line().Open("tr").Class("govuk-table__row").Close().Line();
            foreach (var cell in options.Head)
            {
                w.Open("th").Attr("scope", string.IsNullOrEmpty(cell.Scope) ? "col" : cell.Scope)
                    .Class("govuk-table__header", Modifier("govuk-table__header", cell.Format), cell.Classes);
                WriteSpansAndContent(w, cell, "th");
            }

            w.End("tr").Line().End("thead").Line();
        }

        w.Open("tbody").Class("govuk-table__body").Close().Line();
        foreach (var row in options.Rows ?? [])
        {
            if (row is null)
            {
                continue;
            }

            w.Open("tr").Class("govuk-table__row").Close().Line();
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                if ((i == 0 && options.FirstCellIsHeader) || cell.IsHeader)
                {
                    w.Open("th").Attr("scope", string.IsNullOrEmpty(cell.Scope) ? "row" : cell.Scope).Class("govuk-table__header", cell.Classes);
                    WriteSpansAndContent(w, cell, "th");
                }
                else
                {
                    w.Open("td").Class("govuk-table__cell", Modifier("govuk-table__cell", cell.Format), cell.Classes);
                    WriteSpansAndContent(w, cell, "td");
                }
            }

            w.End("tr").Line();
        }

        w.End("tbody").Line().End("table");
        return w.ToHtml();
    }

    private static string? Modifier(string block, string? format) => string.IsNullOrEmpty(format) ? null : block + "--" + format;

    private static void WriteSpansAndContent(HtmlWriter w, TableCellOptions cell, string tag) =>
        w.Attr("colspan", cell.Colspan is > 0 ? cell.Colspan.Value.ToString(CultureInfo.InvariantCulture) : null)
            .Attr("rowspan", cell.Rowspan is > 0 ? cell.Rowspan.Value.ToString(CultureInfo.InvariantCulture) : null)
            .Attributes(cell.Attributes).Close()
            .Content(cell.Html, cell.Text).End(tag).Line();
}
