using Lantern.Core.Analysis;

namespace Lantern.Core.Tests.Analysis;

public sealed class FindingAnatomyTests
{
    private static readonly FindingDraft Complete = new(
        "Conference and core group membership changes so much that nobody holds the history of the plan",
        "Almost everyone at the first review conference was new to the family",
        "The case group said the same happens whenever a family moves between teams",
        null,
        "Plans are reviewed by people who cannot tell whether they worked",
        "Membership of the meetings that review plans is far less stable than the system assumes",
        ["How would the Board know how stable membership is?"],
        IsGoodPractice: false);

    [Fact]
    public void Parts_InOrder_WithDistinctKeys_AndHowWidespreadOptional()
    {
        Assert.Equal(["title", "in-this-case", "not-peculiar", "how-widespread", "why-it-matters", "statement", "issues"], FindingAnatomy.Parts.Select(p => p.Key));
        Assert.Equal(["how-widespread"], FindingAnatomy.Parts.Where(p => !p.Required).Select(p => p.Key));
        Assert.All(FindingAnatomy.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Prompt)));
    }

    [Fact]
    public void Missing_CompleteDraft_NothingMissing()
    {
        Assert.Empty(FindingAnatomy.Missing(Complete));
    }

    [Fact]
    public void Missing_EmptyDraft_ListsEveryRequiredPartInOrder()
    {
        var empty = new FindingDraft(null, " ", null, null, "", null, [" "], IsGoodPractice: false);

        Assert.Equal(
            [
                "Write the finding as one sentence about the system", "Say how it showed in this case", "Give the evidence that it is not peculiar to this case",
                "Say why it matters", "Write the summary", "Add at least one issue for the Board",
            ],
            FindingAnatomy.Missing(empty));
    }

    [Fact]
    public void Missing_GoodPracticeFinding_NeedsNoIssuesForTheBoard()
    {
        Assert.Empty(FindingAnatomy.Missing(Complete with { IssuesForTheBoard = [], IsGoodPractice = true }));
        Assert.Equal(["Add at least one issue for the Board"], FindingAnatomy.Missing(Complete with { IssuesForTheBoard = [] }));
    }

    [Fact]
    public void TidyIssues_TrimsDropsBlanksAndRepeats_AndEndsEachWithAQuestionMark()
    {
        var tidy = FindingAnatomy.TidyIssues(["  Is this acceptable to the Board. ", "", null, "What would it cost?", "is this acceptable to the board?"]);

        Assert.Equal(["Is this acceptable to the Board?", "What would it cost?"], tidy);
    }

    [Theory]
    [InlineData("How does the Board know staff ask 'what is it like for the baby?'", "How does the Board know staff ask 'what is it like for the baby?'")]
    [InlineData("How does the Board know staff ask 'what is it like for the baby?'?", "How does the Board know staff ask 'what is it like for the baby?'")]
    [InlineData("What do agencies mean by \"keeping an eye on them?\"  ", "What do agencies mean by \"keeping an eye on them?\"")]
    [InlineData("Is the Board assured that \u201Cwho is the lead professional?\u201D gets an answer\u2019s time?", "Is the Board assured that \u201Cwho is the lead professional?\u201D gets an answer\u2019s time?")]
    [InlineData("How will the Board hear the family\u2019s question (\u2018why did nobody visit?\u2019)", "How will the Board hear the family\u2019s question (\u2018why did nobody visit?\u2019)")]
    [InlineData("How will the Board hear the family\u2019s question (\u2018why did nobody visit?\u2019)?", "How will the Board hear the family\u2019s question (\u2018why did nobody visit?\u2019)")]
    [InlineData("Does the Board know why nobody asked \"who else lives there?\".", "Does the Board know why nobody asked \"who else lives there?\"")]
    [InlineData("Does the Board know why nobody asked \"who else lives there?\" .  ", "Does the Board know why nobody asked \"who else lives there?\"")]
    [InlineData("'Who holds the plan when the family moves across the border.'", "'Who holds the plan when the family moves across the border'?")]
    [InlineData("\u201CWe will keep an eye\u201D: what does the Board expect that to mean", "\u201CWe will keep an eye\u201D: what does the Board expect that to mean?")]
    [InlineData("How are health visitors told of a move [between areas]", "How are health visitors told of a move [between areas]?")]
    [InlineData("Who checks the plan??", "Who checks the plan?")]
    [InlineData("Who checks the plan (and how often)?", "Who checks the plan (and how often)?")]
    public void TidyIssue_QuestionMarkBeforeClosingQuotesOrBracketsCounts_EndsWithExactlyOne(string issue, string expected)
    {
        Assert.Equal(expected, FindingAnatomy.TidyIssue(issue));
        Assert.Equal([expected], FindingAnatomy.TidyIssues([issue, $"  {expected}  "]));
    }

    [Fact]
    public void TidyIssues_QuotesOnly_AreDropped()
    {
        Assert.Empty(FindingAnatomy.TidyIssues(["''", " \" \" ", "."]));
    }
}
