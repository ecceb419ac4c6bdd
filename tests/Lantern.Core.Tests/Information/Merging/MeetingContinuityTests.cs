using Lantern.Core.Information;
using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class MeetingContinuityTests
{
    private static readonly Attendee Mother = new(Guid.NewGuid(), "Mother", PersonCategory.FamilyOrHousehold);
    private static readonly Attendee SocialWorker1 = new(Guid.NewGuid(), "Social worker 1", PersonCategory.Professional);
    private static readonly Attendee SocialWorker2 = new(Guid.NewGuid(), "Social worker 2", PersonCategory.Professional);
    private static readonly Attendee HealthVisitor = new(Guid.NewGuid(), "Health visitor 1", PersonCategory.Professional);
    private static readonly Attendee Child = new(Guid.NewGuid(), "Child A", PersonCategory.Subject);
    private static readonly Attendee Police = new(Guid.NewGuid(), "Police officer 1", PersonCategory.Professional);
    private static readonly Dictionary<Guid, Attendee> People = new[] { Mother, SocialWorker1, SocialWorker2, HealthVisitor, Child, Police }.ToDictionary(p => p.Id);

    private static MeetingHeld Registered(string type, int month, Attendee[] named, params (Attendee Person, AttendanceStatus Status)[] register) =>
        new(Guid.NewGuid(), false, type, new DateOnly(2024, month, 1), named.Select(a => a.Id).ToHashSet(), register.ToDictionary(r => r.Person.Id, r => r.Status));

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

    [Fact]
    public void Build_RegisterRecorded_OnlyThoseWhoAttendedCount()
    {
        // The records name the child and the police officer; the register says the child was only named and the
        // police officer sent a report.
        var first = Registered("Strategy discussion", 1, [Child, Police, SocialWorker1],
            (SocialWorker1, AttendanceStatus.Attended), (HealthVisitor, AttendanceStatus.Attended), (Police, AttendanceStatus.SentReport), (Child, AttendanceStatus.NamedButAbsent));
        var second = Registered("Strategy discussion", 2, [Child, Police],
            (SocialWorker1, AttendanceStatus.Attended), (Police, AttendanceStatus.Attended), (SocialWorker2, AttendanceStatus.InvitedDidNotAttend));

        var series = Assert.Single(MeetingContinuity.Build([first, second], People, new ContinuityOptions(LeaveOutSubjectAndFamily: false)));

        Assert.True(series.Meetings[0].Counted.SetEquals([SocialWorker1.Id, HealthVisitor.Id]));
        Assert.False(series.Attended(Child, series.Meetings[0]));
        Assert.False(series.Attended(Police, series.Meetings[0]));
        Assert.Equal(Presence.SentReport, series.PresenceOf(Police, series.Meetings[0]));
        Assert.Equal(Presence.NamedButAbsent, series.PresenceOf(Child, series.Meetings[0]));
        Assert.Equal(Presence.InvitedDidNotAttend, series.PresenceOf(SocialWorker2, series.Meetings[1]));
        Assert.Equal(0.5, series.Meetings[1].ShareFromPrevious); // social worker 1 of social worker 1 and the police officer
        Assert.True(series.Meetings.All(m => m.Meeting.HasRegister));
    }

    [Fact]
    public void Build_NoRegister_FallsBackToPeopleNamedAndSaysSo()
    {
        var first = Registered("Core group meeting", 1, [SocialWorker1, HealthVisitor], (SocialWorker1, AttendanceStatus.Attended), (HealthVisitor, AttendanceStatus.Attended));
        var second = Meeting("Core group meeting", 2, SocialWorker1, SocialWorker2);

        var series = Assert.Single(MeetingContinuity.Build([first, second], People, new ContinuityOptions()));

        Assert.False(series.Meetings[1].Meeting.HasRegister);
        Assert.Equal(Presence.NamedInRecords, series.PresenceOf(SocialWorker2, series.Meetings[1]));
        Assert.True(series.Attended(SocialWorker2, series.Meetings[1]));
        Assert.Equal(0.5, series.Meetings[1].ShareFromPrevious);
    }

    [Fact]
    public void Build_LeavingOutSubjectAndFamily_TheyNeitherCountNorShow()
    {
        var first = Meeting("Core group meeting", 1, Mother, Child, SocialWorker1);
        var second = Meeting("Core group meeting", 2, Mother, Child, SocialWorker2);

        var without = Assert.Single(MeetingContinuity.Build([first, second], People, new ContinuityOptions()));
        var with = Assert.Single(MeetingContinuity.Build([first, second], People, new ContinuityOptions(LeaveOutSubjectAndFamily: false)));

        Assert.Equal(0, without.Meetings[1].ShareFromPrevious);
        Assert.True(without.Meetings[1].BelowThreshold);
        Assert.DoesNotContain(without.People, p => p.IsSubjectOrFamily);
        Assert.Equal(2 / 3.0, with.Meetings[1].ShareFromPrevious);
        Assert.False(with.Meetings[1].BelowThreshold);
        Assert.Contains(with.People, p => p.Id == Child.Id);
    }

    [Fact]
    public void Build_PlanMeetingsTogether_ConferencesAndCoreGroupsAreOneSeries()
    {
        var conference = Meeting("Child protection conference", 1, SocialWorker1, HealthVisitor, Police);
        var coreGroup = Meeting("core group meeting ", 2, SocialWorker1, HealthVisitor);
        var strategy = Meeting("Strategy discussion", 1, Police);

        var apart = MeetingContinuity.Build([conference, coreGroup, strategy], People, new ContinuityOptions());
        var together = MeetingContinuity.Build([conference, coreGroup, strategy], People, new ContinuityOptions(PlanMeetingsTogether: true));

        Assert.Equal(3, apart.Count);
        Assert.Equal([MeetingContinuity.PlanSeriesName, "Strategy discussion"], together.Select(s => s.EventType));
        Assert.Equal([conference.Id, coreGroup.Id], together[0].Meetings.Select(m => m.Meeting.Id));
        Assert.Equal(1.0, together[0].Meetings[1].ShareFromPrevious);
    }

    [Fact]
    public void Build_ManyMeetings_IsQuick()
    {
        var meetings = Enumerable.Range(0, 5000)
            .Select(i => Registered(i % 2 == 0 ? "Core group meeting" : "Child protection conference", 1 + (i % 12), [Mother, Child, SocialWorker1],
                (SocialWorker1, AttendanceStatus.Attended), (i % 3 == 0 ? SocialWorker2 : HealthVisitor, AttendanceStatus.Attended), (Police, AttendanceStatus.SentReport)))
            .ToList();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var series = MeetingContinuity.Build(meetings, People, new ContinuityOptions(PlanMeetingsTogether: true));

        Assert.Single(series);
        Assert.True(clock.ElapsedMilliseconds < 2000, $"took {clock.ElapsedMilliseconds} ms");
    }
}
