using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Tests.Documents;

/// <summary>Opens generated documents the way Word's own SDK does, and checks them against the schema.</summary>
internal static class Docx
{
    public static readonly FileFormatVersions[] Versions = [FileFormatVersions.Office2007, FileFormatVersions.Microsoft365];

    /// <summary>Every schema and semantic error, for each version, as "version: path: description".</summary>
    public static List<string> Errors(WordprocessingDocument document) =>
        Versions.SelectMany(version => new OpenXmlValidator(version).Validate(document)
            .Select(error => $"{version}: {error.Path?.XPath}: {error.Description}"))
            .ToList();

    /// <summary>Opens the document, failing the test if the validator reports anything.</summary>
    public static WordprocessingDocument OpenValid(byte[] bytes)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        var errors = Errors(document);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return document;
    }

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document.Body!;

    public static List<Paragraph> Paragraphs(WordprocessingDocument document) =>
        Body(document).Elements<Paragraph>().ToList();

    /// <summary>The paragraph's text, with line breaks as "\n" and tabs as "\t".</summary>
    public static string Text(OpenXmlElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            _ = node switch
            {
                Text t => text.Append(t.Text),
                Break { Type: null } => text.Append('\n'),
                TabChar => text.Append('\t'),
                _ => text,
            };
        }

        return text.ToString();
    }

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static int? NumberingIdOf(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value;

    /// <summary>The number format (bullet, decimal) that a numbering instance uses at level 0.</summary>
    public static NumberFormatValues? FormatOf(WordprocessingDocument document, int numberingId)
    {
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID?.Value == numberingId);
        var abstractId = instance.AbstractNumId!.Val!.Value;
        var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId?.Value == abstractId);
        return definition.Elements<Level>().Single(l => l.LevelIndex?.Value == 0).NumberingFormat?.Val?.Value;
    }
}
