using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace Lantern.Core.Tests.Disclosure;

/// <summary>Word documents built in code for the DOCX reader's tests: a draft with its words in every part Word
/// keeps them in, and the files the reader must refuse.</summary>
public static class DocxFiles
{
    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"";

    /// <summary>A draft whose names are split across runs and line breaks, and sit in a table, a text box (with
    /// Word's fallback copy), a header, a footer, a footnote and a comment.</summary>
    public static byte[] Draft(WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, type))
        {
            var main = word.AddMainDocumentPart();
            Write(main, $"""
                <w:document {Namespaces}><w:body>
                <w:p><w:r><w:t>Draft overview for the panel.</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">The nurse saw Kay</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>leigh</w:t></w:r><w:r><w:t xml:space="preserve"> at home.</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">The letter named Kayleigh</w:t><w:br/><w:t>Morris as the carer.</w:t></w:r></w:p>
                <w:tbl><w:tr><w:tc><w:p><w:r><w:t>12/03/2024</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">Home visit to </w:t></w:r><w:hyperlink w:anchor="x"><w:r><w:t>Mary-Jane</w:t></w:r></w:hyperlink></w:p></w:tc></w:tr></w:tbl>
                <w:p><w:r><w:t xml:space="preserve">See the box: </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Gary Lomax stayed most weekends.</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Gary Lomax stayed most weekends.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> and then the plan.</w:t></w:r></w:p>
                <w:p><w:r><w:t xml:space="preserve">Earlier draft: </w:t></w:r><w:del w:id="1" w:author="Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>Priya Natarajan</w:delText></w:r></w:del><w:r><w:t xml:space="preserve"> wrote the plan.</w:t></w:r></w:p>
                </w:body></w:document>
                """);
            Write(main.AddNewPart<HeaderPart>(), $"<w:hdr {Namespaces}><w:p><w:r><w:t>Review of Renée Dubois's household</w:t></w:r></w:p></w:hdr>");
            Write(main.AddNewPart<FooterPart>(), $"<w:ftr {Namespaces}><w:p><w:r><w:t>Address on file: BK4 7QT</w:t></w:r></w:p></w:ftr>");
            Write(main.AddNewPart<FootnotesPart>(),
                $"<w:footnotes {Namespaces}><w:footnote w:id=\"1\"><w:p><w:r><w:t>Told to the review by Faye Summers.</w:t></w:r></w:p></w:footnote></w:footnotes>");
            Write(main.AddNewPart<WordprocessingCommentsPart>(),
                $"<w:comments {Namespaces}><w:comment w:id=\"0\" w:author=\"Chair\"><w:p><w:r><w:t>Check with Dr Tomasz Wilczek first.</w:t></w:r></w:p></w:comment></w:comments>");
        }

        return stream.ToArray();
    }

    /// <summary>A valid DOCX with one more part added by hand (a VBA project, say).</summary>
    public static byte[] WithPart(byte[] docx, string name, byte[] content)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry(name).Open();
            part.Write(content);
        }

        return stream.ToArray();
    }

    /// <summary>What Word writes for a password-protected document: an OLE compound file.</summary>
    public static byte[] Encrypted() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024]];

    /// <summary>A small zip that looks like a Word document and unpacks one part to <paramref name="megabytes"/> MB
    /// of zeros.</summary>
    public static byte[] Bomb(int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
            Entry(zip, "word/document.xml", Encoding.UTF8.GetBytes($"<w:document {Namespaces}><w:body/></w:document>"));
            using var part = zip.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, byte[] content)
    {
        using var part = zip.CreateEntry(name).Open();
        part.Write(content);
    }

    private static void Write(OpenXmlPart part, string xml)
    {
        using var writer = new StreamWriter(part.GetStream(FileMode.Create, FileAccess.Write));
        writer.Write(xml);
    }
}
