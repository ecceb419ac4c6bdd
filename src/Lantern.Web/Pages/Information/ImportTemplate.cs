using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information;

/// <summary>
/// The blank file an upload starts from (a chronology or a list of people): the columns' headings and example rows,
/// as CSV (UTF-8 with a byte-order mark, so spreadsheet programs open it correctly) or as XLSX with a second sheet,
/// "How to fill it in", explaining each column.
/// </summary>
public static class ImportTemplate
{
    public static byte[] Csv(IReadOnlyList<ImportColumn> columns, IEnumerable<string[]> examples)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(c => Quote(c.Heading))).Append("\r\n");
        foreach (var row in examples)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The workbook: the headings and examples on a sheet named <paramref name="sheet"/>, then the help sheet,
    /// which ends with <paramref name="moreHelp"/> (rows of cells) when given.</summary>
    public static byte[] Xlsx(string sheet, IReadOnlyList<ImportColumn> columns, IEnumerable<string[]> examples, IEnumerable<string[]>? moreHelp = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, sheet, [columns.Select(c => c.Heading).ToArray(), .. examples]);
            AddSheet(workbook, sheets, 2, "How to fill it in",
            [
                ["Column", "Required", "What to put in it"],
                .. columns.Select(c => new[] { c.Heading, c.Required ? "Yes" : "No", c.Hint }),
                .. moreHelp ?? [],
            ]);
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<string[]> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        foreach (var cells in rows)
        {
            var row = new Row { RowIndex = r };
            for (var c = 0; c < cells.Length; c++)
            {
                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(cells[c])),
                });
            }

            data.Append(row);
            r++;
        }

        part.Worksheet = new Worksheet(data);
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
