using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

/// <summary>Types, merged and rejected entries, and larger groups.</summary>
public sealed partial class DuplicateDetectionTests
{
    [Fact]
    public void Propose_DifferentEventTypes_ProposesNothing()
    {
        var visit = Contact(Police, 0, JointVisit);
        var call = Contact(Health, 0, JointVisit) with { EventType = "Phone call" };

        Assert.Empty(DuplicateDetection.Propose([visit, call], NoneRejected));
    }

    [Fact]
    public void Propose_MergedEntries_AreLeftOut()
    {
        var merged = Contact(Police, 0, JointVisit) with { IsMerged = true };

        Assert.Empty(DuplicateDetection.Propose([merged, Contact(Health, 0, JointVisit)], NoneRejected));
    }

    [Fact]
    public void Propose_RejectedPair_StaysRejected()
    {
        var police = Contact(Police, 0, JointVisit);
        var health = Contact(Health, 0, JointVisit);
        var rejected = new HashSet<LineagePair> { LineagePair.Of(health.LineageId, police.LineageId) };

        Assert.Empty(DuplicateDetection.Propose([police, health], rejected));
    }

    [Fact]
    public void Propose_RejectedGroupOfThree_NeverComesBackInAnyCombination()
    {
        // Rejecting a proposal stores every pair in it; what is left of the group is never proposed again,
        // whatever else joins it.
        var entries = new[] { Entry(Police, 0, "Core group meeting"), Entry(Health, 0, "Core group meeting"), Entry(School, 1, "Core group meeting") };
        var rejected = new HashSet<LineagePair>();
        for (var i = 0; i < entries.Length; i++)
        {
            for (var j = i + 1; j < entries.Length; j++)
            {
                rejected.Add(LineagePair.Of(entries[i].LineageId, entries[j].LineageId));
            }
        }

        var another = Entry(School, 0, "Core group meeting");
        var proposals = DuplicateDetection.Propose([.. entries, another], rejected);

        Assert.All(proposals, p => Assert.True(p.EntryIds.Count(id => entries.Any(e => e.Id == id)) <= 1));
    }

    [Fact]
    public void Propose_JoiningEntryRejectedWithOneMember_IsNotAdded()
    {
        var police = Entry(Police, 0, "Core group meeting", Mother);
        var health = Entry(Health, 0, "Core group meeting", Mother);
        var school = Entry(School, 1, "Core group meeting", Mother);
        var rejected = new HashSet<LineagePair> { LineagePair.Of(police.LineageId, school.LineageId) };

        var proposal = Assert.Single(DuplicateDetection.Propose([police, health, school], rejected));

        Assert.Equal(2, proposal.EntryIds.Count);
        Assert.DoesNotContain(school.Id, proposal.EntryIds);
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
    public void Scores_CloserAndMoreAlike_ScoreHigher()
    {
        Assert.True(DuplicateDetection.ContactScore(0.8, 1, 0) > DuplicateDetection.ContactScore(0.4, 1, 0));
        Assert.True(DuplicateDetection.ContactScore(0.5, 1, 0.5) > DuplicateDetection.ContactScore(0.5, 0.25, 0.5));
        Assert.True(DuplicateDetection.MeetingScore(0, 2, 0) > DuplicateDetection.MeetingScore(2, 2, 0));
        Assert.Equal(1.0, DuplicateDetection.MeetingScore(0, 2, 1));
        Assert.True(DuplicateDetection.MeetingScore(2, 2, 0) > DuplicateDetection.ContactScore(1, 1, 1) - 0.5);
    }

    [Theory]
    [InlineData("RCPC - cancelled", "rcpc")]
    [InlineData("Core group (postponed)", "core group")]
    [InlineData("Strategy meeting rearranged", "strategy meeting")]
    [InlineData("Cancelled ICPC", "icpc")]
    [InlineData("Core group meeting", null)]
    [InlineData("Cancelled", null)]
    public void WithoutStatus_AgencyWords_LeaveTheMeetingNamed(string words, string? expected)
    {
        Assert.Equal(expected, MeetingTypes.WithoutStatus(words));
    }

    [Fact]
    public void Similarity_NamesAndCommonWords_CountForLittle()
    {
        var words = DescriptionWords.Of(
            ["Ruby Tallis seen at home by the health visitor.", "Ruby Tallis seen at school by the teacher.", "Bruise on Ruby's arm photographed at the joint visit.", "Joint visit: bruise on the arm photographed."],
            [["Ruby Tallis"], ["Ruby Tallis"], ["Ruby"], null]);

        Assert.True(words.Similarity(0, 1) < DuplicateDetection.SameDaySimilarity);
        Assert.True(words.Similarity(2, 3) > 0.8);
    }

    [Fact]
    public void Propose_FiveThousandEntries_OnlyNearNeighboursCompared()
    {
        // A chronology of 5,000 entries over three years from five agencies: proposals come back, no entry is in
        // two proposals, and every proposal's entries are within the window of each other.
        var random = new Random(7);
        var agencies = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var people = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToArray();
        var types = new[] { "Home visit", "Phone call", "Strategy discussion", "Core group meeting", "School attendance", "GP appointment" };
        var phrases = new[] { "seen at home", "bruise on arm", "no answer", "mother upset", "school late", "weighed", "food bank", "police called" };
        var entries = Enumerable.Range(0, 5000)
            .Select(_ => new EntryFacts(Guid.NewGuid(), agencies[random.Next(5)], Guid.NewGuid(), Day.AddDays(random.Next(1100)),
                types[random.Next(types.Length)], [people[random.Next(40)], people[random.Next(40)]],
                Description: $"{phrases[random.Next(phrases.Length)]}, {phrases[random.Next(phrases.Length)]}"))
            .ToList();
        var byId = entries.ToDictionary(e => e.Id);

        var proposals = DuplicateDetection.Propose(entries, NoneRejected);

        Assert.NotEmpty(proposals);
        Assert.Equal(proposals.Sum(p => p.EntryIds.Count), proposals.SelectMany(p => p.EntryIds).Distinct().Count());
        foreach (var proposal in proposals)
        {
            var members = proposal.EntryIds.Select(id => byId[id]).ToList();
            Assert.True(members.Max(m => m.Date).DayNumber - members.Min(m => m.Date).DayNumber <= DuplicateDetection.DefaultWindowDays);
            Assert.True(proposal.IsMeeting || members.Select(m => m.AgencyId).Distinct().Count() == members.Count);
        }
    }
}
