namespace Lantern.Core.Information.Import;

/// <summary>
/// Reads an uploaded chronology, CSV or XLSX, into headings and rows of text (a list of people too: see
/// <see cref="TableFileKind"/>). Checks come first and cheapest:
/// the size, then what the bytes really are (an executable or a PDF renamed .csv is refused, whatever its
/// name), then for XLSX the package's unpacked size, before anything is parsed.
/// </summary>
public static class ChronologyFileReader
{
    private static readonly char[] LikelyDelimiters = [',', ';', '\t', '|'];

    public static FileReadResult Read(byte[] content, string fileName, ImportLimits limits) =>
        Read(content, fileName, limits, TableFileKind.Chronology);

    public static FileReadResult Read(byte[] content, string fileName, ImportLimits limits, TableFileKind kind)
    {
        if (content.Length == 0)
        {
            return FileReadResult.Refused($"The file is empty. Upload the {kind.Noun} again.");
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return FileReadResult.Refused($"The file must be smaller than {Megabytes(limits.MaxFileBytes)}. Split the {kind.Noun} into parts, or remove columns Lantern does not need.");
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension is not (".csv" or ".txt" or ".xlsx"))
        {
            return FileReadResult.Refused("The file must be a CSV or XLSX file. Use the template if you are not sure.");
        }

        if (Disguised(content, extension, kind) is { } disguised)
        {
            return FileReadResult.Refused(disguised);
        }

        try
        {
            return extension == ".xlsx" ? ReadXlsx(content, limits, kind) : ReadCsv(content, limits, kind);
        }
        catch (TooManyRowsException)
        {
            // The limit counted the heading row too.
            return FileReadResult.Refused($"The file has more than {limits.MaxRows:N0} rows. Split it into parts of {limits.MaxRows:N0} rows or fewer.");
        }
        catch (UnclosedQuoteException open)
        {
            // Every row after an open quote is in doubt, so the whole file is refused rather than a row held back.
            return FileReadResult.Refused(UnclosedQuoteMessage(open, limits));
        }
    }

    /// <summary>Where the quote opened, counted as the quarantine counts rows (1 = the first row under the headings)
    /// and as a text editor counts lines, and how Lantern could tell it was never closed.</summary>
    private static string UnclosedQuoteMessage(UnclosedQuoteException open, ImportLimits limits)
    {
        var where = open.Record == 0
            ? $"The heading row (line {open.Line:N0} of the file)"
            : $"Row {open.Record:N0} (line {open.Line:N0} of the file)";
        var how = open.Problem switch
        {
            UnclosedQuote.ClosedInALaterCell => $"is not closed until line {open.ClosedOnLine:N0}, in the middle of another cell",
            UnclosedQuote.TooManyLines => $"runs on over more than {limits.MaxLineBreaksInACell:N0} lines, more than one cell may hold",
            UnclosedQuote.TooLong => $"runs on for more than {limits.MaxCharactersInACell:N0} characters, more than one cell may hold",
            _ => "is never closed",
        };
        return $"{where} opens a quote (\") that {how}, so Lantern cannot tell where that cell ends and the rows after it would run together. Nothing has been added. Close the quote, or remove it, and upload the file again.";
    }

    /// <summary>What the content says the file really is, when that is not what its name says.</summary>
    private static string? Disguised(byte[] content, string extension, TableFileKind kind)
    {
        ReadOnlySpan<byte> head = content.AsSpan(0, Math.Min(content.Length, 8));
        if (head.StartsWith("MZ"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F']) ||
            head.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF]) || head.StartsWith("#!"u8))
        {
            return $"The file is a program, not a spreadsheet, so Lantern has not opened it. Upload the {kind.Noun} as a CSV or XLSX file.";
        }

        if (head.StartsWith("%PDF"u8))
        {
            return $"The file is a PDF, not a spreadsheet. Upload the {kind.Noun} as a CSV or XLSX file (the template shows the columns).";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return "The file is in the old Excel 97-2003 format. Save it as XLSX or CSV and upload that.";
        }

        var isZip = head.StartsWith("PK\u0003\u0004"u8);
        if (extension == ".xlsx" && !isZip)
        {
            return "The file is not really an XLSX file. Save it from your spreadsheet program as XLSX or CSV and upload that.";
        }

        if (extension != ".xlsx")
        {
            if (isZip)
            {
                return "The file is a packed file (perhaps a spreadsheet saved as XLSX) but its name ends in .csv. Upload it with the right name, or save it as CSV.";
            }

            if (content.AsSpan(0, Math.Min(content.Length, 8192)).Contains((byte)0))
            {
                return $"The file is not a text file, so it cannot be a CSV. Save the {kind.Noun} as CSV or XLSX and upload that.";
            }
        }

        return null;
    }

    private static FileReadResult ReadCsv(byte[] content, ImportLimits limits, TableFileKind kind)
    {
        var (text, fromWindows1252) = TextDecoding.Decode(content);
        var delimiter = CsvParser.DetectDelimiter(text);
        var rows = CsvParser.Parse(text, delimiter, limits.MaxRows + 1, limits.MaxLineBreaksInACell, limits.MaxCharactersInACell);
        var notes = new List<string>();
        if (fromWindows1252)
        {
            notes.Add("The file was not saved as UTF-8, so Lantern read it as Windows-1252 (the usual setting in older spreadsheet programs). Check that accented letters and symbols look right.");
        }

        return Table(rows, notes, kind);
    }

    private static FileReadResult ReadXlsx(byte[] content, ImportLimits limits, TableFileKind kind)
    {
        using var stream = new MemoryStream(content, writable: false);
        if (XlsxReader.CheckPackage(stream, limits) is { } unsafePackage)
        {
            return FileReadResult.Refused(unsafePackage);
        }

        stream.Position = 0;
        var (rows, error) = XlsxReader.Read(stream, limits.MaxRows + 1, kind.Noun);
        return rows is null ? FileReadResult.Refused(error!) : Table(rows, [], kind);
    }

    private static FileReadResult Table(List<string[]> rows, List<string> notes, TableFileKind kind)
    {
        if (rows.Count == 0)
        {
            return FileReadResult.Refused($"The file is empty. Upload the {kind.Noun} again.");
        }

        var headings = rows[0].Select(h => h.Trim()).ToArray();
        if (headings.Length == 1 && headings[0].IndexOfAny(LikelyDelimiters) >= 0 && !kind.IsKnownHeading(headings[0]))
        {
            var shown = headings[0].Length > 60 ? headings[0][..60] + "…" : headings[0];
            return FileReadResult.Refused($"All the headings are in one cell (\u201C{shown}\u201D), so the columns are separated by a character Lantern does not recognise. Save the file as CSV with commas, or use the template.");
        }

        if (rows.Count == 1)
        {
            return FileReadResult.Refused($"The file has headings but no rows. Add {kind.RowsHint} under the headings.");
        }

        return new FileReadResult(new ChronologyTable(headings, rows.GetRange(1, rows.Count - 1), notes), null);
    }

    private static string Megabytes(long bytes) => $"{bytes / ImportLimits.Megabyte} MB";
}
