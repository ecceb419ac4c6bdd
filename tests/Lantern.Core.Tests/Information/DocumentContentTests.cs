using System.IO.Compression;
using System.Text;
using Lantern.Core.Information;

namespace Lantern.Core.Tests.Information;

public sealed class DocumentContentTests
{
    public static MemoryStream Office(string folder, params (string Name, byte[] Content)[] extra)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("[Content_Types].xml", "<Types/>"u8.ToArray()), ($"{folder}/document.xml", "<x/>"u8.ToArray()) }.Concat(extra))
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                entry.Write(content);
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static MemoryStream Bytes(params byte[] bytes) => new(bytes);

    private static MemoryStream Text(string text, Encoding? encoding = null) => new((encoding ?? Encoding.UTF8).GetBytes(text));

    public static TheoryData<string, DocumentKind> Allowed() => new()
    {
        { "report.pdf", DocumentKind.Pdf },
        { "records.docx", DocumentKind.Word },
        { "contacts.xlsx", DocumentKind.Excel },
        { "photo.png", DocumentKind.Png },
        { "photo.JPG", DocumentKind.Jpeg },
        { "photo.jpeg", DocumentKind.Jpeg },
        { "notes.txt", DocumentKind.Text },
        { "list.csv", DocumentKind.Csv },
    };

    private static Stream ContentFor(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => Text("%PDF-1.7\n1 0 obj\n"),
        DocumentKind.Word => Office("word"),
        DocumentKind.Excel => Office("xl"),
        DocumentKind.Png => Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13),
        DocumentKind.Jpeg => Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16),
        DocumentKind.Csv => Text("Date,Event\n2025-03-01,\"Home visit, with \"\"health visitor\"\"\"\n"),
        _ => Text("Notes of the meeting. Café, naïve — all fine.\r\n\tIndented line\n"),
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Check_AllowedContentWithItsOwnName_IsAccepted(string name, DocumentKind kind)
    {
        var check = DocumentContent.Check(ContentFor(kind), name);

        Assert.True(check.Accepted, check.Problem);
        Assert.Equal(kind, check.Kind);
    }

    [Theory]
    [InlineData("report.pdf", new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, "is a program")]
    [InlineData("records.docx", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1 }, "is a program")]
    [InlineData("notes.txt", new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E }, "is a program")]
    public void Check_ProgramDressedAsADocument_IsRefusedAsAProgram(string name, byte[] content, string message)
    {
        var check = DocumentContent.Check(new MemoryStream(content), name);

        Assert.False(check.Accepted);
        Assert.Contains(message, check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf", "<!DOCTYPE html><html><script>alert(1)</script>")]
    [InlineData("notes.txt", "\uFEFF  <html><body>hello</body></html>")]
    [InlineData("picture.png", "<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>")]
    public void Check_WebPageWithAnotherName_IsRefusedAsAWebPage(string name, string content)
    {
        var check = DocumentContent.Check(Text(content), name);

        Assert.False(check.Accepted);
        Assert.Contains("web page (HTML)", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ZipThatUnpacksBeyondTheLimit_IsRefusedAsABomb()
    {
        var bomb = Office("word", ("word/media/big.bin", new byte[12 * 1024 * 1024]));

        var check = DocumentContent.Check(bomb, "records.docx", new ContentLimits(MaxExpandedBytes: 8 * 1024 * 1024, MaxRatio: 100_000));

        Assert.False(check.Accepted);
        Assert.Contains("unpacks to far more than its size", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PartThatUnpacksFarBeyondItsPackedSize_IsRefusedAsABomb()
    {
        var bomb = Office("xl", ("xl/worksheets/sheet1.xml", new byte[4 * 1024 * 1024]));

        var check = DocumentContent.Check(bomb, "contacts.xlsx", new ContentLimits(MaxRatio: 100));

        Assert.False(check.Accepted);
        Assert.Contains("unpacks to far more than its size", check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("photo.pdf", DocumentKind.Png, "ends .pdf but it is a PNG image")]
    [InlineData("records.docx", DocumentKind.Excel, "ends .docx but it is a Excel workbook")]
    [InlineData("report.pdf", DocumentKind.Text, "ends .pdf but it is a Text file")]
    [InlineData("photo.png", DocumentKind.Jpeg, "ends .png but it is a JPEG image")]
    public void Check_NameDisagreesWithContent_SaysWhatItReallyIs(string name, DocumentKind actual, string message)
    {
        var check = DocumentContent.Check(ContentFor(actual), name);

        Assert.False(check.Accepted);
        Assert.Contains(message, check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("page.html")]
    [InlineData("macro.docm")]
    [InlineData("no-extension")]
    public void Check_NameOutsideTheAllowList_IsRefusedWithTheList(string name)
    {
        var check = DocumentContent.Check(Text("plain words"), name);

        Assert.False(check.Accepted);
        Assert.Equal(DocumentContent.AllowedTypes, check.Problem);
    }

    [Fact]
    public void Check_ZipWithoutWordOrExcelParts_IsNotAcceptedAsWord()
    {
        var check = DocumentContent.Check(Office("other"), "records.docx");

        Assert.False(check.Accepted);
        Assert.Contains("not a real Word document", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EmptyFile_IsRefused()
    {
        Assert.Equal("The selected file is empty", DocumentContent.Check(new MemoryStream(), "notes.txt").Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 })]
    [InlineData(new byte[] { 0x41, 0x07, 0x42 })]
    [InlineData(new byte[] { 0x41, 0x1B, 0x42 })]
    [InlineData(new byte[] { 0x41, 0x81, 0x42 })]
    public void IsText_NulControlOrUndefinedBytes_IsNotText(byte[] content)
    {
        Assert.False(DocumentContent.IsText(new MemoryStream(content)));
    }

    [Fact]
    public void IsText_WindowsSingleByteText_IsText()
    {
        // "Café £5" in Windows-1252: not UTF-8, but text.
        Assert.True(DocumentContent.IsText(new MemoryStream([0x43, 0x61, 0x66, 0xE9, 0x20, 0xA3, 0x35])));
    }

    [Fact]
    public void Check_TextWithANul_IsNotARealTextFile()
    {
        var check = DocumentContent.Check(new MemoryStream([0x41, 0x42, 0x00, 0x43]), "notes.txt");

        Assert.False(check.Accepted);
        Assert.Contains("not a real Text file", check.Problem, StringComparison.Ordinal);
    }
}
