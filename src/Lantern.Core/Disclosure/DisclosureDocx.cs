using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Lantern.Core.Information;

namespace Lantern.Core.Disclosure;

/// <summary>Why a file could not be read as a Word document for the disclosure check.</summary>
public enum DocxRefusal
{
    /// <summary>Not a Word (.docx) file at all, or a damaged one.</summary>
    NotADocx,

    /// <summary>A macro-enabled document (.docm, or any file holding a VBA project).</summary>
    MacroEnabled,

    /// <summary>Password-protected or encrypted: Word saves those as an OLE compound file, not a zip.</summary>
    Encrypted,

    /// <summary>Larger than the size limit.</summary>
    TooLarge,

    /// <summary>Unpacks to far more than its size (a "zip bomb").</summary>
    ZipBomb,
}

/// <summary>A Word document read for the check, or why it was refused (a reason and a plain message).</summary>
public sealed record DocxReading(DisclosureDocument? Document, DocxRefusal? Refusal, string? Message)
{
    public bool Read => Document is not null;

    public static DocxReading Refused(DocxRefusal refusal, string message) => new(null, refusal, message);
}

/// <summary>
/// Reads a Word document (.docx) for the disclosure check: every paragraph as Word's own runs, so a name split across
/// formatting runs or by a line break (&lt;w:br/&gt;, read as "\n") is read whole. The body comes first (tables and
/// text boxes in their places), then headers, footers, footnotes, endnotes and comments. Text deleted with track
/// changes on is read too: it is still in the file. Refuses, with a reason and a message a person can act on, what
/// it should not open: a file that is not a DOCX or is damaged, a macro-enabled document, an encrypted or
/// password-protected one, one over the size limit, and a zip bomb (checked by <see cref="DocumentContent"/>).
/// </summary>
public static class DisclosureDocx
{
    /// <summary>The largest file read unless told otherwise: 25 MB.</summary>
    public const long DefaultMaxBytes = 25L * 1024 * 1024;

    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const string NotDocx = "The file is not a Word document (.docx), or it is damaged. Open it in Word and save it again as a .docx";

    /// <summary>Reads <paramref name="content"/> (any stream; it is copied when it cannot seek).</summary>
    public static DocxReading Read(Stream content, long maxBytes = DefaultMaxBytes, ContentLimits? limits = null)
    {
        using var copy = Seekable(content, maxBytes);
        if (copy is null || copy.Length > maxBytes)
        {
            return DocxReading.Refused(DocxRefusal.TooLarge,
                $"The file is larger than {maxBytes / (1024 * 1024.0):0.#} MB, the most the check reads. Split it, or remove pictures, and try again");
        }

        var head = new byte[8];
        copy.Position = 0;
        var read = copy.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        copy.Position = 0;
        if (read == head.Length && head.AsSpan().SequenceEqual(CompoundFile))
        {
            return DocxReading.Refused(DocxRefusal.Encrypted,
                "The file is password-protected or encrypted (or an old Word 97-2003 .doc). Remove the password, save it as a .docx and try again");
        }

        var check = DocumentContent.Check(copy, "document.docx", limits);
        if (!check.Accepted)
        {
            return check.Problem == DocumentContent.UnpacksTooLarge
                ? DocxReading.Refused(DocxRefusal.ZipBomb, "The file unpacks to far more than its size, which is how harmful files are built. Save it again from Word and try again")
                : DocxReading.Refused(DocxRefusal.NotADocx, NotDocx);
        }

        if (HasMacros(copy))
        {
            return DocxReading.Refused(DocxRefusal.MacroEnabled,
                "The file is a macro-enabled Word document. Save it as a plain Word document (.docx) without macros and try again");
        }

        try
        {
            copy.Position = 0;
            using var word = WordprocessingDocument.Open(copy, false);
            var paragraphs = new List<IReadOnlyList<string>>();
            if (word.MainDocumentPart is not { } main)
            {
                return DocxReading.Refused(DocxRefusal.NotADocx, NotDocx);
            }

            AddParagraphs(main.Document?.Body, paragraphs);
            foreach (var header in main.HeaderParts)
            {
                AddParagraphs(header.Header, paragraphs);
            }

            foreach (var footer in main.FooterParts)
            {
                AddParagraphs(footer.Footer, paragraphs);
            }

            AddParagraphs(main.FootnotesPart?.Footnotes, paragraphs);
            AddParagraphs(main.EndnotesPart?.Endnotes, paragraphs);
            AddParagraphs(main.WordprocessingCommentsPart?.Comments, paragraphs);
            return new DocxReading(DisclosureDocument.FromRuns(paragraphs), null, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or IOException)
        {
            return DocxReading.Refused(DocxRefusal.NotADocx, NotDocx);
        }
    }

    /// <summary>The content as a seekable stream of at most <paramref name="maxBytes"/> + 1 bytes (null when it is
    /// longer), so a stream that cannot tell its length is still held to the limit.</summary>
    private static MemoryStream? Seekable(Stream content, long maxBytes)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            return null;
        }

        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = content.Read(buffer)) > 0)
        {
            copy.Write(buffer, 0, n);
            if (copy.Length > maxBytes)
            {
                copy.Dispose();
                return null;
            }
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>A VBA project part anywhere, or a macro-enabled content type in [Content_Types].xml.</summary>
    private static bool HasMacros(Stream content)
    {
        content.Position = 0;
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            if (entry.Name.Equals("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || entry.Name.Equals("vbaData.xml", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (entry.FullName == "[Content_Types].xml")
            {
                using var reader = new StreamReader(entry.Open());
                var types = reader.ReadToEnd();
                if (types.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || types.Contains("vbaProject", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Every paragraph under <paramref name="root"/> in document order, each as its own runs: a paragraph in a
    /// text box or table is its own paragraph, not part of the one it sits in. Word's fallback copy of a text box
    /// (for older versions) is left out, so its words are not read twice. Elements are known by their names, so
    /// words inside markup the SDK does not know (a drawing's text box) are read too.</summary>
    private static void AddParagraphs(OpenXmlElement? root, List<IReadOnlyList<string>> paragraphs)
    {
        if (root is not null)
        {
            Walk(root, null, paragraphs);
        }
    }

    private static void Walk(OpenXmlElement element, List<string>? runs, List<IReadOnlyList<string>> paragraphs)
    {
        foreach (var child in element.ChildElements)
        {
            if (child.NamespaceUri == CompatibilityNamespace && child.LocalName == "Fallback")
            {
                continue;
            }

            if (child.NamespaceUri == WordNamespace && child.LocalName == "p")
            {
                var own = new List<string>();
                paragraphs.Add(own);
                Walk(child, own, paragraphs);
            }
            else if (child.NamespaceUri == WordNamespace && child.LocalName == "r" && runs is not null)
            {
                runs.Add(RunText(child));
                Walk(child, runs, paragraphs);
            }
            else
            {
                Walk(child, runs, paragraphs);
            }
        }
    }

    /// <summary>A run's text: text and deleted text as written, a tab as "\t", a line or carriage break as "\n", a
    /// non-breaking hyphen as "-".</summary>
    private static string RunText(OpenXmlElement run)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in run.ChildElements)
        {
            if (child.NamespaceUri != WordNamespace)
            {
                continue;
            }

            _ = child.LocalName switch
            {
                "t" or "delText" => text.Append(child.InnerText),
                "tab" => text.Append('\t'),
                "br" or "cr" => text.Append('\n'),
                "noBreakHyphen" => text.Append('-'),
                _ => text,
            };
        }

        return text.ToString();
    }
}
