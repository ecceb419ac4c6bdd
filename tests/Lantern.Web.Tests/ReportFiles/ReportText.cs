using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Web.Tests.Documents;
using UglyToad.PdfPig;

namespace Lantern.Web.Tests.ReportFiles;

/// <summary>
/// Reads the text back out of a report file the way a reader (or a later check) would meet it, so tests can compare
/// it with <see cref="Lantern.Core.Reports.ReportDocuments.Paragraphs"/>.
/// </summary>
internal static class ReportText
{
    /// <summary>The body of a Word file, one entry per paragraph in order; a table gives its cells row by row.
    /// Line breaks are "\n" and tabs "\t". Page headers and footers are not included (see <see cref="HeadersAndFootersFromDocx"/>).</summary>
    public static List<string> FromDocx(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var text = new List<string>();
        foreach (var block in Docx.Body(document).ChildElements)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    text.Add(Docx.Text(paragraph));
                    break;
                case Table table:
                    text.AddRange(table.Elements<TableRow>()
                        .SelectMany(row => row.Elements<TableCell>())
                        .SelectMany(cell => cell.Elements<Paragraph>())
                        .Select(Docx.Text));
                    break;
            }
        }

        return text;
    }

    /// <summary>The text of every page header and footer part, one entry per paragraph.</summary>
    public static (List<string> Headers, List<string> Footers) HeadersAndFootersFromDocx(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var main = document.MainDocumentPart!;
        return (
            main.HeaderParts.SelectMany(part => part.Header.Elements<Paragraph>()).Select(Docx.Text).ToList(),
            main.FooterParts.SelectMany(part => part.Footer.Elements<Paragraph>()).Select(Docx.Text).ToList());
    }

    /// <summary>A web page's text, one entry for each heading, paragraph, list item, caption and table cell, in
    /// document order, with line breaks as "\n".</summary>
    public static List<string> FromHtml(string html)
    {
        using var page = new HtmlParser().ParseDocument(html);
        foreach (var lineBreak in page.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(page.CreateTextNode("\n"));
        }

        return page.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, li, caption, th, td")
            .Select(element => element.TextContent)
            .ToList();
    }

    /// <summary>Every word of every page, in the order the PDF draws them, one string per page.</summary>
    public static List<string> FromPdf(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text))).ToList();
    }

    /// <summary>For each page, the words of its top line (the marking, when printed) left to right, and the gap in points
    /// between the bottom of that line and the top of the highest word below it; negative when they overlap.</summary>
    public static List<(string TopLine, double Clearance)> TopLines(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Select(page =>
        {
            var words = page.GetWords().ToList();
            var top = words.Max(word => word.BoundingBox.Top);
            var first = words.First(word => word.BoundingBox.Top == top);

            // The top line is every word whose middle falls within the top word's height (a dash's glyph box is short).
            var line = words.Where(word => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2 > first.BoundingBox.Bottom).ToList();
            var bottom = line.Min(word => word.BoundingBox.Bottom);
            var below = words.Except(line).ToList();
            var text = string.Join(' ', line.OrderBy(word => word.BoundingBox.Left).Select(word => word.Text));
            // Glyph boxes of large bold headings reach above their letters, so a word counts as clear of the marking when
            // its middle is below the marking's bottom (a word printed over the marking would share its line).
            return (text, below.Count == 0 ? double.MaxValue : bottom - below.Max(word => (word.BoundingBox.Top + word.BoundingBox.Bottom) / 2));
        }).ToList();
    }

    /// <summary>The text's letters and digits alone: what survives a PDF's line wrapping, word spacing and punctuation a font may not carry.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(char.IsLetterOrDigit));
}
