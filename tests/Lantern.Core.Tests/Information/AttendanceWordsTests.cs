using Lantern.Core.Information;
using Lantern.Core.Information.Import;

namespace Lantern.Core.Tests.Information;

public sealed class AttendanceWordsTests
{
    [Theory]
    [InlineData("attended", AttendanceStatus.Attended)]
    [InlineData("PRESENT", AttendanceStatus.Attended)]
    [InlineData(" Attended virtually ", AttendanceStatus.Attended)]
    [InlineData("Sent report", AttendanceStatus.SentReport)]
    [InlineData("report only", AttendanceStatus.SentReport)]
    [InlineData("Apologies - report sent", AttendanceStatus.SentReport)]
    [InlineData("apologies", AttendanceStatus.InvitedDidNotAttend)]
    [InlineData("DNA", AttendanceStatus.InvitedDidNotAttend)]
    [InlineData("Did not attend", AttendanceStatus.InvitedDidNotAttend)]
    [InlineData("not present", AttendanceStatus.InvitedDidNotAttend)]
    [InlineData("Named only", AttendanceStatus.NamedButAbsent)]
    [InlineData("named  only.", AttendanceStatus.NamedButAbsent)]
    public void Parse_AgenciesWords_GiveTheStatus(string words, AttendanceStatus expected)
    {
        Assert.Equal(expected, AttendanceWords.Parse(words));
    }

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("late")]
    [InlineData(null)]
    public void Parse_OtherWords_AreNotAStatus(string? words)
    {
        Assert.Null(AttendanceWords.Parse(words));
    }

    [Fact]
    public void Map_AgenciesHeadings_FindEveryColumn()
    {
        var mapping = AttendanceColumns.Map(["DATE OF MEETING", "Type of meeting", "Attendee name", "Attendance status", "Notes"]);

        Assert.Equal(0, mapping[AttendanceColumns.MeetingDate]);
        Assert.Equal(1, mapping[AttendanceColumns.MeetingType]);
        Assert.Equal(2, mapping[AttendanceColumns.Person]);
        Assert.Equal(3, mapping[AttendanceColumns.Status]);
        Assert.Empty(AttendanceColumns.Missing(mapping));
    }

    [Fact]
    public void Map_ChronologyHeadings_MissPersonAndAttendance()
    {
        var mapping = AttendanceColumns.Map(["Date", "Event type", "Description"]);

        Assert.Equal(["Person", "Attendance"], AttendanceColumns.Missing(mapping).Select(c => c.Heading));
    }

    [Fact]
    public void Example_InTheDocs_HasTheColumnsAndEveryRowReads()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Lantern.slnx")))
        {
            folder = folder.Parent;
        }

        var read = ChronologyFileReader.Read(File.ReadAllBytes(Path.Combine(folder!.FullName, "docs", "examples", "attendance-example.csv")), "attendance-example.csv", new ImportLimits());

        var table = Assert.IsType<ChronologyTable>(read.Table);
        var mapping = AttendanceColumns.Map(table.Headings);
        Assert.Empty(AttendanceColumns.Missing(mapping));
        Assert.All(table.Rows, row =>
        {
            Assert.NotNull(AttendanceWords.Parse(row[mapping[AttendanceColumns.Status]]));
            Assert.True(EventTypes.IsMeeting(EventTypeVocabulary.BuiltIn.Resolve(Guid.Empty, row[mapping[AttendanceColumns.MeetingType]])));
            Assert.Null(DateCells.ParseDate(row[mapping[AttendanceColumns.MeetingDate]]).Error);
        });
    }
}
