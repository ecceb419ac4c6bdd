using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Core.Reports;
using Lantern.Web.Infrastructure.ReportFiles;
using Lantern.Web.Tests.Documents;

namespace Lantern.Web.Tests.ReportFiles;

public sealed class ReportDocxTests
{
    [Fact]
    public void Write_RestrictedEdition_IsValidForMicrosoft365()
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted()));

        // Table captions (w:tblCaption) arrived in Word 2010, so Word 2007's schema is not the one to check against.
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Write_Text_IsTheDisclosureCheckParagraphsInOrder()
    {
        var report = ReportFixtures.Restricted();

        var text = ReportText.FromDocx(ReportDocx.Write(report));

        // The fixture ends with a table, and Word needs a paragraph after it.
        Assert.Equal([.. ReportDocuments.Paragraphs(report), string.Empty], text);
    }

    [Fact]
    public void Write_EndingWithAParagraph_AddsNothingAfterIt()
    {
        var report = ReportFixtures.Published() with { Blocks = [.. ReportFixtures.Blocks().SkipLast(2), new ReportParagraph("End.")] };

        Assert.Equal(ReportDocuments.Paragraphs(report), ReportText.FromDocx(ReportDocx.Write(report)));
    }

    [Fact]
    public void Write_Styles_DefinesTitleAndHeadingsOneToThreeWithOutlineLevels()
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted()));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("Title", styles["Title"].StyleName!.Val!.Value);
        for (var level = 1; level <= 3; level++)
        {
            var heading = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", heading.StyleName!.Val!.Value);
            Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Fact]
    public void Write_Paragraphs_UseTitleAndHeadingStylesForTheirLevels()
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted()));
        var styled = Docx.Paragraphs(document).Select(p => (Style: Docx.StyleOf(p), Text: Docx.Text(p))).ToList();

        Assert.Equal(("Title", "Safeguarding practice review: Kacper (aged 6)"), styled[0]);
        Assert.Contains(("Heading1", "3. Findings"), styled);
        Assert.Contains(("Heading2", "1.1 The family"), styled);
        Assert.Contains(("Heading3", "What we learned"), styled);
        Assert.Equal([3, 2, 1], new[] { "Heading1", "Heading2", "Heading3" }.Select(style => styled.Count(p => p.Style == style)));
    }

    [Fact]
    public void Write_HeadingLevelOutsideOneToThree_IsKeptInRange()
    {
        var report = ReportFixtures.Published() with { Blocks = [new ReportHeading(0, "Too high"), new ReportHeading(6, "Too deep")] };

        using var document = Open(ReportDocx.Write(report));

        Assert.Equal(["Heading1", "Heading3"], Docx.Paragraphs(document).Skip(2).Select(Docx.StyleOf));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("cy-GB")]
    public void Write_Language_IsSetInRunDefaultsSettingsAndProperties(string language)
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted(language)));
        var main = document.MainDocumentPart!;

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.Descendants<Languages>().Single();
        Assert.Equal(language, defaults.Val!.Value);
        Assert.Equal(language, main.DocumentSettingsPart!.Settings!.GetFirstChild<ThemeFontLanguages>()!.Val!.Value);
        Assert.Equal(language, document.PackageProperties.Language);
    }

    [Fact]
    public void Write_Properties_HoldTheTitleSubtitleAndVersion()
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted()));

        Assert.Equal("Safeguarding practice review: Kacper (aged 6)", document.PackageProperties.Title);
        Assert.Equal("Wrexford & Dunmore Safeguarding Partnership — report to the Board", document.PackageProperties.Subject);
        Assert.Equal("0.7 (draft for the Board, 3 December 2026)", document.PackageProperties.Version);
    }

    [Fact]
    public void Write_Tables_HaveACaptionAndARepeatingHeaderRow()
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted()));
        var tables = Docx.Body(document).Elements<Table>().ToList();

        Assert.Equal(
            ["Table 1: contacts with Kacper's family, September 2024 to March 2025", "Table 2: recommendations and who owns them"],
            tables.Select(t => t.GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value));
        Assert.All(tables, table =>
        {
            var rows = table.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), row => Assert.Null(row.TableRowProperties?.GetFirstChild<TableHeader>()));
        });
        Assert.Equal(["Date", "Agency", "What happened", "Shared with"], tables[0].Elements<TableRow>().First().Elements<TableCell>().Select(Docx.Text));

        // The visible caption sits just before its table, in Word's Caption style.
        var caption = (Paragraph)tables[0].PreviousSibling()!;
        Assert.Equal(("Caption", "Table 1: contacts with Kacper's family, September 2024 to March 2025"), (Docx.StyleOf(caption), Docx.Text(caption)));
    }

    [Fact]
    public void Write_ShortTableRow_IsPaddedUnderItsHeadings()
    {
        var report = ReportFixtures.Published() with
        {
            Blocks = [new ReportTable("Gaps", ["Agency", "Contact", "Outcome"], [["Police", "21/01/2025"], ["School", "12/09/2024", "Logged"]])],
        };

        using var document = Open(ReportDocx.Write(report));

        var rows = Docx.Body(document).Elements<Table>().Single().Elements<TableRow>().ToList();
        Assert.Equal(["Police", "21/01/2025", ""], rows[1].Elements<TableCell>().Select(Docx.Text));
    }

    [Fact]
    public void Write_Lists_UseWordNumberingNotTypedBullets()
    {
        using var document = Open(ReportDocx.Write(ReportFixtures.Restricted()));
        var items = Docx.Paragraphs(document).Where(p => Docx.NumberingIdOf(p) is not null).ToList();

        Assert.Equal(8, items.Count);
        Assert.All(items, item => Assert.Equal("ListParagraph", Docx.StyleOf(item)));
        var lists = items.GroupBy(item => Docx.NumberingIdOf(item)!.Value).ToList();
        Assert.Equal(3, lists.Count);
        Assert.Equal(
            [NumberFormatValues.Bullet, NumberFormatValues.Decimal, NumberFormatValues.Decimal],
            lists.Select(list => Docx.FormatOf(document, list.Key)));
        Assert.DoesNotContain(items, item => Docx.Text(item).StartsWith('•'));
    }

    [Fact]
    public void Write_Marking_IsInThePageHeaderAndUnderTheTitle()
    {
        var bytes = ReportDocx.Write(ReportFixtures.Restricted());
        using var document = Open(bytes);

        var (headers, _) = ReportText.HeadersAndFootersFromDocx(bytes);
        Assert.Equal([ReportFixtures.Marking], headers);
        var section = Docx.Body(document).GetFirstChild<SectionProperties>()!;
        Assert.Equal(HeaderFooterValues.Default, section.GetFirstChild<HeaderReference>()!.Type!.Value);
        var third = Docx.Paragraphs(document)[2];
        Assert.Equal(("Marking", ReportFixtures.Marking), (Docx.StyleOf(third), Docx.Text(third)));
    }

    [Fact]
    public void Write_PublishedEdition_HasNoMarkingAnywhere()
    {
        var bytes = ReportDocx.Write(ReportFixtures.Published());

        var (headers, _) = ReportText.HeadersAndFootersFromDocx(bytes);
        Assert.Empty(headers);
        Assert.DoesNotContain(ReportText.FromDocx(bytes), text => text.Contains("Restricted", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Write_Footer_GivesTheVersionAndPageNumbers()
    {
        var bytes = ReportDocx.Write(ReportFixtures.Restricted());
        using var document = Open(bytes);

        var (_, footers) = ReportText.HeadersAndFootersFromDocx(bytes);
        Assert.Equal(["From version 0.7 (draft for the Board, 3 December 2026). Page 1 of 1"], footers);
        var fields = document.MainDocumentPart!.FooterParts.Single().Footer.Descendants<SimpleField>().Select(f => f.Instruction!.Value!.Trim());
        Assert.Equal(["PAGE \\* MERGEFORMAT", "NUMPAGES \\* MERGEFORMAT"], fields);
    }

    [Fact]
    public void Write_CharactersXmlCannotHold_AreDroppedAndTheFileStillOpens()
    {
        var report = ReportFixtures.Published() with
        {
            Title = "Review\u0001 of \uD800Child K",
            Blocks = [new ReportParagraph("Pasted from a case system:\u000B\u0007 note\r\nends here")],
        };

        var bytes = ReportDocx.Write(report);

        using var document = Open(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        Assert.Equal(["Review of Child K", report.Subtitle, "Pasted from a case system: note\nends here"], ReportText.FromDocx(bytes));
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
}
