namespace Lantern.Core.Audit;

/// <summary>The Board's response to a report and the partnership's learning and improvement priorities.</summary>
public static partial class AuditActions
{
    public const string BoardResponseViewed = "board-response.viewed";
    public const string BoardPresentationRecorded = "board-response.presentation-recorded";
    public const string BoardFindingResponseRecorded = "board-response.finding-answered";
    public const string LearningPriorityAdded = "learning-priority.added";
    public const string LearningPriorityEnded = "learning-priority.ended";

    private static string DescribeBoard(string action) => action switch
    {
        BoardResponseViewed => "Viewed the Board's response to a report",
        BoardPresentationRecorded => "Recorded the Board meeting a report was presented at",
        BoardFindingResponseRecorded => "Recorded the Board's answer to a finding and its issues for the Board",
        LearningPriorityAdded => "Added a learning and improvement priority for the partnership",
        LearningPriorityEnded => "Ended a learning and improvement priority of the partnership",
        _ => action,
    };
}
