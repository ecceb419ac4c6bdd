using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Infrastructure.ReportFiles;

/// <summary>
/// The parts of a report's Word file beyond the body: the styles (Lantern's letter styles plus subtitle, marking,
/// caption, page header and footer), the settings that carry the language, and the page header and footer.
/// Elements are written in the order the schema requires.
/// </summary>
internal static class ReportDocxParts
{
    public const string Subtitle = "Subtitle";
    public const string Marking = "Marking";
    public const string Caption = "Caption";
    public const string PageHeader = "Header";
    public const string PageFooter = "Footer";

    /// <summary>GOV.UK's secondary text colour, dark enough for 4.5:1 contrast on white.</summary>
    private const string SecondaryText = "505A5F";

    public static Styles Styles(string language)
    {
        var styles = WordStyles.Build();
        foreach (var languages in styles.Descendants<Languages>())
        {
            languages.Val = language;
            languages.EastAsia = language;
            languages.Bidi = language;
        }

        styles.Append(
            Paragraph(Subtitle, "Subtitle", 11,
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "240" }),
                new StyleRunProperties(new Color { Val = SecondaryText }, new FontSize { Val = "30" }, new FontSizeComplexScript { Val = "30" })),
            Paragraph(Marking, "Marking", 12,
                new StyleParagraphProperties(
                    new KeepNext(),
                    new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "auto" },
                        new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "auto" },
                        new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "auto" },
                        new RightBorder { Val = BorderValues.Single, Size = 12, Space = 4, Color = "auto" }),
                    new SpacingBetweenLines { Before = "120", After = "360" }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph(Caption, "caption", 35,
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph(PageHeader, "header", 99,
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold(), new BoldComplexScript())),
            Paragraph(PageFooter, "footer", 99,
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Color { Val = SecondaryText }, new FontSize { Val = "20" }, new FontSizeComplexScript { Val = "20" })));
        return styles;
    }

    /// <summary>The document's language for Word's proofing and theme fonts, and Word 2013 layout rather than
    /// compatibility mode.</summary>
    public static Settings Settings(string language) => new(
        new DefaultTabStop { Val = 720 },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language, EastAsia = language, Bidi = language },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });

    /// <summary>The marking, repeated at the top of every page.</summary>
    public static Header Header(string marking) => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = PageHeader }),
        WordText.Run(marking)));

    /// <summary>"From version X. Page N of M" at the foot of every page; Word fills in the numbers.</summary>
    public static Footer Footer(string versionLabel)
    {
        var version = WordText.Clean(versionLabel).Trim();
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = PageFooter }));
        paragraph.Append(WordText.Run(version.Length > 0 ? $"From version {version}. Page " : "Page "));
        paragraph.Append(Field("PAGE", "1"), WordText.Run(" of "), Field("NUMPAGES", "1"));
        return new Footer(paragraph);
    }

    private static SimpleField Field(string instruction, string placeholder) =>
        new(WordText.Run(placeholder)) { Instruction = $" {instruction} \\* MERGEFORMAT " };

    private static Style Paragraph(string id, string name, int priority, StyleParagraphProperties paragraph, StyleRunProperties run) => new(
        new StyleName { Val = name },
        new BasedOn { Val = WordStyles.Normal },
        new NextParagraphStyle { Val = WordStyles.Normal },
        new UIPriority { Val = priority },
        new PrimaryStyle(),
        paragraph,
        run)
    { Type = StyleValues.Paragraph, StyleId = id };
}
