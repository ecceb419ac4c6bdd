using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class MeetingContinuityTests
{
    private static readonly Attendee Mother = new(Guid.NewGuid(), "Mother", false);
    private static readonly Attendee SocialWorker1 = new(Guid.NewGuid(), "Social worker 1", true);
    private static readonly Attendee SocialWorker2 = new(Guid.NewGuid(), "Social worker 2", true);
    private static readonly Attendee HealthVisitor = new(Guid.NewGuid(), "Health visitor 1", true);
    private static readonly Dictionary<Guid, Attendee> People = new[] { Mother, SocialWorker1, SocialWorker2, HealthVisitor }.ToDictionary(p => p.Id);

    private static MeetingHeld Meeting(string type, int month, params Attendee[] attendees) =>
        new(Guid.NewGuid(), false, type, new DateOnly(2024, month, 1), attendees.Select(a => a.Id).ToHashSet());

    [Fact]
    public void Build_Series_SharesFromThePreviousMeeting()
    {
        var first = Meeting("Core group meeting", 1, Mother, SocialWorker1, HealthVisitor);
        var second = Meeting("core group meeting", 2, Mother, SocialWorker1, HealthVisitor, SocialWorker2);
        var third = Meeting("Core group meeting", 3, SocialWorker2, Mother);

        var series = Assert.Single(MeetingContinuity.Build([third, first, second], People));

        Assert.Equal("Core group meeting", series.EventType);
        Assert.Equal([first.Id, second.Id, third.Id], series.Meetings.Select(m => m.Meeting.Id));
        Assert.Null(series.Meetings[0].ShareFromPrevious);
        Assert.Equal(0.75, series.Meetings[1].ShareFromPrevious);
        Assert.False(series.Meetings[1].BelowThreshold);
        Assert.Equal(1.0, series.Meetings[2].ShareFromPrevious);
    }

    [Theory]
    [InlineData(50, false)]
    [InlineData(60, true)]
    public void Build_ShareUnderThreshold_Flagged(int threshold, bool flagged)
    {
        var first = Meeting("Child protection conference", 1, Mother, SocialWorker1);
        var second = Meeting("Child protection conference", 4, Mother, SocialWorker2);

        var series = Assert.Single(MeetingContinuity.Build([first, second], People, threshold));

        Assert.Equal(0.5, series.Meetings[1].ShareFromPrevious);
        Assert.Equal(flagged, series.Meetings[1].BelowThreshold);
    }

    [Fact]
    public void Build_Matrix_ProfessionalsFirstThenByPseudonym()
    {
        var series = Assert.Single(MeetingContinuity.Build([Meeting("Strategy discussion", 1, Mother, SocialWorker2, HealthVisitor)], People));

        Assert.Equal(["Health visitor 1", "Social worker 2", "Mother"], series.People.Select(p => p.Pseudonym));
        Assert.True(series.Attended(Mother, series.Meetings[0]));
        Assert.False(series.Attended(SocialWorker1, series.Meetings[0]));
    }

    [Fact]
    public void Build_TwoTypes_TwoSeries()
    {
        var all = MeetingContinuity.Build([Meeting("Strategy discussion", 1, Mother), Meeting("Core group meeting", 2, Mother)], People);

        Assert.Equal(["Core group meeting", "Strategy discussion"], all.Select(s => s.EventType));
    }

    [Fact]
    public void Share_NoAttendeesRecorded_IsZero()
    {
        Assert.Equal(0, MeetingContinuity.Share(new HashSet<Guid>(), new HashSet<Guid> { Mother.Id }));
    }

    [Theory]
    [InlineData("Strategy discussion", true)]
    [InlineData(" core group MEETING ", true)]
    [InlineData("Home visit", false)]
    [InlineData(null, false)]
    public void IsMeeting_KnowsTheMeetingTypes(string? type, bool meeting)
    {
        Assert.Equal(meeting, MeetingTypes.IsMeeting(type));
    }
}
