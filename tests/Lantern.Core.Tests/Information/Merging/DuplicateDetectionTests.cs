using Lantern.Core.Information.Merging;

namespace Lantern.Core.Tests.Information.Merging;

public sealed partial class DuplicateDetectionTests
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
}
