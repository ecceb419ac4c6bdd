using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lantern.Web.Components;

/// <summary>
/// <c>&lt;govuk-table caption="…"&gt;</c> with <c>&lt;govuk-table-head&gt;</c> and <c>&lt;govuk-table-body&gt;</c> children,
/// which hold <c>&lt;govuk-table-row&gt;</c>s of <c>&lt;govuk-table-header&gt;</c> and <c>&lt;govuk-table-cell&gt;</c>.
/// Headers may also sit directly in the head without a row.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class GovUkTableTagHelper : TagHelper
{
    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    [HtmlAttributeName("caption-class")]
    public string? CaptionClass { get; set; }

    [HtmlAttributeName("first-cell-is-header")]
    public bool FirstCellIsHeader { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var table = new TableBuilder();
        context.Items[typeof(TableBuilder)] = table;
        await output.GetChildContentAsync();

        var (classes, attributes) = TagHelperSupport.TakeUnboundAttributes(output);
        TagHelperSupport.Replace(output, TableRenderer.Render(new TableOptions
        {
            Caption = Caption,
            CaptionClasses = CaptionClass,
            FirstCellIsHeader = FirstCellIsHeader,
            Head = table.Head,
            Rows = table.Rows,
            Classes = classes,
            Attributes = attributes,
        }));
    }
}

[HtmlTargetElement("govuk-table-head", ParentTag = "govuk-table")]
public sealed class GovUkTableHeadTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var table = TableBuilder.From(context, "govuk-table-head");
        table.Head ??= [];
        context.Items[typeof(TableSection)] = new TableSection(table.Head);
        await output.GetChildContentAsync();
        output.SuppressOutput();
    }
}

[HtmlTargetElement("govuk-table-body", ParentTag = "govuk-table")]
public sealed class GovUkTableBodyTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        TableBuilder.From(context, "govuk-table-body");
        context.Items[typeof(TableSection)] = new TableSection(HeadCells: null);
        await output.GetChildContentAsync();
        output.SuppressOutput();
    }
}

/// <summary>A table row; in the head its headers become the head row, elsewhere it is a body row.</summary>
[HtmlTargetElement("govuk-table-row")]
public sealed class GovUkTableRowTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var table = TableBuilder.From(context, "govuk-table-row");
        var headCells = context.Items.TryGetValue(typeof(TableSection), out var section) ? ((TableSection)section).HeadCells : null;
        var cells = headCells ?? [];
        if (headCells is null)
        {
            table.Rows.Add(cells);
        }

        context.Items[typeof(TableRowCells)] = new TableRowCells(cells);
        await output.GetChildContentAsync();
        output.SuppressOutput();
    }
}

/// <summary>A header cell: a column header in the head, a row header in the body.</summary>
[HtmlTargetElement("govuk-table-header")]
public sealed class GovUkTableHeaderTagHelper : TableCellTagHelperBase
{
    /// <summary>"ascending", "descending" or "none" for sortable columns.</summary>
    [HtmlAttributeName("aria-sort")]
    public string? AriaSort { get; set; }

    [HtmlAttributeName("scope")]
    public string? Scope { get; set; }

    protected override bool IsHeader => true;

    protected override void AddAttributes(Dictionary<string, string?> attributes)
    {
        if (!string.IsNullOrEmpty(AriaSort))
        {
            attributes["aria-sort"] = AriaSort;
        }
    }

    protected override string? CellScope => Scope;
}

[HtmlTargetElement("govuk-table-cell")]
public sealed class GovUkTableCellTagHelper : TableCellTagHelperBase
{
    protected override bool IsHeader => false;
}

public abstract class TableCellTagHelperBase : TagHelper
{
    /// <summary>"numeric" right-aligns the cell.</summary>
    [HtmlAttributeName("format")]
    public string? Format { get; set; }

    [HtmlAttributeName("colspan")]
    public int? Colspan { get; set; }

    [HtmlAttributeName("rowspan")]
    public int? Rowspan { get; set; }

    protected abstract bool IsHeader { get; }

    protected virtual string? CellScope => null;

    protected virtual void AddAttributes(Dictionary<string, string?> attributes)
    {
    }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var row = context.Items.TryGetValue(typeof(TableRowCells), out var found) ? ((TableRowCells)found).Cells
            : context.Items.TryGetValue(typeof(TableSection), out var section) && ((TableSection)section).HeadCells is { } head ? head
            : throw new InvalidOperationException($"<{output.TagName}> must be inside <govuk-table-row> or <govuk-table-head>.");
        var (classes, unbound) = TagHelperSupport.TakeUnboundAttributes(output);
        var attributes = new Dictionary<string, string?>(unbound ?? new Dictionary<string, string?>());
        AddAttributes(attributes);
        var (text, html) = TagHelperSupport.TextOrHtml(await TagHelperSupport.ChildHtmlAsync(output));
        row.Add(new TableCellOptions
        {
            Text = text,
            Html = html,
            Format = Format,
            Colspan = Colspan,
            Rowspan = Rowspan,
            Classes = classes,
            Attributes = attributes.Count == 0 ? null : attributes,
            IsHeader = IsHeader,
            Scope = CellScope,
        });
        output.SuppressOutput();
    }
}

internal sealed class TableBuilder
{
    public List<TableCellOptions>? Head { get; set; }
    public List<IReadOnlyList<TableCellOptions>?> Rows { get; } = [];

    public static TableBuilder From(TagHelperContext context, string element) =>
        context.Items.TryGetValue(typeof(TableBuilder), out var table) ? (TableBuilder)table
        : throw new InvalidOperationException($"<{element}> must be inside <govuk-table>.");
}

/// <summary>Marks whether children are in the head (collecting into its cells) or the body (null).</summary>
internal sealed record TableSection(List<TableCellOptions>? HeadCells);

internal sealed record TableRowCells(List<TableCellOptions> Cells);
