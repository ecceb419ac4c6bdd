using Lantern.Core.Quality;

namespace Lantern.Core.Tests.Quality;

public sealed class MarkerAssessmentTests
{
    [Theory]
    [InlineData(null, null, null, false, false)]
    [InlineData(MarkerAnswer.Met, null, MarkerAnswer.Met, false, false)]
    [InlineData(MarkerAnswer.Met, MarkerAnswer.Met, MarkerAnswer.Met, true, false)]
    [InlineData(MarkerAnswer.Met, MarkerAnswer.NotMet, MarkerAnswer.NotMet, true, true)]
    [InlineData(MarkerAnswer.NotMet, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, true, true)]
    [InlineData(MarkerAnswer.NotApplicable, MarkerAnswer.Met, MarkerAnswer.Met, true, true)]
    [InlineData(null, MarkerAnswer.PartlyMet, MarkerAnswer.PartlyMet, true, true)]
    public void Settled_ModeratorsAnswerCounts(MarkerAnswer? answer, MarkerAnswer? moderated, MarkerAnswer? settled, bool isModerated, bool disagrees)
    {
        var assessment = new MarkerAssessment { Marker = 4, Answer = answer, ModeratedAnswer = moderated };

        Assert.Equal((settled, isModerated, disagrees), (assessment.Settled, assessment.Moderated, assessment.Disagrees));
    }

    [Fact]
    public void Version_NewAssessment_HasOne() => Assert.NotEqual(Guid.Empty, new MarkerAssessment().Version);

    [Fact]
    public void DisplayNameAndCssModifier_EveryAnswerAndNone()
    {
        MarkerAnswer?[] answers = [MarkerAnswer.Met, MarkerAnswer.PartlyMet, MarkerAnswer.NotMet, MarkerAnswer.NotApplicable, null];

        Assert.Equal(["Met", "Partly met", "Not met", "Not applicable", "Not assessed"], answers.Select(a => a.DisplayName()));
        Assert.Equal(["met", "partly-met", "not-met", "not-applicable", "not-assessed"], answers.Select(a => a.CssModifier()));
        Assert.Equal(4, MarkerAnswers.All.Count);
    }

    [Fact]
    public void NeedsCommentAndIsShortfall_ByAnswer()
    {
        Assert.Equal([false, true, true, true], MarkerAnswers.All.Select(a => a.NeedsComment()));
        Assert.Equal([false, true, true, false], MarkerAnswers.All.Select(a => a.IsShortfall()));
    }
}
