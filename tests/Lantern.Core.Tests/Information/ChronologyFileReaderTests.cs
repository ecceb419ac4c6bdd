using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class ChronologyFileReaderTests
{
    private const string Headings = "Date,Time,Date precision,Event type,Description,People involved,Author role,Source record reference";
    private static readonly ImportLimits Limits = new();

    private static FileReadResult ReadCsv(string text, Encoding? encoding = null, string name = "chronology.csv") =>
        ChronologyFileReader.Read((encoding ?? new UTF8Encoding(false)).GetBytes(text), name, Limits);

    [Fact]
    public void Read_CommaFile_GivesHeadingsAndRows()
    {
        var result = ReadCsv(Headings + "\r\n03/02/2024,10:15,day,Home visit,Visited the family at home,Alex Sample,Health visitor,HV-1\r\n");

        Assert.Null(result.Error);
        Assert.Equal(8, result.Table!.Headings.Count);
        Assert.Equal("Visited the family at home", Assert.Single(result.Table.Rows)[4]);
        Assert.Empty(result.Table.Notes);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    public void Read_SemicolonOrTabFile_DetectsTheDelimiter(char delimiter)
    {
        var result = ReadCsv($"Date{delimiter}Event type{delimiter}Description\n03/02/2024{delimiter}Home visit{delimiter}Seen, with mum\n");

        Assert.Equal(["Date", "Event type", "Description"], result.Table!.Headings);
        Assert.Equal("Seen, with mum", result.Table.Rows[0][2]);
    }

    [Fact]
    public void Read_HeadingsInOneCellFromAnUnknownDelimiter_SaysSoPlainly()
    {
        var result = ReadCsv("Date|Event type|Description\n03/02/2024|Home visit|Seen at home\n");

        Assert.Null(result.Table);
        Assert.Contains("All the headings are in one cell", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedCommasQuotesAndLineBreaks_StayInTheirCell()
    {
        var result = ReadCsv("Date,Event type,Description\r\n03/02/2024,Home visit,\"Seen at home, with \"\"Nan\"\"\r\nand the baby\"\r\n04/02/2024,Phone call,Short call\r\n");

        Assert.Equal(2, result.Table!.Rows.Count);
        Assert.Equal("Seen at home, with \"Nan\"\r\nand the baby", result.Table.Rows[0][2]);
        Assert.Equal("Short call", result.Table.Rows[1][2]);
    }

    [Fact]
    public void Read_ByteOrderMark_IsNotPartOfTheFirstHeading()
    {
        var result = ReadCsv(Headings + "\n03/02/2024,,,Home visit,Seen,,,\n", new UTF8Encoding(true));

        Assert.Equal("Date", result.Table!.Headings[0]);
        Assert.Empty(result.Table.Notes);
    }

    [Fact]
    public void Read_Windows1252_IsConvertedAndSaysSo()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Date,Event type,Description\n03/02/2024,Home visit,Zo"), 0xEB, .. Encoding.ASCII.GetBytes(" said "), 0x93, .. Encoding.ASCII.GetBytes("fine"), 0x94, (byte)' ', 0x80, (byte)'5', (byte)'\n'];

        var result = ChronologyFileReader.Read(bytes, "old.csv", Limits);

        Assert.Equal("Zoë said \u201Cfine\u201D €5", result.Table!.Rows[0][2]);
        Assert.Contains("Windows-1252", Assert.Single(result.Table.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileOverTheLimit_IsRefusedBeforeReading()
    {
        var result = ChronologyFileReader.Read(new byte[2048], "big.csv", Limits with { MaxFileBytes = 1024 });

        Assert.Null(result.Table);
        Assert.StartsWith("The file must be smaller than", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tool.csv")]
    [InlineData("tool.xlsx")]
    public void Read_ExecutableRenamed_IsRefused(string name)
    {
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, .. Encoding.ASCII.GetBytes("This program cannot be run in DOS mode")];

        var result = ChronologyFileReader.Read(program, name, Limits);

        Assert.Equal("The file is a program, not a spreadsheet, so Lantern has not opened it. Upload the chronology as a CSV or XLSX file.", result.Error);
    }

    [Fact]
    public void Read_PdfRenamedCsv_AndWrongExtension_AreRefused()
    {
        Assert.Contains("is a PDF", ChronologyFileReader.Read("%PDF-1.7 ..."u8.ToArray(), "c.csv", Limits).Error, StringComparison.Ordinal);
        Assert.Contains("must be a CSV or XLSX", ChronologyFileReader.Read("a,b"u8.ToArray(), "c.docx", Limits).Error, StringComparison.Ordinal);
        Assert.Contains("not really an XLSX", ChronologyFileReader.Read("Date,Description"u8.ToArray(), "c.xlsx", Limits).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeadingsOnlyOrEmpty_SaysWhat()
    {
        Assert.Contains("no rows", ReadCsv("Date,Event type,Description\n").Error, StringComparison.Ordinal);
        Assert.Contains("empty", ChronologyFileReader.Read([], "c.csv", Limits).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TooManyRows_IsRefused()
    {
        var result = ReadCsv("Date,Event type,Description\n" + string.Concat(Enumerable.Repeat("03/02/2024,Home visit,Seen\n", 4)), name: "c.csv");
        var limited = ChronologyFileReader.Read(Encoding.UTF8.GetBytes("Date,Event type,Description\n" + string.Concat(Enumerable.Repeat("03/02/2024,Home visit,Seen\n", 4))), "c.csv", Limits with { MaxRows = 3 });

        Assert.Equal(4, result.Table!.Rows.Count);
        Assert.Contains("more than 3 rows", limited.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Xlsx_GivesTextAndDates()
    {
        var bytes = Workbooks.Make([["Date", "Event type", "Description"], ["", "Home visit", "Seen at home"]], (_, data) =>
        {
            var cell = data.Elements<Row>().Last().Elements<Cell>().First();
            cell.DataType = null;
            cell.InlineString = null;
            cell.StyleIndex = 1;
            cell.CellValue = new CellValue("45325");
        }, dateStyle: true);

        var result = ChronologyFileReader.Read(bytes, "c.xlsx", Limits);

        Assert.Null(result.Error);
        Assert.Equal(["2024-02-03", "Home visit", "Seen at home"], result.Table!.Rows[0]);
    }

    [Fact]
    public void Read_XlsxWithAFormula_NamesTheCell()
    {
        var bytes = Workbooks.Make([["Date", "Event type", "Description"], ["03/02/2024", "Home visit", "Seen"]], (_, data) =>
        {
            var cell = data.Elements<Row>().Last().Elements<Cell>().Last();
            cell.CellFormula = new CellFormula("CONCAT(\"Se\",\"en\")");
        });

        var result = ChronologyFileReader.Read(bytes, "c.xlsx", Limits);

        Assert.StartsWith("Cell C2 holds a formula.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_XlsxWithMergedCells_NamesThem()
    {
        var bytes = Workbooks.Make([["Date", "Event type", "Description"], ["03/02/2024", "Home visit", "Seen"]],
            (sheet, data) => sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "B2:C2" }), data));

        var result = ChronologyFileReader.Read(bytes, "c.xlsx", Limits);

        Assert.StartsWith("Cells B2:C2 are merged.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedBeforeUnpacking()
    {
        var bomb = Workbooks.Bomb(megabytes: 20);

        var result = ChronologyFileReader.Read(bomb, "c.xlsx", Limits);

        Assert.True(bomb.Length < 200_000);
        Assert.StartsWith("The spreadsheet unpacks to far more than its size suggests", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipBombOverTheTotal_IsRefusedEvenAtAModestRatio()
    {
        var result = ChronologyFileReader.Read(Workbooks.Bomb(megabytes: 3), "c.xlsx", Limits with { MaxUnpackedBytes = ImportLimits.Megabyte });

        Assert.StartsWith("The spreadsheet unpacks", result.Error, StringComparison.Ordinal);
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    [Fact]
    public void Read_AgencyExportWithAQuoteLeftOpenInRow37_IsRefusedNamingTheRow()
    {
        var file = Fixture("agency-export-unclosed-quote.csv");
        var text = Encoding.UTF8.GetString(file);
        Assert.Equal(102, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(101, System.Text.RegularExpressions.Regex.Count(text, "AG-[0-9]{4}"));

        var result = ChronologyFileReader.Read(file, "health-export.csv", Limits);

        Assert.Null(result.Table);
        Assert.Equal(
            "Row 37 (line 43 of the file) opens a quote (\") that is not closed until line 44, in the middle of another cell, so Lantern cannot tell where " +
            "that cell ends and the rows after it would run together. Nothing has been added. Close the quote, or remove it, and upload the file again.",
            result.Error);
    }

    [Fact]
    public void Read_AgencyExportWithCellsOverSeveralLines_KeepsEachCellWhole()
    {
        var result = ChronologyFileReader.Read(Fixture("agency-export-multiline.csv"), "health-export.csv", Limits);

        Assert.Null(result.Error);
        Assert.Equal("Date of contact", result.Table!.Headings[0]);
        Assert.Equal(6, result.Table.Rows.Count);
        Assert.All(result.Table.Rows, r => Assert.Equal(7, r.Length));
        Assert.Equal("New birth visit.\nZoë said she was \"tired but coping\".\n\nMateo feeding well, weight on track.", result.Table.Rows[0][3]);
        var meeting = result.Table.Rows[2][3];
        Assert.Equal(43, meeting.Count(c => c == '\n'));
        Assert.EndsWith("42. GP surgery (apologies)\nActions agreed, minutes to follow.", meeting, StringComparison.Ordinal);
        Assert.Equal(["16/10/2023", "", "Letter or email", "Letter to Zoë offering an appointment, copied to the GP", "Zoë Ferreira", "Health visitor", "HV-0006"], result.Table.Rows[5]);
    }

    [Theory]
    [InlineData("Date,Event type,Description\n03/02/2024,Home visit,Seen\n04/02/2024,Phone call,\"Called, no answer\n05/02/2024,Home visit,Seen again\n", "Row 2 (line 3 of the file) opens a quote (\") that is never closed")]
    [InlineData("Date,Event type,Description\r\n03/02/2024,Home visit,\"Seen\r\n", "Row 1 (line 2 of the file) opens a quote (\") that is never closed")]
    [InlineData("Date,\"Event type,Description\n03/02/2024,Home visit,Seen\n", "The heading row (line 1 of the file) opens a quote (\") that is never closed")]
    [InlineData("Date,Event type,Description\n03/02/2024,Home visit,\"Seen\n04/02/2024,Phone call,\"Called\"\n", "Row 1 (line 2 of the file) opens a quote (\") that is not closed until line 3, in the middle of another cell")]
    public void Read_QuoteNeverClosed_IsRefusedNamingWhereItOpened(string text, string message)
    {
        var result = ReadCsv(text);

        Assert.Null(result.Table);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing has been added", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedCellOverTheLineLimit_IsRefusedAndOneAtTheLimitIsRead()
    {
        var limits = Limits with { MaxLineBreaksInACell = 3 };
        var atLimit = "Date,Event type,Description\r\n03/02/2024,Home visit,\"a\r\nb\r\nc\r\nd\"\r\n";
        var overLimit = "Date,Event type,Description\r\n03/02/2024,Home visit,Seen\r\n04/02/2024,Phone call,\"a\r\nb\r\nc\r\nd\r\ne\"\r\n";

        var read = ChronologyFileReader.Read(Encoding.UTF8.GetBytes(atLimit), "c.csv", limits);
        var refused = ChronologyFileReader.Read(Encoding.UTF8.GetBytes(overLimit), "c.csv", limits);

        Assert.Equal("a\r\nb\r\nc\r\nd", Assert.Single(read.Table!.Rows)[2]);
        Assert.Null(refused.Table);
        Assert.StartsWith("Row 2 (line 3 of the file) opens a quote (\") that runs on over more than 3 lines, more than one cell may hold", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedCellOverTheCharacterLimit_IsRefused()
    {
        var limits = Limits with { MaxCharactersInACell = 20 };

        var read = ChronologyFileReader.Read(Encoding.UTF8.GetBytes("Date,Event type,Description\n03/02/2024,Home visit,\"" + new string('a', 20) + "\"\n"), "c.csv", limits);
        var refused = ChronologyFileReader.Read(Encoding.UTF8.GetBytes("Date,Event type,Description\n03/02/2024,Home visit,\"" + new string('a', 21) + "\"\n"), "c.csv", limits);

        Assert.Null(read.Error);
        Assert.StartsWith("Row 1 (line 2 of the file) opens a quote (\") that runs on for more than 20 characters", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextAfterAClosingQuoteOnTheSameLine_IsKeptAsSpreadsheetProgramsDo()
    {
        var result = ReadCsv("Date,Event type,Description\n03/02/2024,Home visit,\"Seen\" at home\n");

        Assert.Equal("Seen at home", Assert.Single(result.Table!.Rows)[2]);
    }
}
