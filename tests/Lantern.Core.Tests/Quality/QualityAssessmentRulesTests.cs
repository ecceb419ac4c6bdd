using Lantern.Core.Quality;

namespace Lantern.Core.Tests.Quality;

public sealed class QualityAssessmentRulesTests
{
    private static readonly Guid Assessor = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();

    private static MarkerAssessmentInput Assessed(MarkerAnswer? answer = MarkerAnswer.Met, string? comment = null, int marker = 9) =>
        new(marker, answer, comment, Assessor);

    private static List<string> Fields(MarkerAssessmentInput input) => [.. QualityAssessmentRules.Check(input).Select(e => e.Field)];

    private static string Message(MarkerAssessmentInput input) => Assert.Single(QualityAssessmentRules.Check(input)).Message;

    [Fact]
    public void Check_MetWithoutComment_NoErrors() => Assert.Empty(Fields(Assessed()));

    [Theory]
    [InlineData(MarkerAnswer.Met, null)]
    [InlineData(MarkerAnswer.Met, "The index of material was kept from the first week.")]
    [InlineData(MarkerAnswer.PartlyMet, "Police were consulted early but the coroner only heard in month 4.")]
    [InlineData(MarkerAnswer.NotMet, "No index of potentially disclosable material was kept.")]
    [InlineData(MarkerAnswer.NotApplicable, "No criminal proceedings or inquest: the child is alive and nobody was charged.")]
    public void Check_AnswerWithTheCommentItNeeds_NoErrors(MarkerAnswer answer, string? comment) =>
        Assert.Empty(Fields(Assessed(answer, comment)));

    [Theory]
    [InlineData(MarkerAnswer.PartlyMet, null, "only partly met")]
    [InlineData(MarkerAnswer.PartlyMet, "", "only partly met")]
    [InlineData(MarkerAnswer.NotMet, "   ", "not met")]
    [InlineData(MarkerAnswer.NotMet, "\n\t", "not met")]
    [InlineData(MarkerAnswer.NotApplicable, null, "does not apply")]
    public void Check_ShortOfMetWithoutComment_AsksForOneAndSaysWhy(MarkerAnswer answer, string? comment, string why)
    {
        var input = Assessed(answer, comment);

        Assert.Equal(["Comment"], Fields(input));
        var message = Message(input);
        Assert.StartsWith("Enter a comment", message, StringComparison.Ordinal);
        Assert.Contains(why, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(19)]
    [InlineData(-1)]
    public void Check_MarkerOutOfRange_Refused(int marker)
    {
        var input = Assessed(marker: marker);

        Assert.Equal(["Marker"], Fields(input));
        Assert.Equal("Select a quality marker from 1 to 18", Message(input));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(18)]
    public void Check_FirstAndLastMarker_Accepted(int marker) => Assert.Empty(Fields(Assessed(marker: marker)));

    [Fact]
    public void Check_NoAnswer_AsksForOne_NotForAComment()
    {
        var input = Assessed(answer: null, comment: null);

        Assert.Equal(["Answer"], Fields(input));
        Assert.Equal("Select whether the marker is met, partly met, not met or not applicable", Message(input));
    }

    [Fact]
    public void Check_CommentTooLong_Refused_WhitespaceAroundItNotCounted()
    {
        var justRight = new string('c', MarkerAssessment.CommentMaxLength);

        Assert.Empty(Fields(Assessed(MarkerAnswer.NotMet, "  " + justRight + "\n")));
        var tooLong = Assessed(MarkerAnswer.NotMet, justRight + "c");
        Assert.Equal(["Comment"], Fields(tooLong));
        Assert.Equal("The comment must be 4,000 characters or fewer", Message(tooLong));
    }

    [Fact]
    public void Check_ModeratorAgrees_NeedsNoComment()
    {
        var input = Assessed(MarkerAnswer.PartlyMet, "Letters were clear but no easy-read version.") with
        {
            ModeratedAnswer = MarkerAnswer.PartlyMet,
            ModeratedByUserId = Moderator,
        };

        Assert.Empty(Fields(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Check_ModeratorDisagreesWithoutComment_AsksWhy(string? comment)
    {
        var input = Assessed() with { ModeratedAnswer = MarkerAnswer.NotMet, ModerationComment = comment, ModeratedByUserId = Moderator };

        Assert.Equal(["ModerationComment"], Fields(input));
        Assert.Equal("Enter a comment saying why you disagree with the assessor's answer", Message(input));
        Assert.Empty(Fields(input with { ModerationComment = "The referral gives no reason for the eleven-week delay." }));
    }

    [Fact]
    public void Check_ModeratorIsTheAssessor_Refused()
    {
        var input = Assessed() with { ModeratedAnswer = MarkerAnswer.Met, ModeratedByUserId = Assessor };

        Assert.Equal(["ModeratedByUserId"], Fields(input));
        Assert.Contains("someone other than", Message(input), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ModerationCommentWithoutAnswer_AsksForTheAnswer()
    {
        var input = Assessed() with { ModerationComment = "Looks right to me.", ModeratedByUserId = Moderator };

        Assert.Equal(["ModeratedAnswer"], Fields(input));
    }

    [Fact]
    public void Check_ModerationCommentTooLong_Refused()
    {
        var input = Assessed() with
        {
            ModeratedAnswer = MarkerAnswer.PartlyMet,
            ModerationComment = new string('m', MarkerAssessment.ModerationCommentMaxLength + 1),
            ModeratedByUserId = Moderator,
        };

        Assert.Equal(["ModerationComment"], Fields(input));
        Assert.Equal("The moderation comment must be 4,000 characters or fewer", Message(input));
    }

    [Fact]
    public void Check_EverythingWrong_EachProblemOnceInFormOrder()
    {
        var input = new MarkerAssessmentInput(
            0, MarkerAnswer.NotMet, null, Assessor, MarkerAnswer.Met, null, Assessor);

        Assert.Equal(["Marker", "Comment", "ModeratedByUserId", "ModerationComment"], Fields(input));
    }

    [Fact]
    public void Check_StoredAssessment_CheckedLikeItsInput()
    {
        var stored = new MarkerAssessment
        {
            ReviewId = Guid.NewGuid(),
            Marker = 12,
            Answer = MarkerAnswer.NotApplicable,
            Comment = null,
            AssessedByUserId = Assessor,
            ModeratedAnswer = MarkerAnswer.NotMet,
            ModeratedByUserId = Moderator,
        };

        Assert.Equal(["Comment", "ModerationComment"], QualityAssessmentRules.Check(stored).Select(e => e.Field));
    }

    [Fact]
    public void Check_Messages_GovUkStyle()
    {
        var messages = new[]
        {
            Assessed(marker: 40), Assessed(answer: null), Assessed(MarkerAnswer.PartlyMet), Assessed(MarkerAnswer.NotMet),
            Assessed(MarkerAnswer.NotApplicable), Assessed(MarkerAnswer.NotMet, new string('x', 5000)),
            Assessed() with { ModeratedAnswer = MarkerAnswer.NotMet, ModeratedByUserId = Assessor },
            Assessed() with { ModerationComment = "?" },
        }.SelectMany(QualityAssessmentRules.Check).Select(e => e.Message).ToList();

        Assert.Equal(9, messages.Count);
        Assert.All(messages, m =>
        {
            Assert.Matches("^(Enter|Select|The) ", m);
            Assert.False(m.EndsWith('.'), m);
        });
    }
}
