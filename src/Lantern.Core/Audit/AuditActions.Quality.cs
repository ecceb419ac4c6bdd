namespace Lantern.Core.Audit;

/// <summary>The quality-marker self-assessment of a review and the partnership's grid across reviews.</summary>
public static partial class AuditActions
{
    public const string QualityViewed = "quality.viewed";
    public const string QualityMarkerAssessed = "quality.marker-assessed";
    public const string QualityMarkerModerated = "quality.marker-moderated";
    public const string QualityDownloaded = "quality.downloaded";
    public const string QualityGridViewed = "quality-grid.viewed";
    public const string QualityGridDownloaded = "quality-grid.downloaded";
    public const string BoardPapersViewed = "board-papers.viewed";

    private static string DescribeQuality(string action) => action switch
    {
        QualityViewed => "Viewed a review's quality-marker self-assessment",
        QualityMarkerAssessed => "Answered a quality marker for a review",
        QualityMarkerModerated => "Moderated the answer to a quality marker as a second assessor",
        QualityDownloaded => "Downloaded a review's quality-marker self-assessment",
        QualityGridViewed => "Viewed the partnership's quality-marker grid",
        QualityGridDownloaded => "Downloaded the partnership's quality-marker grid",
        BoardPapersViewed => "Viewed the Board's page of reports presented to it",
        _ => action,
    };
}
