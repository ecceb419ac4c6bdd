using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class ChronologyColumnsTests
{
    [Fact]
    public void AutoMap_TemplateHeadings_MapEveryColumn()
    {
        var mapping = ChronologyColumns.AutoMap(ChronologyColumns.All.Select(c => c.Heading).ToList());

        Assert.True(mapping.IsComplete);
        Assert.Equal(8, mapping.Columns.Count);
        Assert.Empty(mapping.Ignored);
    }

    [Fact]
    public void AutoMap_Synonyms_AreAcceptedIgnoringCaseAndPunctuation()
    {
        var mapping = ChronologyColumns.AutoMap(["DATE OF CONTACT", "contact_type", "Details", "Agency reference", "Worker's team"]);

        Assert.Equal(0, mapping.Columns[ChronologyColumns.Date]);
        Assert.Equal(1, mapping.Columns[ChronologyColumns.EventType]);
        Assert.Equal(2, mapping.Columns[ChronologyColumns.Description]);
        Assert.Equal(3, mapping.Columns[ChronologyColumns.SourceReference]);
        Assert.Equal(["Worker's team"], mapping.Ignored);
        Assert.True(mapping.IsComplete);
    }

    [Theory]
    [InlineData("source_document")]
    [InlineData("SOURCE DOCUMENT")]
    [InlineData("Doc. Ref.")]
    [InlineData("Ref No")]
    [InlineData("case-note-number")]
    [InlineData("Original record")]
    public void AutoMap_AgenciesOwnHeadingsForTheirRecordReference_MapToTheSourceReference(string heading)
    {
        var mapping = ChronologyColumns.AutoMap(["Date", "Contact type", "Narrative", heading, "Worker's team"]);

        Assert.Equal(3, mapping.Columns[ChronologyColumns.SourceReference]);
        Assert.Equal(["Worker's team"], mapping.Ignored);
    }

    [Fact]
    public void AutoMap_MissingRequiredHeading_IsIncomplete()
    {
        var mapping = ChronologyColumns.AutoMap(["Event date", "Summary", "Extra"]);

        Assert.False(mapping.IsComplete);
        Assert.Equal(["event-type"], mapping.Missing.Select(c => c.Key));
        Assert.Equal(["Extra"], mapping.Ignored);
    }

    [Fact]
    public void AutoMap_TwoHeadingsForOneColumn_TakesTheFirstAndListsTheOther()
    {
        var mapping = ChronologyColumns.AutoMap(["Date", "Event date", "Type", "Summary"]);

        Assert.Equal(0, mapping.Columns[ChronologyColumns.Date]);
        Assert.Equal(["Event date"], mapping.Ignored);
    }
}
