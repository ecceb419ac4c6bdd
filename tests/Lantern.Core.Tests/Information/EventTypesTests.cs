using Lantern.Core.Information;

namespace Lantern.Core.Tests.Information;

public sealed class EventTypesTests
{
    [Theory]
    [InlineData("Strategy discussion", true)]
    [InlineData("child protection conference", true)]
    [InlineData("  Core group meeting ", true)]
    [InlineData("Multi-agency meeting", true)]
    [InlineData("Home visit", false)]
    [InlineData("Team lunch", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsMeeting_ListedMeetingTypesOnly_AreMeetings(string? name, bool expected) =>
        Assert.Equal(expected, EventTypes.IsMeeting(name));

    [Fact]
    public void All_NamesAreUnique_AndFourAreMeetings()
    {
        Assert.Equal(EventTypes.All.Count, EventTypes.All.Select(t => t.Name.ToUpperInvariant()).Distinct().Count());
        Assert.Equal(4, EventTypes.All.Count(t => t.IsMeeting));
    }

    [Fact]
    public void Normalise_ListedTypeInOtherCase_GivesTheListedSpelling_AndKeepsOwnWords()
    {
        Assert.Equal("Police call-out", EventTypes.Normalise("POLICE CALL-OUT"));
        Assert.Equal("Supervision", EventTypes.Normalise(" Supervision "));
    }
}
