using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Core.Information.Import;

namespace Lantern.Web.Pages.Information.Submissions;

/// <summary>
/// The blank chronology agencies fill in: Lantern's headings and one example row of fictional content, as CSV
/// (UTF-8 with a byte-order mark, so spreadsheet programs open it correctly) or as XLSX with a second sheet
/// explaining each column and listing the event types.
/// </summary>
public static class ChronologyTemplate
{
    public static readonly string[] Example =
    [
        "14/03/2024", "10:30", "day", EventTypes.HomeVisit,
        "Planned visit. Mother and baby seen at home; the flat was warm and tidy. Safe sleep advice repeated.",
        "Mother, Baby", "Health visitor", "HV-2024-0142",
    ];

    public static byte[] Csv()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', ChronologyColumns.All.Select(c => Quote(c.Heading))).Append("\r\n");
        text.AppendJoin(',', Example.Select(Quote)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, 1, "Chronology", [ChronologyColumns.All.Select(c => c.Heading).ToArray(), Example]);
            AddSheet(workbook, sheets, 2, "How to fill it in",
            [
                ["Column", "Required", "What to put in it"],
                .. ChronologyColumns.All.Select(c => new[] { c.Heading, c.Required ? "Yes" : "No", c.Hint }),
                [],
                ["Event types", "Multi-agency meeting", "What it covers", "Some other words Lantern reads as this type"],
                .. EventTypes.All.Select(t => new[] { t.Name, t.IsMeeting ? "Yes" : "No", t.Hint, Synonyms(t.Name) }),
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

    /// <summary>A few of the built-in words for a type, so agencies see their own words are understood.</summary>
    private static string Synonyms(string type) =>
        EventTypeSynonyms.ByType.TryGetValue(type, out var words) ? string.Join(", ", words.Take(8)) : string.Empty;
}
