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

    private const string JointVisit = "Joint visit with social care after the bruise to the arm was seen at nursery; bruise photographed, child seen alone.";
    private const string JointVisitOtherWords = "Joint home visit with police: child seen alone, the bruise to her arm photographed. Nursery had seen it first.";

    private static EntryFacts Entry(Guid agency, int dayOffset, string type, params Guid[] people) =>
        new(Guid.NewGuid(), agency, Guid.NewGuid(), Day.AddDays(dayOffset), type, people);

    private static EntryFacts Contact(Guid agency, int dayOffset, string description, TimeOnly? time = null, params Guid[] people) =>
        new(Guid.NewGuid(), agency, Guid.NewGuid(), Day.AddDays(dayOffset), "Home visit", people, Time: time, Description: description);

    [Fact]
    public void Propose_ContactsSameDayWithAlikeWords_ProposesThePair()
    {
        var police = Contact(Police, 0, JointVisit, null, Mother);
        var health = Contact(Health, 0, JointVisitOtherWords, null, Mother, Child);

        var proposal = Assert.Single(DuplicateDetection.Propose([police, health], NoneRejected));

        Assert.Equal(new[] { police.Id, health.Id }.Order(), proposal.EntryIds.Order());
        Assert.True(proposal.Reasons.HasFlag(DuplicateReason.SimilarWords));
        Assert.True(proposal.Reasons.HasFlag(DuplicateReason.SharedPeople));
        Assert.False(proposal.IsMeeting);
        Assert.True(proposal.Similarity >= DuplicateDetection.SameDaySimilarity);
    }

    [Fact]
    public void Propose_ContactsSharingOnlyTheChild_ProposesNothing()
    {
        // The testers' case: ordinary contacts on the same or the next day, naming the same child.
        var entries = new[]
        {
            Contact(Police, 0, "Welfare check at the address, Ruby seen and well.", null, Child),
            Contact(Health, 0, "Weighed the baby, advice on sleep given to mother.", null, Child),
            Contact(School, 1, "Ruby arrived late again without breakfast.", null, Child),
        };

        Assert.Empty(DuplicateDetection.Propose(entries, NoneRejected));
    }

    [Fact]
    public void Propose_ContactsWithTimesMoreThanAnHourApart_ProposesNothingEvenWithTheSameWords()
    {
        var morning = Contact(Police, 0, JointVisit, new TimeOnly(9, 0));
        var afternoon = Contact(Health, 0, JointVisit, new TimeOnly(14, 30));

        Assert.Empty(DuplicateDetection.Propose([morning, afternoon], NoneRejected));
    }

    [Fact]
    public void Propose_ContactsWithinTheHourAcrossMidnight_Proposed()
    {
        var late = Contact(Police, 0, JointVisit, new TimeOnly(23, 40));
        var early = Contact(Health, 1, JointVisitOtherWords, new TimeOnly(0, 20));

        var proposal = Assert.Single(DuplicateDetection.Propose([late, early], NoneRejected));

        Assert.True(proposal.Reasons.HasFlag(DuplicateReason.CloseTimes));
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(2, 1, true)]
    [InlineData(0, 1, false)]
    [InlineData(7, 2, false)]
    public void Propose_ContactsOnDaysApart_AtMostTheNextDayWithinTheWindow(int window, int daysApart, bool proposed)
    {
        var entries = new[] { Contact(Police, 0, JointVisit), Contact(Health, daysApart, JointVisit) };

        Assert.Equal(proposed ? 1 : 0, DuplicateDetection.Propose(entries, NoneRejected, window).Count);
    }

    [Fact]
    public void Propose_ContactsOnTheNextDayWithOnlySomeWordsAlike_NeedsCloserWordsThanTheSameDay()
    {
        const string a = "Home visit: bruise on arm photographed, child seen alone, mother upset about nursery.";
        const string b = "Visit after nursery raised a bruise; mother out, grandmother present, child asleep.";
        var sameDay = DuplicateDetection.Propose([Contact(Police, 0, a), Contact(Health, 0, b)], NoneRejected);
        var nextDay = DuplicateDetection.Propose([Contact(Police, 0, a), Contact(Health, 1, b)], NoneRejected);

        Assert.Single(sameDay);
        Assert.Empty(nextDay);
    }

    [Fact]
    public void Propose_ContactsOfTheSameAgency_ProposesNothing()
    {
        Assert.Empty(DuplicateDetection.Propose([Contact(Police, 0, JointVisit), Contact(Police, 0, JointVisit)], NoneRejected));
    }

    [Fact]
    public void Propose_ContactsWithoutDescriptions_ProposesNothing()
    {
        Assert.Empty(DuplicateDetection.Propose([Entry(Police, 0, "Home visit", Mother), Entry(Health, 0, "Home visit", Mother)], NoneRejected));
    }

    [Fact]
    public void Propose_SameMeetingTypeWithoutPeopleOrWords_ProposedAsOneMeeting()
    {
        var proposal = Assert.Single(DuplicateDetection.Propose([Entry(Police, 0, "Strategy discussion"), Entry(Health, 1, "strategy discussion")], NoneRejected));

        Assert.True(proposal.IsMeeting);
    }

    [Fact]
    public void Propose_TwoRecordsOfOneMeetingBySameAgency_ProposedTogetherWithTheOthers()
    {
        var held = Entry(Police, 0, "Child protection conference");
        var minutes = Entry(Police, 1, "Child protection conference");
        var health = Entry(Health, 0, "Child protection conference");

        var proposal = Assert.Single(DuplicateDetection.Propose([held, minutes, health], NoneRejected));

        Assert.Equal(3, proposal.EntryIds.Count);
        Assert.True(proposal.Reasons.HasFlag(DuplicateReason.SameAgency));
    }

    [Fact]
    public void Propose_SameAgencyMeetingsTwoDaysApart_NotOneMeeting()
    {
        Assert.Empty(DuplicateDetection.Propose([Entry(Police, 0, "Core group meeting"), Entry(Police, 2, "Core group meeting")], NoneRejected));
    }

    [Fact]
    public void Propose_MeetingsAndContacts_MeetingsComeFirst()
    {
        var entries = new[]
        {
            Contact(Police, 0, JointVisit, null, Mother), Contact(Health, 0, JointVisit, null, Mother),
            Entry(Police, 5, "Core group meeting"), Entry(Health, 5, "Core group meeting"),
        };

        var proposals = DuplicateDetection.Propose(entries, NoneRejected);

        Assert.Equal([true, false], proposals.Select(p => p.IsMeeting));
    }

    [Fact]
    public void Propose_TwoMeetingsOfOneTypeThreeDaysApart_TwoProposals()
    {
        var entries = new[]
        {
            Entry(Police, 0, "Core group meeting"), Entry(Health, 0, "Core group meeting"), Entry(School, 1, "Core group meeting"),
            Entry(Police, 4, "Core group meeting"), Entry(Health, 4, "Core group meeting"),
        };

        var proposals = DuplicateDetection.Propose(entries, NoneRejected);

        Assert.Equal([3, 2], proposals.Select(p => p.EntryIds.Count).Order().Reverse());
    }

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
