using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Infrastructure.Documents;

/// <summary>Bordered tables in Word's "Table Grid" style, as wide as the text on an A4 page.</summary>
internal static class WordTables
{
    /// <summary>A4 (11,906 twips) less two 1-inch margins.</summary>
    private const int TextWidth = 9026;

    public static Table WithHeader(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        if (headers.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column heading.", nameof(headers));
        }

        var widths = Enumerable.Repeat(TextWidth / headers.Count, headers.Count).ToArray();
        var table = Start(widths, look: "0420");

        // Marked as a header row, Word repeats it at the top of each page and screen readers use it for the cells.
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        for (var column = 0; column < headers.Count; column++)
        {
            header.Append(Cell(headers[column], widths[column], bold: true));
        }

        table.Append(header);
        var number = 0;
        foreach (var row in rows)
        {
            number++;
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            if (row.Count > headers.Count)
            {
                throw new ArgumentException(
                    $"Row {number} has {row.Count} cells but the table has {headers.Count} columns.", nameof(rows));
            }

            var tableRow = new TableRow();
            for (var column = 0; column < headers.Count; column++)
            {
                tableRow.Append(Cell(column < row.Count ? row[column] : string.Empty, widths[column], bold: false));
            }

            table.Append(tableRow);
        }

        return table;
    }

    public static Table KeyValues(IEnumerable<(string Key, string Value)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        int[] widths = [TextWidth / 3, TextWidth - (TextWidth / 3)];
        var table = Start(widths, look: "0480");
        foreach (var (key, value) in pairs)
        {
            table.Append(new TableRow(Cell(key, widths[0], bold: true), Cell(value, widths[1], bold: false)));
        }

        return table;
    }

    private static Table Start(int[] widths, string look) => new(
        new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = look }),
        new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

    private static TableCell Cell(string? text, int width, bool bold) => new(
        new TableCellProperties(new TableCellWidth
        {
            Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = TableWidthUnitValues.Dxa,
        }),
        new Paragraph(WordText.Run(text, bold)));
}
