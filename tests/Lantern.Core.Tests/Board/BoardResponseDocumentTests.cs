using Lantern.Core.Board;
using Lantern.Core.Reports;

namespace Lantern.Core.Tests.Board;

public sealed class BoardResponseDocumentTests
{
    private static readonly BoardPresentation Meeting = new()
    {
        PresentedOn = new DateOnly(2026, 3, 11),
        Kind = BoardMeetingKind.Extraordinary,
        Attendees = ["Independent scrutineer", "Detective superintendent"],
        Minutes = "Private discussion of Amira's case that must never be published.",
    };

    private static string Upper(string text) => text.Replace("Amira", "Child A", StringComparison.Ordinal);

    private static RespondedFinding Answered(int number, FindingDecision decision, string? reasons, bool national, string? recommendation, params AnsweredIssue[] issues) =>
        new(number, $"Finding title {number}", new FindingResponse
        {
            Decision = decision,
            Reasons = reasons,
            BoardWillDo = "Commission a review of how Amira's school\n\nshared concerns.",
            AgenciesWillDo = "Each agency audits ten cases.",
            Monitoring = "A dip sample in six months.",
            NationalActionNeeded = national,
        }, issues, "Neglect (2025 to 2027)", ["Testshire Police", "Northfold Health"], recommendation);

    [Fact]
    public void EachFinding_SetsOutTheDecision_ThePartsGiven_TheIssuesAndNationalAction_ThroughTheTransform_WithoutTheMinutes()
    {
        var document = BoardResponseDocument.Compose("Amira: a review", "Version 2", Meeting,
        [
            Answered(1, FindingDecision.AcceptedInPart, "The Board accepts the first half only.", true, "4. Ask the panel to look at Amira-like cases nationally", new AnsweredIssue("Should schools attend?", "Yes, from April.")),
            Answered(2, FindingDecision.Accepted, null, false, null),
            new(3, "Unanswered", null, [new AnsweredIssue("Who leads?", null)], null, [], null),
        ], Upper);

        Assert.Equal(EditionKind.BoardResponse, document.Kind);
        Assert.Equal("Child A: a review", document.Title);
        Assert.Equal("The Board's response to Version 2", document.Subtitle);
        Assert.Null(document.Marking);
        var text = string.Join("\n", ReportDocuments.Paragraphs(document));
        Assert.DoesNotContain("Amira", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Private discussion", text, StringComparison.Ordinal);
        Assert.Contains("an extraordinary meeting called for it on 11 March 2026", text, StringComparison.Ordinal);
        Assert.Contains("The review made 3 findings.", text, StringComparison.Ordinal);
        Assert.Contains("The Board's decision: accepted in part.", text, StringComparison.Ordinal);
        Assert.Contains("The Board accepts the first half only.", text, StringComparison.Ordinal);
        Assert.Contains("as the review's recommendation says: 4. Ask the panel to look at Child A-like cases nationally", text, StringComparison.Ordinal);
        Assert.Contains("The Board does not think this finding needs action at national level.", text, StringComparison.Ordinal);
        Assert.Contains("under its priority \"Neglect (2025 to 2027)\"", text, StringComparison.Ordinal);
        Assert.Contains(document.Blocks, b => b is ReportList l && l.Items.SequenceEqual(["Testshire Police", "Northfold Health"]));
        Assert.Contains(document.Blocks, b => b is ReportHeading { Level: 3, Text: "Issue 1: Should schools attend?" });
        Assert.Contains(document.Blocks, b => b is ReportParagraph { Text: "Commission a review of how Child A's school" });
        Assert.Contains(document.Blocks, b => b is ReportParagraph { Text: "shared concerns." });
        Assert.Contains(BoardResponseDocument.NotAnswered, text, StringComparison.Ordinal);

        // Finding 2 had no reasons: no empty "Why" heading is left behind.
        var second = document.Blocks.SkipWhile(b => b is not ReportHeading { Text: "Finding 2: Finding title 2" }).Skip(1)
            .TakeWhile(b => b is not ReportHeading { Level: 1 }).ToList();
        Assert.DoesNotContain(second, b => b is ReportHeading { Text: "Why" });
        Assert.DoesNotContain(second, b => b is ReportHeading { Text: "Issues the review put to the Board" });
    }

    [Fact]
    public void AFindingIsAnsweredOnlyWithADecisionAndEveryIssueAnswered()
    {
        Assert.True(Answered(1, FindingDecision.Accepted, null, false, null, new AnsweredIssue("Q", "A")).IsAnswered);
        Assert.False(Answered(1, FindingDecision.Accepted, null, false, null, new AnsweredIssue("Q", "  ")).IsAnswered);
        Assert.False(new RespondedFinding(1, "T", null, [], null, [], null).IsAnswered);
    }

    [Fact]
    public void NoFindingsAndNoAttendees_StillReadsAsAResponse()
    {
        var document = BoardResponseDocument.Compose("Review", "Draft 1", new BoardPresentation { PresentedOn = new DateOnly(2026, 1, 5) }, [], t => t);
        var text = string.Join("\n", ReportDocuments.Paragraphs(document));
        Assert.Contains("at its scheduled meeting on 5 January 2026", text, StringComparison.Ordinal);
        Assert.Contains("The review made no findings for the Board to answer.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Blocks, b => b is ReportList);
    }
}
