using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Lantern.Core.Information.Import;

/// <summary>
/// Reads the first worksheet of an XLSX file as text. Refuses formulas and merged cells (naming the cell),
/// because their values are not what the agency's records say. Dates stored as numbers are written back as
/// yyyy-mm-dd (and times as hh:mm) so they are checked like dates typed in a CSV.
/// </summary>
public static class XlsxReader
{
    /// <summary>Looks inside the package before anything is unpacked: too large in total, or one part packed
    /// far too tightly, is a zip bomb. Null when the package is safe to open.</summary>
    public static string? CheckPackage(Stream content, ImportLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                hasWorkbook |= entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase);
                var ratio = entry.CompressedLength == 0 ? (entry.Length == 0 ? 0 : long.MaxValue) : entry.Length / entry.CompressedLength;
                if (ratio > limits.MaxCompressionRatio || total > limits.MaxUnpackedBytes)
                {
                    return "The spreadsheet unpacks to far more than its size suggests, so Lantern has not opened it. " +
                        "Save it again from your spreadsheet program, or save it as CSV, and upload that.";
                }
            }

            return hasWorkbook ? null : "The file is not an Excel workbook. Upload a CSV or XLSX file.";
        }
        catch (InvalidDataException)
        {
            return "The file is not a readable XLSX file. Save it again as XLSX or CSV and upload that.";
        }
    }

    /// <summary>The first worksheet's rows, or a plain message naming the cell that stops it being read.</summary>
    public static (List<string[]>? Rows, string? Error) Read(Stream content, int maxRows, string noun = "chronology")
    {
        try
        {
            using var document = SpreadsheetDocument.Open(content, false);
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } sheetId)
            {
                return (null, $"The workbook has no worksheet. Put the {noun} on the first sheet.");
            }

            var worksheet = ((WorksheetPart)workbook.GetPartById(sheetId)).Worksheet;
            if (worksheet.Elements<MergeCells>().FirstOrDefault()?.Elements<MergeCell>().FirstOrDefault() is { } merged)
            {
                return (null, $"Cells {merged.Reference?.Value} are merged. Unmerge them and put a value in every cell, then upload the file again.");
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
            var dateStyles = DateStyles(workbook.WorkbookStylesPart?.Stylesheet);
            var rows = new List<string[]>();
            foreach (var row in worksheet.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var reference = cell.CellReference?.Value ?? string.Empty;
                    if (cell.CellFormula is not null)
                    {
                        return (null, $"Cell {reference} holds a formula. Replace formulas with the values they show (copy, then paste as values) and upload the file again.");
                    }

                    var index = ColumnIndex(reference, cells.Count);
                    while (cells.Count < index)
                    {
                        cells.Add(string.Empty);
                    }

                    cells.Add(Text(cell, strings, dateStyles));
                }

                if (cells.Any(c => c.Length > 0))
                {
                    if (rows.Count == maxRows)
                    {
                        throw new TooManyRowsException(maxRows);
                    }

                    rows.Add(cells.ToArray());
                }
            }

            return (rows, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException)
        {
            return (null, "The file is not a readable XLSX file. Save it again as XLSX or CSV and upload that.");
        }
    }

    private static string Text(Cell cell, string[] strings, Dictionary<uint, DateStyle> dateStyles)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, out var i) && i >= 0 && i < strings.Length ? strings[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style &&
            dateStyles.TryGetValue(style, out var kind) &&
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 0 and < 2958466)
        {
            var moment = DateTime.FromOADate(serial);
            return kind switch
            {
                DateStyle.Time => moment.ToString("HH:mm", CultureInfo.InvariantCulture),
                _ when moment.TimeOfDay == TimeSpan.Zero => moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            };
        }

        return value;
    }

    private enum DateStyle
    {
        Date,
        Time,
    }

    /// <summary>Which cell styles show a number as a date or a time: the built-in formats 14 to 22 and 45 to 47,
    /// and custom formats whose code has day, month or year parts (or only hours and minutes).</summary>
    private static Dictionary<uint, DateStyle> DateStyles(Stylesheet? stylesheet)
    {
        var result = new Dictionary<uint, DateStyle>();
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            DateStyle? kind = id switch
            {
                >= 14 and <= 17 or 22 => DateStyle.Date,
                >= 18 and <= 21 or >= 45 and <= 47 => DateStyle.Time,
                _ when custom.TryGetValue(id, out var code) => Classify(code),
                _ => null,
            };
            if (kind is { } k)
            {
                result[index] = k;
            }

            index++;
        }

        return result;
    }

    private static DateStyle? Classify(string code)
    {
        // Leave out quoted text and [colour] or [locale] sections before looking for date parts.
        var plain = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty).ToLowerInvariant();
        if (plain.Contains('d') || plain.Contains('y'))
        {
            return DateStyle.Date;
        }

        return plain.Contains('h') ? DateStyle.Time : null;
    }

    /// <summary>The zero-based column of a reference such as "C12"; <paramref name="fallback"/> if there is none.</summary>
    private static int ColumnIndex(string reference, int fallback)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                letters++;
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? fallback : index - 1;
    }
}
