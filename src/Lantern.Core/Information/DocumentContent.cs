using System.IO.Compression;
using System.Text;

namespace Lantern.Core.Information;

/// <summary>Limits on what an uploaded file may hold once opened.</summary>
/// <param name="MaxExpandedBytes">The most a Word or Excel file's parts may add up to when unpacked.</param>
/// <param name="MaxRatio">How many times larger than its packed size one part may be when unpacked.</param>
/// <param name="MaxEntries">The most parts a Word or Excel file may have.</param>
public sealed record ContentLimits(long MaxExpandedBytes = 250L * 1024 * 1024, int MaxRatio = 200, int MaxEntries = 5000)
{
    public static readonly ContentLimits Default = new();
}

/// <summary>What a file's content turned out to be: its kind, or why it was refused.</summary>
public sealed record ContentCheck(DocumentKind? Kind, string? Problem)
{
    public bool Accepted => Kind is not null && Problem is null;

    public static ContentCheck Is(DocumentKind kind) => new(kind, null);

    public static ContentCheck Refused(string problem) => new(null, problem);
}

/// <summary>
/// Decides what a file is from its bytes, not its name: the allow-list is PDF, Word (DOCX), Excel (XLSX), CSV,
/// plain text, PNG and JPEG. A program or web page dressed up with another name, a packed file that would
/// unpack to something enormous (a "zip bomb"), or a name whose ending disagrees with the content are refused
/// with a message a person can act on.
/// </summary>
public static class DocumentContent
{
    public const string AllowedTypes = "The selected file must be a PDF, Word document (.docx), Excel workbook (.xlsx), CSV, text file (.txt), PNG or JPEG";

    /// <summary>The problem given for a packed file that unpacks to far more than its size (a "zip bomb").</summary>
    public const string UnpacksTooLarge = "The selected file unpacks to far more than its size, which is how harmful files are built. Lantern cannot accept it. Save it again, or as a PDF";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] ElfMagic = [0x7F, 0x45, 0x4C, 0x46];
    private static readonly string[] HtmlStarts = ["<!doctype html", "<html", "<head", "<body", "<script", "<iframe", "<svg", "<?xml", "<!--"];

    /// <summary>Checks <paramref name="content"/> (readable and seekable) against the name it was uploaded with.</summary>
    public static ContentCheck Check(Stream content, string fileName, ContentLimits? limits = null)
    {
        limits ??= ContentLimits.Default;
        var claimed = DocumentKinds.FromExtension(fileName);
        content.Position = 0;
        var head = new byte[512];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var start = head.AsSpan(0, read);
        content.Position = 0;

        if (read == 0)
        {
            return ContentCheck.Refused("The selected file is empty");
        }

        if (IsProgram(start))
        {
            return ContentCheck.Refused("The selected file is a program, not a document. Lantern does not accept programs");
        }

        if (LooksLikeHtml(start))
        {
            return ContentCheck.Refused("The selected file is a web page (HTML), whatever its name says. Save it as a PDF and upload that instead");
        }

        if (claimed is null)
        {
            return ContentCheck.Refused(AllowedTypes);
        }

        var actual = Identify(content, start, limits, out var problem);
        if (problem is not null)
        {
            return ContentCheck.Refused(problem);
        }

        if (actual is null)
        {
            return ContentCheck.Refused($"The selected file is not a real {claimed.Value.DisplayName()}. It may be damaged, or in a format Lantern does not accept");
        }

        // CSV and text are both text: either name may carry either.
        var agrees = actual == claimed || (actual is DocumentKind.Text or DocumentKind.Csv && claimed is DocumentKind.Text or DocumentKind.Csv);
        if (!agrees)
        {
            return ContentCheck.Refused(
                $"The selected file's name ends {Path.GetExtension(fileName).ToLowerInvariant()} but it is a {actual.Value.DisplayName()}. Rename it or choose the right file");
        }

        return ContentCheck.Is(claimed.Value);
    }

    private static DocumentKind? Identify(Stream content, ReadOnlySpan<byte> start, ContentLimits limits, out string? problem)
    {
        problem = null;
        if (start.StartsWith(PdfMagic))
        {
            return DocumentKind.Pdf;
        }

        if (start.StartsWith(PngMagic))
        {
            return DocumentKind.Png;
        }

        if (start.StartsWith(JpegMagic))
        {
            return DocumentKind.Jpeg;
        }

        if (start.StartsWith(ZipMagic))
        {
            return OfficeKind(content, limits, out problem);
        }

        return IsText(content) ? DocumentKind.Text : null;
    }

    /// <summary>MZ (Windows), ELF (Linux), Mach-O (macOS) and scripts that start with #!.</summary>
    private static bool IsProgram(ReadOnlySpan<byte> start) =>
        start.StartsWith("MZ"u8) || start.StartsWith(ElfMagic) || start.StartsWith("#!"u8) ||
        start.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) ||
        start.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]);

    private static bool LooksLikeHtml(ReadOnlySpan<byte> start)
    {
        var text = Encoding.UTF8.GetString(start).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        return HtmlStarts.Any(text.StartsWith);
    }

    /// <summary>A Word or Excel file is a zip holding [Content_Types].xml and a word/ or xl/ folder. Every part is
    /// unpacked (and thrown away) counting bytes, so sizes the file claims for itself cannot hide a bomb.</summary>
    private static DocumentKind? OfficeKind(Stream content, ContentLimits limits, out string? problem)
    {
        problem = null;
        const string Bomb = UnpacksTooLarge;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                problem = Bomb;
                return null;
            }

            bool contentTypes = false, word = false, excel = false;
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                contentTypes |= entry.FullName == "[Content_Types].xml";
                word |= entry.FullName.StartsWith("word/", StringComparison.Ordinal);
                excel |= entry.FullName.StartsWith("xl/", StringComparison.Ordinal);
                long unpacked = 0;
                using var stream = entry.Open();
                int n;
                while ((n = stream.Read(buffer)) > 0)
                {
                    unpacked += n;
                    total += n;
                    if (total > limits.MaxExpandedBytes || (unpacked > 1024 * 1024 && unpacked > (long)limits.MaxRatio * Math.Max(1, entry.CompressedLength)))
                    {
                        problem = Bomb;
                        return null;
                    }
                }
            }

            return !contentTypes ? null : word ? DocumentKind.Word : excel ? DocumentKind.Excel : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Text is UTF-8 (or a single-byte Windows encoding) with no NUL or other control bytes except tab,
    /// line breaks and form feed.</summary>
    public static bool IsText(Stream content)
    {
        content.Position = 0;
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var bytes = new byte[81920];
        var chars = new char[81921];
        var utf8 = true;
        int n;
        try
        {
            while ((n = content.Read(bytes)) > 0)
            {
                foreach (var b in bytes.AsSpan(0, n))
                {
                    if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D)) || b == 0x7F)
                    {
                        return false;
                    }
                }

                if (utf8)
                {
                    try
                    {
                        decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
                    }
                    catch (DecoderFallbackException)
                    {
                        utf8 = false;
                    }
                }

                // Not UTF-8: Windows-1252 leaves these bytes undefined, so text would not contain them.
                if (!utf8 && bytes.AsSpan(0, n).IndexOfAny((ReadOnlySpan<byte>)[0x81, 0x8D, 0x8F, 0x90, 0x9D]) >= 0)
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
