using System.Text;
using Lantern.Core.Disclosure;

namespace Lantern.Web.Pages.Reports;

/// <summary>A document uploaded to be checked, read into the check's paragraphs, or the reason it could not be.</summary>
public sealed record DocumentRead(DisclosureDocument? Document, string? Problem);

public static class DocumentReading
{
    /// <summary>Reads a Word document (its runs, so a name split by formatting is still whole), or a Markdown or text
    /// file (UTF-8, a byte-order mark allowed). Anything else, or a Word file Lantern will not open (macros, a password,
    /// damage, a zip bomb), is refused with a message for the person who uploaded it.</summary>
    public static DocumentRead Read(string fileName, byte[] bytes)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        switch (extension)
        {
            case ".docx":
            case ".docm":
                using (var stream = new MemoryStream(bytes, writable: false))
                {
                    var reading = DisclosureDocx.Read(stream, CheckDocumentModel.MaxBytes);
                    return reading.Read ? new DocumentRead(reading.Document, null) : new DocumentRead(null, reading.Message);
                }

            case ".md":
            case ".markdown":
            case ".txt":
                try
                {
                    var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                    return new DocumentRead(DisclosureDocument.FromText(text.TrimStart('\uFEFF')), null);
                }
                catch (DecoderFallbackException)
                {
                    return new DocumentRead(null, "The file is not text Lantern can read. Save it as UTF-8 text, or upload the Word document instead");
                }

            default:
                return new DocumentRead(null, "The file must be a Word document (.docx), a Markdown file (.md) or a text file (.txt)");
        }
    }
}
