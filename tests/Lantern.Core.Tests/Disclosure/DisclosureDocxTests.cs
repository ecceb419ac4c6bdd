using System.Text;
using DocumentFormat.OpenXml;
using Lantern.Core.Disclosure;
using Lantern.Core.Information;
using static Lantern.Core.Tests.Disclosure.TestRegister;

namespace Lantern.Core.Tests.Disclosure;

/// <summary>Reading a Word document for the check: every part that holds words, runs kept, and the files it refuses.</summary>
public sealed class DisclosureDocxTests
{
    private static DocxReading Read(byte[] bytes, long maxBytes = DisclosureDocx.DefaultMaxBytes, ContentLimits? limits = null) =>
        DisclosureDocx.Read(new MemoryStream(bytes), maxBytes, limits);

    [Fact]
    public void Read_Draft_FindsTheNamesInEveryPartWordKeepsWords()
    {
        var reading = Read(DocxFiles.Draft());

        Assert.True(reading.Read, reading.Message);
        var hits = Check.Scan(reading.Document!).Select(h => h.Text).ToList();
        Assert.Equal(
            ["Kayleigh", "Kayleigh\nMorris", "12/03/2024", "Mary-Jane", "Gary Lomax", "Priya Natarajan", "Renée Dubois's", "BK4 7QT", "Faye Summers", "Dr Tomasz Wilczek"],
            hits);
    }

    [Fact]
    public void Read_NameSplitAcrossFormattingRuns_KeepsTheRunsSoTheHitMapsBack()
    {
        var document = Read(DocxFiles.Draft()).Document!;

        var hit = Check.Scan(document).First(h => h.Text == "Kayleigh");

        var paragraph = document.Paragraphs[hit.Paragraph];
        Assert.Equal(["The nurse saw Kay", "leigh", " at home."], paragraph.Runs);
        Assert.Equal(new RunPosition(0, 14), paragraph.Locate(hit.Start));
        Assert.Equal(new RunPosition(1, 4), paragraph.Locate(hit.End - 1));
    }

    [Fact]
    public void Read_TextBox_IsReadOnceNotAgainFromWordsFallbackCopy()
    {
        var document = Read(DocxFiles.Draft()).Document!;

        Assert.Single(document.Paragraphs, p => p.Text == "Gary Lomax stayed most weekends.");
        Assert.Contains(document.Paragraphs, p => p.Text == "See the box:  and then the plan.");
    }

    [Fact]
    public void Read_NonSeekableStream_IsRead()
    {
        var reading = DisclosureDocx.Read(new OneWayStream(DocxFiles.Draft()));

        Assert.True(reading.Read, reading.Message);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_FileItShouldNotOpen_IsRefusedWithAReasonAndAPlainMessage(string name, byte[] bytes, DocxRefusal refusal)
    {
        var reading = Read(bytes);

        Assert.False(reading.Read, name);
        Assert.Null(reading.Document);
        Assert.Equal(refusal, reading.Refusal);
        Assert.False(string.IsNullOrWhiteSpace(reading.Message));
        Assert.DoesNotContain("Exception", reading.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], DocxRefusal> BadFiles()
    {
        var draft = DocxFiles.Draft();
        return new()
        {
            { "plain text", Encoding.UTF8.GetBytes("Kayleigh Morris was seen at home."), DocxRefusal.NotADocx },
            { "empty", [], DocxRefusal.NotADocx },
            { "PDF", Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n"), DocxRefusal.NotADocx },
            { "cut short", draft[..(draft.Length / 2)], DocxRefusal.NotADocx },
            { "zip without a document", DocxFiles.WithPart(EmptyZip(), "notes.txt", [1, 2, 3]), DocxRefusal.NotADocx },
            { "macro-enabled type", DocxFiles.Draft(WordprocessingDocumentType.MacroEnabledDocument), DocxRefusal.MacroEnabled },
            { "VBA project added", DocxFiles.WithPart(draft, "word/vbaProject.bin", [1, 2, 3, 4]), DocxRefusal.MacroEnabled },
            { "encrypted", DocxFiles.Encrypted(), DocxRefusal.Encrypted },
            { "zip bomb", DocxFiles.Bomb(300), DocxRefusal.ZipBomb },
        };
    }

    [Fact]
    public void Read_OverTheSizeLimit_IsRefusedAsTooLarge()
    {
        var draft = DocxFiles.Draft();

        var reading = Read(draft, maxBytes: draft.Length - 1);
        var oneWay = DisclosureDocx.Read(new OneWayStream(draft), draft.Length - 1);

        Assert.Equal(DocxRefusal.TooLarge, reading.Refusal);
        Assert.Equal(DocxRefusal.TooLarge, oneWay.Refusal);
        Assert.True(Read(draft, maxBytes: draft.Length).Read);
    }

    [Fact]
    public void Read_UnpacksPastTheContentLimits_IsAZipBomb()
    {
        var reading = Read(DocxFiles.Bomb(3), limits: new ContentLimits(MaxExpandedBytes: 2 * 1024 * 1024));

        Assert.Equal(DocxRefusal.ZipBomb, reading.Refusal);
    }

    private static byte[] EmptyZip()
    {
        using var stream = new MemoryStream();
        using (new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return stream.ToArray();
    }

    /// <summary>A stream that can only be read forwards and cannot tell its length, as a network upload.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }
}
