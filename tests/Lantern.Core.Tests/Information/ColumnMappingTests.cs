using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class ColumnMappingTests
{
    private static readonly IReadOnlyList<ImportColumn> Columns =
    [
        new("date", "Date", true, "", []),
        new("event-type", "Event type", true, "", []),
        new("notes", "Notes", false, "", []),
    ];

    private static readonly IReadOnlyList<string> Headers = ["When", "What", "Comments"];

    [Fact]
    public void Check_EveryRequiredColumnChosenOnce_HasNoErrors()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 0, ["event-type"] = 1, ["notes"] = null }, Headers);

        Assert.Empty(errors);
    }

    [Fact]
    public void Check_RequiredColumnNotChosen_AsksForIt()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 0, ["event-type"] = null, ["notes"] = null }, Headers);

        Assert.Equal([("event-type", "Select the column that holds the event type")], errors);
    }

    [Fact]
    public void Check_RequiredColumnLeftOutOfTheChoice_AsksForIt()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["event-type"] = 1 }, Headers);

        Assert.Equal([("date", "Select the column that holds the date")], errors);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(42)]
    public void Check_IndexOutsideTheFile_AsksForOneOfItsColumns(int index)
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 0, ["event-type"] = 1, ["notes"] = index }, Headers);

        Assert.Equal([("notes", "Select one of the file's columns for the notes")], errors);
    }

    [Fact]
    public void Check_FileColumnChosenTwice_NamesItAgainstTheSecondColumn()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 0, ["event-type"] = 1, ["notes"] = 1 }, Headers);

        Assert.Equal([("notes", "The column \u201CWhat\u201D is already chosen for the event type")], errors);
    }

    [Fact]
    public void Check_SeveralProblems_ListsThemInTheColumnsOrderThenThoseChosenTwice()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 2, ["event-type"] = null, ["notes"] = 2 }, Headers);

        Assert.Equal(
        [
            ("event-type", "Select the column that holds the event type"),
            ("notes", "The column \u201CComments\u201D is already chosen for the date"),
        ], errors);
    }

    [Fact]
    public void Check_SameIndexOutsideTheFileChosenTwice_ReportsItOutsideTheFileOnly()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 7, ["event-type"] = 7, ["notes"] = null }, Headers);

        Assert.Equal(
            [
                ("date", "Select one of the file's columns for the date"),
                ("event-type", "Select one of the file's columns for the event type"),
            ],
            errors);
    }

    [Fact]
    public void Check_UnknownKeyChoosingAColumnAlreadyChosen_IsNoChoiceAtAll()
    {
        var errors = ColumnMapping.Check(Columns, new Dictionary<string, int?> { ["date"] = 0, ["event-type"] = 1, ["made-up"] = 0 }, Headers);

        Assert.Empty(errors);
    }

    [Fact]
    public void Chosen_KeepsOnlyTheColumnsGivenAFileColumn()
    {
        var mapping = ColumnMapping.Chosen(new Dictionary<string, int?> { ["date"] = 2, ["event-type"] = 0, ["notes"] = null });

        Assert.Equal([("date", 2), ("event-type", 0)], mapping.Select(p => (p.Key, p.Value)).Order());
    }

    [Fact]
    public void ColumnSets_NoHeadingNamesTwoColumns()
    {
        foreach (var columns in new[] { ChronologyColumns.All, PeopleColumns.All, AttendanceColumns.All })
        {
            var set = new ImportColumnSet(columns);
            foreach (var column in columns)
            {
                Assert.All(column.Synonyms.Prepend(column.Heading), heading => Assert.Equal(column.Key, set.ForHeading(heading)?.Key));
            }
        }
    }

    [Fact]
    public void Map_PeopleAndAttendanceFiles_TakeTheFirstHeadingForEachColumn()
    {
        var people = PeopleColumns.AutoMap(["Naam", "Full name", "Comments", "Name"]);
        var attendance = AttendanceColumns.Map(["Date", "Meeting", "Who", "Date held"]);

        Assert.Equal([(PeopleColumns.Name, 1), (PeopleColumns.Notes, 2)], people.Select(p => (p.Key, p.Value)).Order());
        Assert.Equal(["Attendance"], AttendanceColumns.Missing(attendance).Select(c => c.Heading));
    }
}
