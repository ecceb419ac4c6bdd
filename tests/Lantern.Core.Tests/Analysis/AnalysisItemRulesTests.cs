using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

/// <summary>The rules the analysis items keep themselves: status moves, sharing, completeness, exploring a
/// discrepancy, recording a meeting and the order of findings by priority.</summary>
public sealed class AnalysisItemRulesTests
{
    private static readonly DateTime At = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Reviewer = Guid.NewGuid();

    private static readonly string[] Issues = ["Who in the MASH decides when a strategy discussion is needed?"];

    private static KeyPracticeEpisode Episode() => new() { Title = "Strategy discussion by phone", WhatHappened = "Police and children's social care spoke twice; health were not called." };

    private static Finding CompleteFinding() => new()
    {
        Title = "Strategy discussions held by phone leave health out",
        InThisCase = "The health visitor heard of the discussion a week later",
        NotPeculiar = "The MASH audit (Q3) found health missing from 11 of 40 phone discussions",
        WhyItMatters = "What health knows about a baby is not weighed when the plan is made",
        Statement = "Phone strategy discussions routinely miss health.",
    };

    [Theory]
    [InlineData(EpisodeStatus.Proposed, EpisodeStatus.AgreedByReviewTeam)]
    [InlineData(EpisodeStatus.AgreedByReviewTeam, EpisodeStatus.Proposed)]
    public void EpisodeMoveTo_OneStep_Moved(EpisodeStatus from, EpisodeStatus to)
    {
        var episode = Episode();
        if (from != EpisodeStatus.Proposed)
        {
            episode.MoveTo(from, Reviewer, At);
        }

        Assert.Null(episode.MoveTo(to, Reviewer, At.AddHours(1)));

        Assert.Equal(to, episode.Status);
        Assert.Equal(At.AddHours(1), episode.UpdatedAt);
        Assert.Equal(Reviewer, episode.UpdatedByUserId);
    }

    [Fact]
    public void EpisodeMoveTo_TwoSteps_Refused_StatusUnchanged()
    {
        var episode = Episode();

        var refusal = episode.MoveTo(EpisodeStatus.CheckedWithCaseGroup, Reviewer, At);

        Assert.NotNull(refusal);
        Assert.Equal("Status", refusal.Field);
        Assert.Equal("An episode that is proposed can only move one step at a time", refusal.Message);
        Assert.Equal(EpisodeStatus.Proposed, episode.Status);
    }

    [Fact]
    public void EpisodeMoveTo_NotAStatus_Refused()
    {
        var episode = Episode();
        episode.MoveTo(EpisodeStatus.AgreedByReviewTeam, Reviewer, At);

        Assert.NotNull(episode.MoveTo((EpisodeStatus)3, Reviewer, At));
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, episode.Status);
    }

    [Fact]
    public void EpisodeMoveTo_CheckedButNotShared_Refused_ThenShared_Moved()
    {
        var episode = Episode();
        episode.MoveTo(EpisodeStatus.AgreedByReviewTeam, Reviewer, At);

        var refusal = episode.MoveTo(EpisodeStatus.CheckedWithCaseGroup, Reviewer, At);
        Assert.Equal("Share the episode with the case group before recording that they checked it", refusal?.Message);

        episode.Share(true, At);
        Assert.Null(episode.MoveTo(EpisodeStatus.CheckedWithCaseGroup, Reviewer, At));
        Assert.Equal(EpisodeStatus.CheckedWithCaseGroup, episode.Status);
        Assert.NotNull(episode.AgreedText);
    }

    [Fact]
    public void EpisodeShare_Again_KeepsTheFirstDate_StopSharingClears()
    {
        var episode = Episode();

        episode.Share(true, At);
        episode.Share(true, At.AddDays(2));
        Assert.Equal(At, episode.SharedAt);

        Assert.Null(episode.Share(false, At.AddDays(3)));
        Assert.Null(episode.SharedAt);
    }

    [Fact]
    public void FindingShare_StopAfterCaseGroupChecked_Refused_StillShared()
    {
        var finding = CompleteFinding();
        finding.Share(true, At);
        finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Reviewer, At);
        finding.MoveTo(EpisodeStatus.CheckedWithCaseGroup, Issues, Reviewer, At);

        var refusal = finding.Share(false, At);

        Assert.Equal("The case group has checked this finding. Move it back to agreed by the review team before you stop sharing it", refusal?.Message);
        Assert.Equal(string.Empty, refusal?.Field);
        Assert.Equal(At, finding.SharedAt);
    }

    [Fact]
    public void FindingMoveTo_AgreedWhileIncomplete_RefusedWithEachMissingPart()
    {
        var finding = new Finding { Title = "Phone strategy discussions miss health", InThisCase = "  " };

        var refusal = finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, [], Reviewer, At);

        Assert.NotNull(refusal);
        Assert.All(refusal.Problems, p => Assert.Equal("Status", p.Field));
        Assert.Equal(
            ["Say how it showed in this case", "Give the evidence that it is not peculiar to this case", "Say why it matters", "Write the summary", "Add at least one issue for the Board"],
            refusal.Problems.Select(p => p.Message));
        Assert.Equal(EpisodeStatus.Proposed, finding.Status);
        Assert.Null(finding.AgreedText);
    }

    [Fact]
    public void FindingMoveTo_TwoSteps_Refused_InTheFindingsWords()
    {
        var refusal = CompleteFinding().MoveTo(EpisodeStatus.CheckedWithCaseGroup, Issues, Reviewer, At);

        Assert.Equal("A finding's status moves one step at a time", refusal?.Message);
    }

    [Fact]
    public void FindingChange_AgreedAndLeftIncomplete_Refused_WordingKept()
    {
        var finding = CompleteFinding();
        finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Reviewer, At);
        var draft = new FindingDraft(finding.Title, finding.InThisCase, finding.NotPeculiar, null, finding.WhyItMatters, "", Issues, false);

        var refusal = finding.Change(draft, Issues, new FindingCheck(2, StillHappens.Unknown, null, null), Reviewer, At);

        Assert.Equal("This finding is agreed by the review team, so it must stay complete: write the summary", refusal?.Message);
        Assert.Equal("Phone strategy discussions routinely miss health.", finding.Statement);
        Assert.Null(finding.PriorityRank);
        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, finding.Status);
    }

    [Fact]
    public void FindingChange_Proposed_SavedTidy()
    {
        var finding = new Finding();
        var draft = new FindingDraft("  Phone discussions miss health ", " In this case ", "   ", null, null, null, [], false);

        Assert.Null(finding.Change(draft, [], new FindingCheck(3, StillHappens.Yes, " The Q1 audit ", new DateOnly(2026, 10, 1)), Reviewer, At));

        Assert.Equal("Phone discussions miss health", finding.Title);
        Assert.Equal("In this case", finding.InThisCase);
        Assert.Null(finding.NotPeculiar);
        Assert.Equal(3, finding.PriorityRank);
        Assert.Equal("The Q1 audit", finding.StillHappensEvidence);
    }

    [Fact]
    public void SectionMoveTo_TwoSteps_Refused_InTheSectionsWords()
    {
        var section = new NarrativeSection { Title = "Spring 2025" };

        Assert.Equal("A section that is proposed can only move one step at a time", section.MoveTo(EpisodeStatus.CheckedWithCaseGroup, Reviewer, At)?.Message);
        Assert.Null(section.MoveTo(EpisodeStatus.AgreedByReviewTeam, Reviewer, At));
        Assert.Equal("Share the section with the case group before recording that they checked it", section.MoveTo(EpisodeStatus.CheckedWithCaseGroup, Reviewer, At)?.Message);
    }

    [Fact]
    public void SectionChange_AgreedAndReworded_BackToProposed()
    {
        var section = new NarrativeSection { Title = "Spring 2025", Summary = "The family moved." };
        section.MoveTo(EpisodeStatus.AgreedByReviewTeam, Reviewer, At);

        section.Change("Spring 2025", null, null, "The family moved in March, to the north of the borough.", Reviewer, At);

        Assert.True(section.IsChangedSinceAgreed());
    }

    [Theory]
    [InlineData(null, null, "Status", "Select how far exploring the discrepancy has got")]
    [InlineData(DiscrepancyStatus.Explained, "  ", "WhatWeFound", "Say what exploring the discrepancy found")]
    [InlineData(DiscrepancyStatus.CannotBeReconciled, null, "WhatWeFound", "Say what exploring the discrepancy found")]
    public void DiscrepancyExplore_Refused(DiscrepancyStatus? status, string? found, string field, string message)
    {
        var discrepancy = new Discrepancy();

        var refusal = discrepancy.Explore(status, found, Reviewer, At);

        Assert.Equal(field, refusal?.Field);
        Assert.Equal(message, refusal?.Message);
        Assert.Equal(DiscrepancyStatus.ToExplore, discrepancy.Status);
    }

    [Fact]
    public void DiscrepancyExplore_Settled_WithWhatWasFound_Recorded()
    {
        var discrepancy = new Discrepancy();

        Assert.Null(discrepancy.Explore(DiscrepancyStatus.Explained, " The two notes were of different calls. ", Reviewer, At));

        Assert.Equal(DiscrepancyStatus.Explained, discrepancy.Status);
        Assert.Equal("The two notes were of different calls.", discrepancy.WhatWeFound);
    }

    [Fact]
    public void MeetingRecord_AttendanceDefaultsToInvited_DecisionsOnePerLine()
    {
        var (came, absent) = (Guid.NewGuid(), Guid.NewGuid());
        var meeting = new Meeting();

        meeting.Record(MeetingKind.CaseGroupIntroduction, new DateOnly(2026, 11, 3), null, " Room 2 ", " 1. Introductions\n2. Ground rules ", [came, absent, came],
            new Dictionary<Guid, Attendance> { [came] = Attendance.Attended }, null, "- Share the draft episodes\n\n* Meet again in December", Reviewer, At);

        Assert.Equal("Room 2", meeting.Place);
        Assert.Equal([(came, Attendance.Attended), (absent, Attendance.Invited)], meeting.Attendees.Select(a => (a.UserId, a.Attendance)));
        Assert.Equal(["Share the draft episodes", "Meet again in December"], meeting.Decisions);
        Assert.Equal(At, meeting.UpdatedAt);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(1, true)]
    [InlineData(99, true)]
    [InlineData(0, false)]
    [InlineData(100, false)]
    [InlineData(-3, false)]
    public void FindingPriority_IsAllowed_From1To99OrUnranked(int? rank, bool allowed)
    {
        Assert.Equal(allowed, FindingPriority.IsAllowed(rank));
    }

    [Fact]
    public void FindingPriority_OutOfRange_SaysTheRange()
    {
        Assert.Equal("The priority must be a whole number from 1 to 99", FindingPriority.OutOfRange);
    }

    [Fact]
    public void FindingPriority_InPriorityOrder_RankedFirstByRank_ThenUnrankedByNumber()
    {
        Finding F(int number, int? rank) => new() { Number = number, PriorityRank = rank };
        var findings = new[] { F(1, null), F(2, 3), F(3, 1), F(4, null), F(5, 3) };

        Assert.Equal([3, 2, 5, 1, 4], findings.AsQueryable().InPriorityOrder().Select(f => f.Number));
        Assert.Equal([3, 2, 5, 1, 4], findings.InPriorityOrder().Select(f => f.Number));
    }
}
