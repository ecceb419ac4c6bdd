namespace Lantern.Core.Audit;

/// <summary>The Board's response to a report and the partnership's learning and improvement priorities.</summary>
public static partial class AuditActions
{
    public const string BoardResponseViewed = "board-response.viewed";
    public const string BoardPresentationRecorded = "board-response.presentation-recorded";
    public const string BoardFindingResponseRecorded = "board-response.finding-answered";
    public const string LearningPriorityAdded = "learning-priority.added";
    public const string LearningPriorityEnded = "learning-priority.ended";
    public const string PublicationPlanViewed = "publication.viewed";
    public const string PublicationSentToNationalBodies = "publication.national-bodies-recorded";
    public const string PublicationFamilyTold = "publication.family-told";
    public const string PublicationMediaPlanned = "publication.media-planned";
    public const string PublicationRecorded = "publication.published";
    public const string PublicationProfessionalsTold = "publication.professionals-told";

    private static string DescribeBoard(string action) => action switch
    {
        BoardResponseViewed => "Viewed the Board's response to a report",
        BoardPresentationRecorded => "Recorded the Board meeting a report was presented at",
        BoardFindingResponseRecorded => "Recorded the Board's answer to a finding and its issues for the Board",
        LearningPriorityAdded => "Added a learning and improvement priority for the partnership",
        LearningPriorityEnded => "Ended a learning and improvement priority of the partnership",
        PublicationPlanViewed => "Viewed the plan for publishing a report",
        PublicationSentToNationalBodies => "Recorded when the final report was sent to the national bodies",
        PublicationFamilyTold => "Recorded that the family were told of the report before publication",
        PublicationMediaPlanned => "Recorded the media plan for a report's publication",
        PublicationRecorded => "Recorded the publication of a report, and the date it comes down",
        PublicationProfessionalsTold => "Confirmed that an agency told and supported its staff before publication",
        _ => DescribeActions(action),
    };
}
