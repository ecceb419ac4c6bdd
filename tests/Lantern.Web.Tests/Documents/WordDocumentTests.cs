using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lantern.Web.Infrastructure.Documents;

namespace Lantern.Web.Tests.Documents;

public sealed class WordDocumentTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002")]
    public void Constructor_BlankTitle_IsRefused(string title) =>
        Assert.Throws<ArgumentException>(() => new WordDocument(title));

    [Fact]
    public void ToBytes_EveryKindOfContent_IsValidForWord2007AndMicrosoft365()
    {
        var bytes = new WordDocument("Everything")
            .TitleParagraph("Child N (training)")
            .Heading(1, "Findings").Heading(2, "Finding 1").Heading(3, "Evidence")
            .Paragraph("One\ntwo\tthree")
            .RightAlignedParagraph("1 December 2026")
            .Bullets(["a", "b"])
            .Numbered(["one", "two"])
            .Table(["Agency", "Contact"], [["Police", "DI Smith"], ["Health"]])
            .KeyValues([("Review", "Child N"), ("Stage", "Decision")])
            .PageBreak()
            .Paragraph("After the break")
            .ToBytes();

        using var document = Docx.OpenValid(bytes);

        Assert.Equal(
            ["Child N (training)", "Findings", "Finding 1", "Evidence", "One\ntwo\tthree", "1 December 2026", "a", "b", "one", "two"],
            Docx.Paragraphs(document).Take(10).Select(Docx.Text));
    }

    [Fact]
    public void ToBytes_NothingAdded_IsStillAValidDocument()
    {
        using var document = Docx.OpenValid(new WordDocument("Empty").ToBytes());

        Assert.Single(Docx.Paragraphs(document));
    }

    [Fact]
    public void Validator_MalformedDocument_ReportsErrors()
    {
        var stream = new MemoryStream();
        stream.Write(new WordDocument("Broken").Paragraph("Fine").ToBytes());
        using (var editable = WordprocessingDocument.Open(stream, isEditable: true))
        {
            // Text may only stand inside a run, and a run only inside a paragraph.
            Docx.Body(editable).InsertAt(new Text("loose"), 0);
            editable.MainDocumentPart!.Document.Save();
        }

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, isEditable: false);

        Assert.NotEmpty(Docx.Errors(document));
    }

    [Fact]
    public void Headings_UseWordsHeadingStylesWithOutlineLevels()
    {
        using var document = Docx.OpenValid(new WordDocument("Report")
            .TitleParagraph("Title").Heading(1, "One").Heading(2, "Two").Heading(3, "Three").ToBytes());

        Assert.Equal(["Title", "Heading1", "Heading2", "Heading3"], Docx.Paragraphs(document).Select(Docx.StyleOf));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        for (var level = 1; level <= 3; level++)
        {
            var heading = styles.Single(s => s.StyleId == $"Heading{level}");
            Assert.Equal($"heading {level}", heading.StyleName!.Val!.Value);
            Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Heading_LevelOutsideOneToThree_Throws(int level) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WordDocument("Report").Heading(level, "Text"));

    [Fact]
    public void ToBytes_Styles_AreArial12ptBritishEnglishOnA4WithBorderedTableGrid()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").Paragraph("Text").ToBytes());

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Arial", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value);
        Assert.Equal("en-GB", defaults.Languages!.Val!.Value);
        var ids = styles.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.Subset(ids.ToHashSet(), new HashSet<string?> { "Normal", "Title", "Heading1", "Heading2", "Heading3", "ListParagraph", "TableGrid" });
        Assert.True(styles.Elements<Style>().Single(s => s.StyleId == "Normal").Default!.Value);
        var borders = styles.Elements<Style>().Single(s => s.StyleId == "TableGrid").StyleTableProperties!.TableBorders!;
        Assert.Equal(BorderValues.Single, borders.InsideHorizontalBorder!.Val!.Value);
        var page = Docx.Body(document).GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public void ToBytes_PackageProperties_NameTheTitleLanternAndBritishEnglish()
    {
        using var document = Docx.OpenValid(new WordDocument("  Letter to the family ").ToBytes());

        Assert.Equal("Letter to the family", document.PackageProperties.Title);
        Assert.Equal("Lantern", document.PackageProperties.Creator);
        Assert.Equal("en-GB", document.PackageProperties.Language);
    }

    [Fact]
    public void Bullets_UseBulletNumberingInListParagraphs()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").Bullets(["one", "two"]).ToBytes());

        var items = Docx.Paragraphs(document).Take(2).ToList();
        Assert.All(items, item => Assert.Equal("ListParagraph", Docx.StyleOf(item)));
        var id = Assert.Single(items.Select(Docx.NumberingIdOf).Distinct());
        Assert.Equal(NumberFormatValues.Bullet, Docx.FormatOf(document, id!.Value));
    }

    [Fact]
    public void Numbered_TwoLists_EachRestartsAtOne()
    {
        using var document = Docx.OpenValid(new WordDocument("Report")
            .Numbered(["a", "b"]).Paragraph("Between").Numbered(["c"]).ToBytes());

        var ids = Docx.Paragraphs(document).Select(Docx.NumberingIdOf).OfType<int>().ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[2]);
        var instances = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering.Elements<NumberingInstance>().ToList();
        foreach (var id in ids.Distinct())
        {
            Assert.Equal(NumberFormatValues.Decimal, Docx.FormatOf(document, id));
            var restart = instances.Single(n => n.NumberID!.Value == id).GetFirstChild<LevelOverride>()!;
            Assert.Equal(1, restart.StartOverrideNumberingValue!.Val!.Value);
        }
    }

    [Fact]
    public void Table_HeaderRow_RepeatsOnEachPageAndIsBold()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").Table(["Agency", "Contact"], [["Police", "DI Smith"]]).ToBytes());

        var rows = Docx.Body(document).GetFirstChild<Table>()!.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(rows[0].Descendants<Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
        Assert.Equal(["Agency", "Contact", "Police", "DI Smith"], rows.SelectMany(r => r.Elements<TableCell>()).Select(Docx.Text));
    }

    [Fact]
    public void Table_RowShorterThanHeaders_IsPaddedWithEmptyCells()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").Table(["A", "B", "C"], [["1"], []]).ToBytes());

        var rows = Docx.Body(document).GetFirstChild<Table>()!.Elements<TableRow>().ToList();
        Assert.Equal(["1", "", ""], rows[1].Elements<TableCell>().Select(Docx.Text));
        Assert.Equal(["", "", ""], rows[2].Elements<TableCell>().Select(Docx.Text));
    }

    [Fact]
    public void Table_RowLongerThanHeaders_Throws()
    {
        var exception = Assert.Throws<ArgumentException>(() => new WordDocument("Report").Table(["A"], [["1"], ["1", "2"]]));

        Assert.Contains("Row 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyValues_TwoColumnsWithBoldKeysAndNoHeaderRow()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").KeyValues([("Review", "Child N"), ("Stage", "Decision")]).ToBytes());

        var rows = Docx.Body(document).GetFirstChild<Table>()!.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Null(row.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["Review", "Child N"], rows[0].Elements<TableCell>().Select(Docx.Text));
        Assert.NotNull(rows[0].Elements<TableCell>().First().Descendants<Run>().Single().RunProperties?.Bold);
    }

    [Fact]
    public void Table_TwoTablesInARow_AreKeptApartByAParagraph()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").Table(["A"], [["1"]]).Table(["B"], [["2"]]).ToBytes());

        var blocks = Docx.Body(document).ChildElements.Select(e => e.GetType().Name).ToList();
        Assert.Equal(["Table", "Paragraph", "Table", "Paragraph", "SectionProperties"], blocks);
    }

    [Fact]
    public void Paragraph_ControlCharactersLoneSurrogatesAndNonCharacters_AreDropped()
    {
        using var document = Docx.OpenValid(new WordDocument("Report\u0007")
            .Paragraph("a\u0000b\u0001c\u001Fd\u007Fe\u0085f\uFFFEg\uFFFFh\uD800i\uDC00j \U0001F600").ToBytes());

        Assert.Equal("abcdefghij \U0001F600", Docx.Text(Docx.Paragraphs(document)[0]));
        Assert.Equal("Report", document.PackageProperties.Title);
    }

    [Fact]
    public void Paragraph_NewlinesAndTabs_BecomeLineBreaksAndTabs()
    {
        using var document = Docx.OpenValid(new WordDocument("Report").Paragraph("1 High Street\r\nNorthmoor\rNM1 1AA\tUK").ToBytes());

        var paragraph = Docx.Paragraphs(document)[0];
        Assert.Equal("1 High Street\nNorthmoor\nNM1 1AA\tUK", Docx.Text(paragraph));
        Assert.Equal(2, paragraph.Descendants<Break>().Count());
        Assert.Single(paragraph.Descendants<TabChar>());
    }

    [Fact]
    public void RightAlignedParagraphAndPageBreak_AreMarkedAsSuch()
    {
        using var document = Docx.OpenValid(new WordDocument("Letter").RightAlignedParagraph("1 December 2026").PageBreak().ToBytes());

        var paragraphs = Docx.Paragraphs(document);
        Assert.Equal(JustificationValues.Right, paragraphs[0].ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(BreakValues.Page, paragraphs[1].Descendants<Break>().Single().Type!.Value);
    }

    [Fact]
    public void ToBytes_CalledTwice_GivesTheSameDocumentBothTimes()
    {
        var builder = new WordDocument("Report").Heading(1, "One").Bullets(["a"]).Table(["A"], [["1"]]);

        using var first = Docx.OpenValid(builder.ToBytes());
        using var second = Docx.OpenValid(builder.ToBytes());

        Assert.Equal(Docx.Body(first).OuterXml, Docx.Body(second).OuterXml);
    }
}
