using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

public sealed class AgreementTests
{
    private static readonly DateTime At = new(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Agreer = Guid.NewGuid();

    private static Finding NewFinding() => new()
    {
        Title = "Referrals from schools are screened by whoever is free, so the same worry gets different answers",
        InThisCase = "Two calls from the school about bruising went to different screeners\r\nand got different outcomes",
        NotPeculiar = "The front door audit found the same in 9 of 30 referrals",
        WhyItMatters = "A child's safety depends on who picks up the phone",
        Statement = "Screening at the front door varies with the screener.",
    };

    private static readonly string[] Issues = ["How does the Board know screening is consistent?", "Who owns the front door's training?"];

    [Fact]
    public void ToJson_FromJson_RoundTrip_SameAsOriginal()
    {
        var wording = AgreedWording.ForFinding(NewFinding(), Issues);

        var read = AgreedWording.FromJson(wording.ToJson());

        Assert.NotNull(read);
        Assert.True(read.SameAs(wording));
        Assert.Equal(7, read.Fields.Count);
    }

    [Fact]
    public void ChangesTo_OneFieldChanged_OnlyThatField_WithBothWordings()
    {
        var finding = NewFinding();
        var agreed = AgreedWording.ForFinding(finding, Issues);
        finding.Statement = "Screening varies with whoever is free.";

        var changes = agreed.ChangesTo(AgreedWording.ForFinding(finding, Issues));

        var change = Assert.Single(changes);
        Assert.Equal("statement", change.Key);
        Assert.Equal("Summary", change.Label);
        Assert.Equal("Screening at the front door varies with the screener.", change.Agreed);
        Assert.Equal("Screening varies with whoever is free.", change.Now);
    }

    [Fact]
    public void ChangesTo_IssueReworded_IssuesField()
    {
        var agreed = AgreedWording.ForFinding(NewFinding(), Issues);

        var changes = agreed.ChangesTo(AgreedWording.ForFinding(NewFinding(), [Issues[0], "Who owns the training at the front door?"]));

        Assert.Equal("issues", Assert.Single(changes).Key);
    }

    [Fact]
    public void ChangesTo_SpacesLineEndingsAndBlanks_NotAChange()
    {
        var finding = NewFinding();
        var agreed = AgreedWording.ForFinding(finding, Issues);
        finding.InThisCase = "  " + finding.InThisCase!.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        finding.HowWidespread = "   ";

        Assert.Empty(agreed.ChangesTo(AgreedWording.ForFinding(finding, [.. Issues.Select(i => i + " "), ""])));
    }

    [Fact]
    public void ToJson_TooLong_LongestFieldsKeptAsFingerprints_StillCompared()
    {
        var episode = new KeyPracticeEpisode
        {
            Title = "Home visit",
            WhatHappened = new string('a', 10_000).Replace("aaaa", "aaé\"", StringComparison.Ordinal),
            KnownThen = new string('b', 10_000),
            AppraisalReasons = new string('c', 10_000),
            Explanation = new string('d', 10_000),
        };
        episode.Title = "Home visit, expanded well beyond the limit " + new string('x', 9_950);
        var wording = AgreedWording.ForEpisode(episode);
        var big = AgreedWording.Of([.. wording.Fields, new WordingField("more", "More", new string('e', 30_000))]);

        var json = big.ToJson();
        var read = AgreedWording.FromJson(json)!;

        Assert.True(json.Length <= AgreedWording.MaxLength);
        Assert.True(read.SameAs(big));
        var changed = AgreedWording.Of([.. big.Fields.Select(f => f.Key == "more" ? f with { Text = f.Text + "!" } : f)]);
        var change = Assert.Single(read.ChangesTo(changed));
        Assert.Equal("more", change.Key);
        Assert.False(change.AgreedKept);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void FromJson_NothingOrUnreadable_Null(string? json)
    {
        Assert.Null(AgreedWording.FromJson(json));
    }

    /// <summary>The finding as it would be saved with <paramref name="change"/> made to its wording.</summary>
    private static Refusal? Save(Finding finding, Action<Finding> change, IReadOnlyList<string>? issues = null)
    {
        var edited = NewFinding();
        change(edited);
        var draft = new FindingDraft(edited.Title, edited.InThisCase, edited.NotPeculiar, edited.HowWidespread, edited.WhyItMatters, edited.Statement,
            issues ?? Issues, edited.IsGoodPractice);
        return finding.Change(draft, Issues, new FindingCheck(null, StillHappens.Unknown, null, null), Agreer, At);
    }

    [Fact]
    public void MoveTo_Agreed_KeepsWordingAndWho()
    {
        var finding = NewFinding();

        Assert.Null(finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Agreer, At));

        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, finding.Status);
        Assert.Equal(At, finding.AgreedAt);
        Assert.Equal(Agreer, finding.AgreedByUserId);
        Assert.True(AgreedWording.FromJson(finding.AgreedText)!.SameAs(AgreedWording.ForFinding(finding, Issues)));
        Assert.False(finding.IsChangedSinceAgreed());
    }

    [Fact]
    public void Change_AgreedAndWordingChanged_BackToProposed_ChangedSinceAgreed()
    {
        var finding = NewFinding();
        finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Agreer, At);

        Assert.Null(Save(finding, f => f.Statement = "Something else entirely."));

        Assert.Equal(EpisodeStatus.Proposed, finding.Status);
        Assert.True(finding.IsChangedSinceAgreed());
        Assert.Equal("statement", Assert.Single(finding.ChangesSinceAgreed(AgreedWording.ForFinding(finding, Issues))).Key);
    }

    [Fact]
    public void Change_AgreedSameWording_StaysAgreed()
    {
        var finding = NewFinding();
        finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Agreer, At);

        Assert.Null(Save(finding, f => f.InThisCase = "  " + f.InThisCase + "\n"));

        Assert.Equal(EpisodeStatus.AgreedByReviewTeam, finding.Status);
    }

    [Fact]
    public void AfterWordingSaved_AgreedWithoutSnapshot_KeepsTheWordingBeforeTheChange()
    {
        // A row agreed before snapshots were kept: checked with the case group, no agreed text.
        var stored = new StoredItem { Status = EpisodeStatus.CheckedWithCaseGroup };
        var before = AgreedWording.Of([new("title", "Title", "Spring 2025"), new("summary", "Summary", "The family moved to the area.")]);
        var after = AgreedWording.Of([new("title", "Title", "Spring 2025"), new("summary", "Summary", "The family moved to the area in March.")]);

        var state = stored.AfterWordingSaved(before, after);
        (stored.Status, stored.AgreedText) = (state.Status, state.AgreedText);

        var change = Assert.Single(stored.ChangesSinceAgreed(after));
        Assert.Equal("The family moved to the area.", change.Agreed);
        Assert.Equal("The family moved to the area in March.", change.Now);
    }

    [Fact]
    public void Change_Proposed_NeverAgreed_NotChangedSinceAgreed()
    {
        var episode = new KeyPracticeEpisode { Title = "Visit", WhatHappened = "A visit" };

        episode.Change(new EpisodeContent("Visit", null, null, [], "An unannounced visit", null, null, null, null, EpisodeSource.ReviewTeam), Agreer, At);

        Assert.Equal(EpisodeStatus.Proposed, episode.Status);
        Assert.False(episode.IsChangedSinceAgreed());
    }

    [Fact]
    public void MoveTo_AgreedAgain_ReplacesSnapshot_NoLongerChanged()
    {
        var finding = NewFinding();
        finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Agreer, At);
        Save(finding, f => f.Title = "Screening varies with the screener");

        finding.MoveTo(EpisodeStatus.AgreedByReviewTeam, Issues, Agreer, At.AddDays(1));

        Assert.False(finding.IsChangedSinceAgreed());
        Assert.Contains("Screening varies with the screener", finding.AgreedText, StringComparison.Ordinal);
        Assert.Equal(At.AddDays(1), finding.AgreedAt);
    }

    [Fact]
    public void MoveTo_BackToProposedByChoice_ForgetsAgreement()
    {
        var episode = new KeyPracticeEpisode { Title = "Visit", WhatHappened = "A visit" };
        episode.MoveTo(EpisodeStatus.AgreedByReviewTeam, Agreer, At);

        Assert.Null(episode.MoveTo(EpisodeStatus.Proposed, Agreer, At));

        Assert.Null(episode.AgreedText);
        Assert.False(episode.IsChangedSinceAgreed());
    }

    private sealed class StoredItem : IAgreeable
    {
        public EpisodeStatus Status { get; set; }
        public DateTime? SharedAt { get; set; }
        public string? AgreedText { get; set; }
        public DateTime? AgreedAt { get; set; }
        public Guid? AgreedByUserId { get; set; }
    }
}
