using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed class DuplicateDetectionTests
{
    private static readonly Guid Police = Guid.NewGuid();
    private static readonly Guid Health = Guid.NewGuid();
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Mother = Guid.NewGuid();
    private static readonly Guid Child = Guid.NewGuid();
    private static readonly DateOnly Day = new(2024, 3, 3);
    private static readonly HashSet<LineagePair> NoneRejected = [];

    private static EntryFacts Entry(Guid agency, int dayOffset, string type, params Guid[] people) =>
        new(Guid.NewGuid(), agency, Guid.NewGuid(), Day.AddDays(dayOffset), type, people);

    [Fact]
    public void Propose_SameTypeSharedPersonWithinWindow_ProposesThePair()
    {
        var police = Entry(Police, 0, "Home visit", Mother);
        var health = Entry(Health, 2, "home visit", Mother, Child);

        var proposals = DuplicateDetection.Propose([police, health], NoneRejected);

        var proposal = Assert.Single(proposals);
        Assert.Equal([police.Id, health.Id], proposal.EntryIds);
        Assert.True(proposal.Reasons.HasFlag(DuplicateReason.SharedPeople));
        Assert.Equal(1, proposal.SharedPeople);
    }

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(0, 1, false)]
    [InlineData(0, 0, true)]
    public void Propose_DatesApart_OnlyWithinTheWindow(int window, int daysApart, bool proposed)
    {
        var entries = new[] { Entry(Police, 0, "Home visit", Mother), Entry(Health, daysApart, "Home visit", Mother) };

        var proposals = DuplicateDetection.Propose(entries, NoneRejected, window);

        Assert.Equal(proposed ? 1 : 0, proposals.Count);
    }

    [Fact]
    public void Propose_NoSharedPeopleAndNotAMeeting_ProposesNothing()
    {
        var proposals = DuplicateDetection.Propose([Entry(Police, 0, "Home visit", Mother), Entry(Health, 0, "Home visit", Child)], NoneRejected);

        Assert.Empty(proposals);
    }

    [Fact]
    public void Propose_SameMeetingTypeWithoutPeople_ProposesAsTheSameMeeting()
    {
        var proposals = DuplicateDetection.Propose([Entry(Police, 0, "Strategy discussion"), Entry(Health, 1, "strategy discussion")], NoneRejected);

        var proposal = Assert.Single(proposals);
        Assert.True(proposal.Reasons.HasFlag(DuplicateReason.SameMeetingType));
    }

    [Fact]
    public void Propose_DifferentEventTypes_ProposesNothing()
    {
        var proposals = DuplicateDetection.Propose([Entry(Police, 0, "Home visit", Mother), Entry(Health, 0, "Phone call", Mother)], NoneRejected);

        Assert.Empty(proposals);
    }

    [Fact]
    public void Propose_SameAgency_ProposesNothing()
    {
        var proposals = DuplicateDetection.Propose([Entry(Police, 0, "Home visit", Mother), Entry(Police, 0, "Home visit", Mother)], NoneRejected);

        Assert.Empty(proposals);
    }

    [Fact]
    public void Propose_MergedEntries_AreLeftOut()
    {
        var merged = Entry(Police, 0, "Home visit", Mother) with { IsMerged = true };

        var proposals = DuplicateDetection.Propose([merged, Entry(Health, 0, "Home visit", Mother)], NoneRejected);

        Assert.Empty(proposals);
    }

    [Fact]
    public void Propose_RejectedPair_StaysRejected()
    {
        var police = Entry(Police, 0, "Home visit", Mother);
        var health = Entry(Health, 0, "Home visit", Mother);
        var rejected = new HashSet<LineagePair> { LineagePair.Of(health.LineageId, police.LineageId) };

        var proposals = DuplicateDetection.Propose([police, health], rejected);

        Assert.Empty(proposals);
    }

    [Fact]
    public void Propose_ThreeAgenciesAtOneMeeting_OneProposalOfThree()
    {
        var entries = new[]
        {
            Entry(Police, 0, "Child protection conference", Mother),
            Entry(Health, 1, "Child protection conference", Mother),
            Entry(School, 2, "Child protection conference"),
        };

        var proposal = Assert.Single(DuplicateDetection.Propose(entries, NoneRejected));

        Assert.Equal(entries.Select(e => e.Id), proposal.EntryIds);
    }

    [Fact]
    public void Propose_EntryInAtMostOneProposal_AndOneEntryPerAgency()
    {
        // Two police visits a day apart both look like the health visit; only the closer one joins it.
        var near = Entry(Police, 0, "Home visit", Mother);
        var far = Entry(Police, -1, "Home visit", Mother);
        var health = Entry(Health, 0, "Home visit", Mother);

        var proposals = DuplicateDetection.Propose([far, near, health], NoneRejected);

        var proposal = Assert.Single(proposals);
        Assert.Equal(new[] { near.Id, health.Id }.Order(), proposal.EntryIds.Order());
        Assert.DoesNotContain(far.Id, proposal.EntryIds);
    }

    [Fact]
    public void Propose_JoiningEntryRejectedWithOneMember_IsNotAdded()
    {
        var police = Entry(Police, 0, "Core group meeting", Mother);
        var health = Entry(Health, 0, "Core group meeting", Mother);
        var school = Entry(School, 1, "Core group meeting", Mother);
        var rejected = new HashSet<LineagePair> { LineagePair.Of(police.LineageId, school.LineageId) };

        var proposals = DuplicateDetection.Propose([police, health, school], rejected);

        var proposal = Assert.Single(proposals);
        Assert.Equal(2, proposal.EntryIds.Count);
        Assert.DoesNotContain(school.Id, proposal.EntryIds);
    }

    [Fact]
    public void Score_CloserAndMoreShared_ScoresHigher()
    {
        Assert.True(DuplicateDetection.Score(0, 2, 2, 2, 2, false) > DuplicateDetection.Score(2, 2, 2, 2, 2, false));
        Assert.True(DuplicateDetection.Score(0, 2, 2, 2, 2, false) > DuplicateDetection.Score(0, 2, 1, 2, 2, false));
        Assert.Equal(1.0, DuplicateDetection.Score(0, 2, 1, 1, 1, true));
    }

    [Fact]
    public void Propose_FiveThousandEntries_OnlyNearNeighboursCompared()
    {
        // A chronology of 5,000 entries over three years from five agencies: proposals come back, and every
        // proposal's entries are within the window and from different agencies.
        var random = new Random(7);
        var agencies = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var people = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        var types = new[] { "Home visit", "Phone call", "Strategy discussion", "Core group meeting", "School attendance", "GP appointment" };
        var entries = Enumerable.Range(0, 5000)
            .Select(_ => new EntryFacts(Guid.NewGuid(), agencies[random.Next(5)], Guid.NewGuid(), Day.AddDays(random.Next(1100)),
                types[random.Next(types.Length)], [people[random.Next(40)], people[random.Next(40)]]))
            .ToList();
        var byId = entries.ToDictionary(e => e.Id);

        var proposals = DuplicateDetection.Propose(entries, NoneRejected);

        Assert.NotEmpty(proposals);
        Assert.Equal(proposals.Sum(p => p.EntryIds.Count), proposals.SelectMany(p => p.EntryIds).Distinct().Count());
        foreach (var proposal in proposals)
        {
            var members = proposal.EntryIds.Select(id => byId[id]).ToList();
            Assert.Equal(members.Count, members.Select(m => m.AgencyId).Distinct().Count());
            Assert.True(members.Max(m => m.Date).DayNumber - members.Min(m => m.Date).DayNumber <= DuplicateDetection.DefaultWindowDays);
        }
    }
}
