using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Reports.Sections;

public sealed class SectionTextTests
{
    [Fact]
    public void Parse_EachKindOfBlock()
    {
        const string text = "## What happened\n\nThe health visitor called twice.\nNobody answered.\n\n### On the second visit\n\n- a neighbour said the family had moved\n- the GP had a new address\n\n1. Ask the GP\n2. Tell the social worker\n";

        var blocks = SectionText.Parse(text);

        Assert.Equal<ReportBlock>(
            [
                new ReportHeading(2, "What happened"),
                new ReportParagraph("The health visitor called twice. Nobody answered."),
                new ReportHeading(3, "On the second visit"),
                new ReportList(["a neighbour said the family had moved", "the GP had a new address"]),
                new ReportList(["Ask the GP", "Tell the social worker"], Numbered: true),
            ],
            blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void Parse_WindowsLineEndingsTabsAndTrailingSpaces_SameAsClean()
    {
        const string messy = "\uFEFF##   Findings  \r\n\r\nThe  core group\tchanged \r\nevery month.   \r\n   \r\n-\tfirst item  \r\n*   second item\r\n";

        var blocks = SectionText.Parse(messy);

        Assert.Equal<ReportBlock>(
            [new ReportHeading(2, "Findings"), new ReportParagraph("The core group changed every month."), new ReportList(["first item", "second item"])],
            blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void Parse_StrayMarkup_DroppedOrReadAsProse()
    {
        const string text = "#\n\n##\n\n**\n\n---\n\n- \n\n#hashtag in a sentence stays prose\n\nThe **key** point and __this__ one.\n\n####### seven hashes is prose\n";

        var blocks = SectionText.Parse(text);

        Assert.Equal<ReportBlock>(
            [
                new ReportParagraph("#hashtag in a sentence stays prose"),
                new ReportParagraph("The key point and this one."),
                new ReportParagraph("####### seven hashes is prose"),
            ],
            blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void Parse_HeadingWithoutSpaceOrWithClosingHashes_StillAHeading()
    {
        var blocks = SectionText.Parse("##Why it matters\n### Issues ###\n# Top level becomes level 2\n#### Deep becomes level 3");

        Assert.Equal<ReportBlock>(
            [
                new ReportHeading(2, "Why it matters"), new ReportHeading(3, "Issues"), new ReportHeading(2, "Top level becomes level 2"),
                new ReportHeading(3, "Deep becomes level 3"),
            ],
            blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void Parse_ListAcrossBlankLines_OneList_IndentedLineCarriesTheItemOn()
    {
        const string text = "- The mother asked for help\n  with housing in March.\n\n- The school raised it again\n\n1) numbered with a bracket\n\nAfter the list.";

        var blocks = SectionText.Parse(text);

        Assert.Equal<ReportBlock>(
            [
                new ReportList(["The mother asked for help with housing in March.", "The school raised it again"]),
                new ReportList(["numbered with a bracket"], Numbered: true),
                new ReportParagraph("After the list."),
            ],
            blocks,
            BlockComparer.Instance);
    }

    [Fact]
    public void Parse_UnindentedLineAfterAList_StartsAParagraph()
    {
        var blocks = SectionText.Parse("- one\n- two\nThen prose straight after.");

        Assert.Equal<ReportBlock>([new ReportList(["one", "two"]), new ReportParagraph("Then prose straight after.")], blocks, BlockComparer.Instance);
    }

    [Fact]
    public void Parse_Table_WithCaptionDividerAndRaggedRows()
    {
        const string text = "Table: Agencies involved\n| Agency | Role |\n|---|:---:|\n| Health | Health visiting \n| Police | Child protection | extra |\n\nAfter.";

        var blocks = SectionText.Parse(text);

        var table = Assert.IsType<ReportTable>(blocks[0]);
        Assert.Equal("Agencies involved", table.Caption);
        Assert.Equal(["Agency", "Role"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Health", "Health visiting"], table.Rows[0]);
        Assert.Equal(["Police", "Child protection"], table.Rows[1]);
        Assert.Equal(new ReportParagraph("After."), blocks[1]);
    }

    [Fact]
    public void Parse_CaptionLineWithoutATable_IsProse()
    {
        var blocks = SectionText.Parse("Table: not really a caption\n\nNext.");

        Assert.Equal<ReportBlock>([new ReportParagraph("Table: not really a caption"), new ReportParagraph("Next.")], blocks, BlockComparer.Instance);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\r\n \r\n\t\n")]
    public void Parse_Nothing_NoBlocks(string? text)
    {
        Assert.Empty(SectionText.Parse(text));
    }

    [Fact]
    public void Parse_PipesInsideProse_NotATable()
    {
        var blocks = SectionText.Parse("The options were A | B at the time.");

        Assert.Equal<ReportBlock>([new ReportParagraph("The options were A | B at the time.")], blocks, BlockComparer.Instance);
    }
}

/// <summary>Compares blocks by their content (the records hold lists, which compare by reference).</summary>
internal sealed class BlockComparer : IEqualityComparer<ReportBlock>
{
    public static readonly BlockComparer Instance = new();

    public bool Equals(ReportBlock? x, ReportBlock? y) => (x, y) switch
    {
        (ReportList a, ReportList b) => a.Numbered == b.Numbered && a.Items.SequenceEqual(b.Items),
        (ReportTable a, ReportTable b) => a.Caption == b.Caption && a.Header.SequenceEqual(b.Header) && a.Rows.Count == b.Rows.Count
            && a.Rows.Zip(b.Rows).All(r => r.First.SequenceEqual(r.Second)),
        _ => Equals((object?)x, y),
    };

    public int GetHashCode(ReportBlock obj) => obj.GetType().GetHashCode();
}
