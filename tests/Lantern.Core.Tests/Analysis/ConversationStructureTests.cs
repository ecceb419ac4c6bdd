using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

public sealed class ConversationStructureTests
{
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();

    [Fact]
    public void Sections_EightInOrder_WithDistinctKeysHeadingsAndPrompts()
    {
        var sections = ConversationStructure.Sections;

        Assert.Equal(["introduction", "overview", "turning-points", "at-the-time", "factors", "went-well", "cross-agency", "changes"], sections.Select(s => s.Key));
        Assert.Equal(sections.Count, sections.Select(s => s.Heading).Distinct().Count());
        Assert.All(sections, s => Assert.False(string.IsNullOrWhiteSpace(s.Prompt)));
        Assert.Equal("How it looked at the time", ConversationStructure.Find("at-the-time")!.Heading);
        Assert.Null(ConversationStructure.Find("nothing"));
    }

    [Fact]
    public void MixOf_AnInterviewerFromTheParticipantsAgency_IsMixed_OtherwiseIndependent()
    {
        Assert.Equal(InterviewerMix.Mixed, ConversationStructure.MixOf(Council, [Police, Council]));
        Assert.Equal(InterviewerMix.Independent, ConversationStructure.MixOf(Council, [Police, Police]));
        Assert.Equal(InterviewerMix.Independent, ConversationStructure.MixOf(Council, [Police, null]));
        Assert.Equal(InterviewerMix.Independent, ConversationStructure.MixOf(null, [Police, Council, null]));
    }

    [Fact]
    public void Feedback_FewerThanFiveAnswers_ShowsNothing_FiveOrMoreShowsTotalsOnly()
    {
        var four = Enumerable.Range(0, 4).Select(_ => new FeedbackAnswer("fair", 5)).ToList();
        Assert.Empty(AnonymousFeedback.Summarise(four));

        var answers = new List<FeedbackAnswer>(four) { new("fair", 2), new("fair", 9), new("unknown", 3), new("useful", 4) };
        var summary = Assert.Single(AnonymousFeedback.Summarise(answers));

        Assert.Equal("fair", summary.QuestionKey);
        Assert.Equal(5, summary.Answers);
        Assert.Equal(4.4, summary.Mean);
        Assert.Equal([0, 1, 0, 0, 4], summary.CountsByRating);
    }

    [Fact]
    public void Feedback_Questions_HaveDistinctKeysAndStatements()
    {
        Assert.Equal(AnonymousFeedback.Questions.Count, AnonymousFeedback.Questions.Select(q => q.Key).Distinct().Count());
        Assert.Equal(AnonymousFeedback.Questions.Count, AnonymousFeedback.Questions.Select(q => q.Statement).Distinct().Count());
    }
}
