using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lantern.Web.Infrastructure.Documents;

/// <summary>
/// Word's own style names and ids, so the navigation pane, a screen reader's heading list and "Table of contents"
/// all work in the documents Lantern makes. Elements are written in the order the schema requires.
/// </summary>
internal static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string ListParagraph = "ListParagraph";
    public const string TableGrid = "TableGrid";

    public const string Font = "Arial";

    /// <summary>Half-points: 24 is 12pt.</summary>
    public const string BodySize = "24";

    public const string Language = "en-GB";

    public static string Heading(int level) => $"Heading{level}";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = BodySize },
                new FontSizeComplexScript { Val = BodySize },
                new Languages { Val = Language, EastAsia = Language, Bidi = Language })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "200", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(
            new StyleName { Val = "Normal" },
            new PrimaryStyle())
        { Type = StyleValues.Paragraph, StyleId = Normal, Default = true },
        new Style(
            new StyleName { Val = "Default Paragraph Font" },
            new UIPriority { Val = 1 },
            new SemiHidden(),
            new UnhideWhenUsed())
        { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
        ParagraphStyle(Title, "Title", 10, keepNext: false, before: "0", after: "360", size: "48", outlineLevel: null),
        ParagraphStyle(Heading(1), "heading 1", 9, keepNext: true, before: "360", after: "160", size: "36", outlineLevel: 0),
        ParagraphStyle(Heading(2), "heading 2", 9, keepNext: true, before: "280", after: "120", size: "30", outlineLevel: 1),
        ParagraphStyle(Heading(3), "heading 3", 9, keepNext: true, before: "240", after: "120", size: "26", outlineLevel: 2),
        new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = Normal },
            new UIPriority { Val = 34 },
            new PrimaryStyle(),
            new StyleParagraphProperties(
                new Indentation { Left = "720" },
                new ContextualSpacing()))
        { Type = StyleValues.Paragraph, StyleId = ListParagraph },
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 39 },
            new StyleParagraphProperties(
                new SpacingBetweenLines { Before = "60", After = "60", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" })))
        { Type = StyleValues.Table, StyleId = TableGrid });

    private static Style ParagraphStyle(string id, string name, int priority, bool keepNext, string before, string after, string size, int? outlineLevel)
    {
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext(), new KeepLines());
        }

        paragraph.Append(new SpacingBetweenLines { Before = before, After = after });
        if (outlineLevel is int level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = Normal },
            new NextParagraphStyle { Val = Normal },
            new UIPriority { Val = priority },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new Bold(),
                new BoldComplexScript(),
                new FontSize { Val = size },
                new FontSizeComplexScript { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
