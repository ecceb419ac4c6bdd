using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.PeopleImports;

/// <summary>
/// The blank list of people to fill in: the register's headings and example rows of fictional people, as CSV
/// (UTF-8 with a byte-order mark, so spreadsheet programs open it correctly) or as XLSX with a second sheet
/// explaining each column.
/// </summary>
public static class PeopleTemplate
{
    /// <summary>Fictional people, in the order of <see cref="PeopleColumns.All"/>: name, other names, who they
    /// are, relationship, agency, role, pseudonym, date of birth, address, notes.</summary>
    public static readonly string[][] Examples =
    [
        ["Ellis Invented", "Elli; El", "Child", "", "", "", "", "14/03/2019", "3 Quillon Row, Testbury TE1 4AB", "Lived with her mother and two brothers"],
        ["Morgan Example", "Mo | Morgan E.", "Mother", "", "", "", "", "02/11/1990", "3 Quillon Row, Testbury TE1 4AB", ""],
        ["Jordan Madeup", "", "Professional", "", "{agency}", "Health visitor", "", "", "", "Health visitor from 2019"],
    ];

    public static string[][] Rows(string agency) =>
        [.. Examples.Select(r => r.Select(c => c.Replace("{agency}", agency, StringComparison.Ordinal)).ToArray())];

    public static byte[] Csv(string agency)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', PeopleColumns.All.Select(c => Quote(c.Heading))).Append("\r\n");
        foreach (var row in Rows(agency))
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(string agency)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, "People", [PeopleColumns.All.Select(c => c.Heading).ToArray(), .. Rows(agency)]);
            AddSheet(workbook, sheets, 2, "How to fill it in",
            [
                ["Column", "Required", "What to put in it"],
                .. PeopleColumns.All.Select(c => new[] { c.Heading, c.Required ? "Yes" : "No", c.Hint }),
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
