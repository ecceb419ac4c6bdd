using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

/// <summary>Every value of every analysis enum has words, and the rules attached to them hold.</summary>
public sealed class AnalysisNamesTests
{
    private static void AllNamed<T>(Func<T, string> name)
        where T : struct, Enum
    {
        var names = Enum.GetValues<T>().Select(name).ToList();
        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Enums_EveryValueHasDistinctWords()
    {
        AllNamed<PracticeAppraisal>(a => a.DisplayName());
        AllNamed<PracticeAppraisal>(a => a.Hint());
        AllNamed<EpisodeStatus>(s => s.DisplayName());
        AllNamed<EpisodeSource>(s => s.DisplayName());
        AllNamed<RecommendationKind>(k => k.DisplayName());
        AllNamed<RecommendationKind>(k => k.ShortName());
        AllNamed<RecommendationLevel>(l => l.DisplayName());
        AllNamed<StillHappens>(s => s.DisplayName());
        AllNamed<InterviewerMix>(m => m.DisplayName());
    }

    [Fact]
    public void RecommendationKinds_AreNumberedOneToThree_AndKindThreeUsuallyNational()
    {
        Assert.Equal([1, 2, 3], RecommendationNames.Kinds.Select(k => (int)k));
        Assert.Equal(["Kind 1", "Kind 2", "Kind 3"], RecommendationNames.Kinds.Select(k => k.ShortName()));
        Assert.Equal(RecommendationLevel.Local, RecommendationKind.ClearCut.UsualLevel());
        Assert.Equal(RecommendationLevel.Local, RecommendationKind.NoEasyAnswer.UsualLevel());
        Assert.Equal(RecommendationLevel.National, RecommendationKind.NeedsWiderAction.UsualLevel());
    }

    [Theory]
    [InlineData(EpisodeStatus.Proposed, EpisodeStatus.AgreedByReviewTeam, true)]
    [InlineData(EpisodeStatus.AgreedByReviewTeam, EpisodeStatus.CheckedWithCaseGroup, true)]
    [InlineData(EpisodeStatus.AgreedByReviewTeam, EpisodeStatus.Proposed, true)]
    [InlineData(EpisodeStatus.Proposed, EpisodeStatus.CheckedWithCaseGroup, false)]
    [InlineData(EpisodeStatus.Proposed, EpisodeStatus.Proposed, false)]
    public void EpisodeStatus_MovesOneStepAtATime(EpisodeStatus from, EpisodeStatus to, bool allowed) =>
        Assert.Equal(allowed, from.CanMoveTo(to));
}
