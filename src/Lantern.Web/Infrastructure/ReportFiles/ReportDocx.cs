using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Infrastructure.ReportFiles;

/// <summary>
/// Writes an edition as a Word document that passes Word's accessibility checker: Word's own Title and Heading 1 to
/// 3 styles, the title and language in the document's properties, real numbered and bulleted lists, tables with a
/// caption and a repeating header row. The marking is in the page header of every page and again under the title;
/// the version and page numbers are in the footer. The body holds exactly <see cref="ReportDocuments.Paragraphs"/>,
/// one paragraph each (table cells in row order), so what the disclosure check scanned is what the file says.
/// </summary>
public static class ReportDocx
{
    /// <summary>The media type to serve the file with.</summary>
    public const string ContentType = WordDocument.ContentType;

    public static byte[] Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = string.IsNullOrWhiteSpace(document.Language) ? WordStyles.Language : document.Language;
        var lists = new List<bool>();
        var body = new Body(Blocks(document, lists));
        if (body.LastChild is Table)
        {
            // Word expects the body to end with a paragraph.
            body.Append(new Paragraph());
        }

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = ReportDocxParts.Styles(language);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordNumbering.Build(lists);
            main.AddNewPart<DocumentSettingsPart>().Settings = ReportDocxParts.Settings(language);

            var section = new SectionProperties();
            if (document.Marking is { } marking)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = ReportDocxParts.Header(marking);
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = ReportDocxParts.Footer(document.VersionLabel);
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            section.Append(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Right = 1440, Bottom = 1440, Left = 1440, Header = 708, Footer = 708, Gutter = 0 });
            body.Append(section);
            main.Document = new Document(body);

            package.PackageProperties.Title = WordText.Clean(document.Title).Trim();
            package.PackageProperties.Subject = WordText.Clean(document.Subtitle).Trim();
            package.PackageProperties.Creator = "Lantern";
            package.PackageProperties.Language = language;
            package.PackageProperties.Version = WordText.Clean(document.VersionLabel).Trim();
        }

        return stream.ToArray();
    }

    /// <summary>The body in reading order; each list adds an entry to <paramref name="lists"/> (true when numbered),
    /// whose position is its numbering instance less one.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(ReportDocument document, List<bool> lists)
    {
        yield return Styled(WordStyles.Title, document.Title);
        yield return Styled(ReportDocxParts.Subtitle, document.Subtitle);
        if (document.Marking is { } marking)
        {
            yield return Styled(ReportDocxParts.Marking, marking);
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ReportHeading heading:
                    yield return Styled(WordStyles.Heading(Math.Clamp(heading.Level, 1, 3)), heading.Text);
                    break;
                case ReportParagraph paragraph:
                    yield return new Paragraph(WordText.Run(paragraph.Text));
                    break;
                case ReportList list when list.Items.Count > 0:
                    lists.Add(list.Numbered);
                    foreach (var item in list.Items)
                    {
                        yield return ListItem(item, lists.Count);
                    }

                    break;
                case ReportTable table:
                    // The visible caption keeps the table apart from one before it (Word joins touching tables).
                    yield return Styled(ReportDocxParts.Caption, table.Caption);
                    yield return CaptionedTable(table);
                    break;
            }
        }
    }

    private static Table CaptionedTable(ReportTable table)
    {
        var word = WordTables.WithHeader(table.Header, table.Rows);
        var caption = WordText.Clean(table.Caption).Trim();

        // The caption and description are the table's alternative text: what a screen reader announces on entering it.
        word.GetFirstChild<TableProperties>()!.Append(
            new TableCaption { Val = caption },
            new TableDescription { Val = $"{caption}: {table.Rows.Count} rows under the headings {string.Join(", ", table.Header.Select(h => WordText.Clean(h).Trim()))}." });
        return word;
    }

    private static Paragraph ListItem(string text, int instance) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = WordStyles.ListParagraph },
            new NumberingProperties(
                new NumberingLevelReference { Val = 0 },
                new NumberingId { Val = instance })),
        WordText.Run(text));

    private static Paragraph Styled(string styleId, string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = styleId }),
        WordText.Run(text));
}
