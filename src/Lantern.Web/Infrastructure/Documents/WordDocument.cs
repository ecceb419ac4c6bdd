using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Infrastructure.Documents;

/// <summary>
/// Builds a Word document (.docx) from headings, paragraphs, lists and tables, in Word's own styles: Arial 12pt on
/// A4, British English. All text is passed through <see cref="WordText.Clean"/>. Each method adds to the end of the
/// document and returns the same builder; <see cref="ToBytes"/> can be called more than once.
/// </summary>
public sealed class WordDocument
{
    /// <summary>The media type to serve a .docx file with.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly List<OpenXmlElement> blocks = [];

    // One entry for each list, in order: true for a numbered list. Index i is Word's numbering instance i + 1.
    private readonly List<bool> lists = [];

    public WordDocument(string title)
    {
        var clean = WordText.Clean(title).Trim();
        if (clean.Length == 0)
        {
            throw new ArgumentException("A document needs a title.", nameof(title));
        }

        Title = clean;
    }

    /// <summary>The document's title in its properties (File, Info in Word), not shown on the page.</summary>
    public string Title { get; }

    /// <summary>A paragraph in Word's Title style, for the top of a report.</summary>
    public WordDocument TitleParagraph(string text) => Add(StyledParagraph(WordStyles.Title, text));

    /// <summary>A heading in Word's "Heading 1" to "Heading 3" styles.</summary>
    public WordDocument Heading(int level, string text)
    {
        if (level is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Heading levels are 1, 2 or 3.");
        }

        return Add(StyledParagraph(WordStyles.Heading(level), text));
    }

    public WordDocument Paragraph(string text) => Add(new Paragraph(WordText.Run(text)));

    /// <summary>A paragraph aligned to the right margin, as the date on a letter is.</summary>
    public WordDocument RightAlignedParagraph(string text) => Add(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
        WordText.Run(text)));

    public WordDocument Bullets(IEnumerable<string> items) => List(items, numbered: false);

    /// <summary>A numbered list; each call starts again at 1.</summary>
    public WordDocument Numbered(IEnumerable<string> items) => List(items, numbered: true);

    /// <summary>
    /// A bordered table whose first row holds the headers and repeats on each page. A row with fewer cells than there
    /// are headers is padded with empty cells; a row with more throws <see cref="ArgumentException"/>.
    /// </summary>
    public WordDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        AddTable(WordTables.WithHeader(headers, rows));

    /// <summary>A two-column table with no header row: each key in bold beside its value.</summary>
    public WordDocument KeyValues(IEnumerable<(string Key, string Value)> pairs)
    {
        var table = WordTables.KeyValues(pairs);
        return table.Elements<TableRow>().Any() ? AddTable(table) : this;
    }

    public WordDocument PageBreak() => Add(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    /// <summary>The .docx file.</summary>
    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordNumbering.Build(lists);

            var body = new Body(blocks.Select(block => block.CloneNode(true)));
            if (blocks.Count == 0 || blocks[^1] is Table)
            {
                // Word expects the body to end with a paragraph.
                body.Append(new Paragraph());
            }

            body.Append(A4Page());
            main.Document = new Document(body);

            package.PackageProperties.Title = Title;
            package.PackageProperties.Creator = "Lantern";
            package.PackageProperties.Language = WordStyles.Language;
        }

        return stream.ToArray();
    }

    private WordDocument List(IEnumerable<string> items, bool numbered)
    {
        ArgumentNullException.ThrowIfNull(items);
        var paragraphs = items.ToList();
        if (paragraphs.Count == 0)
        {
            return this;
        }

        lists.Add(numbered);
        var instance = lists.Count;
        foreach (var item in paragraphs)
        {
            blocks.Add(new Paragraph(
                new ParagraphProperties(
                    new ParagraphStyleId { Val = WordStyles.ListParagraph },
                    new NumberingProperties(
                        new NumberingLevelReference { Val = 0 },
                        new NumberingId { Val = instance })),
                WordText.Run(item)));
        }

        return this;
    }

    private WordDocument AddTable(Table table)
    {
        // Word joins two tables that touch into one, so keep them apart with an empty paragraph.
        if (blocks.Count > 0 && blocks[^1] is Table)
        {
            blocks.Add(new Paragraph());
        }

        return Add(table);
    }

    private WordDocument Add(OpenXmlElement block)
    {
        blocks.Add(block);
        return this;
    }

    private static Paragraph StyledParagraph(string styleId, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
        WordText.Run(text));

    private static SectionProperties A4Page() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 });
}
