namespace Lantern.Core.Audit;

/// <summary>Improvement actions after a review: raising them, progress, evidence, outcome measures and readings,
/// follow-up checks, and the partnership's action tracker.</summary>
public static partial class AuditActions
{
    public const string ActionsViewed = "actions.viewed";
    public const string ActionRaised = "action.raised";
    public const string ActionUpdated = "action.updated";
    public const string ActionProgressNoted = "action.progress-noted";
    public const string ActionEvidenceAdded = "action.evidence-added";
    public const string OutcomeMeasureAdded = "action.measure-added";
    public const string OutcomeReadingRecorded = "action.reading-recorded";
    public const string FollowUpCheckRecorded = "action.follow-up-recorded";
    public const string ActionTrackerViewed = "action-tracker.viewed";
    public const string ActionTrackerExported = "action-tracker.exported";

    private static string DescribeActions(string action) => action switch
    {
        ActionsViewed => "Viewed a review's improvement actions or one of them",
        ActionRaised => "Raised an improvement action",
        ActionUpdated => "Changed an improvement action's details or status",
        ActionProgressNoted => "Added a progress note to an improvement action",
        ActionEvidenceAdded => "Added evidence of completion to an improvement action",
        OutcomeMeasureAdded => "Added an outcome measure to an improvement action",
        OutcomeReadingRecorded => "Recorded a reading of an outcome measure",
        FollowUpCheckRecorded => "Recorded a follow-up check on a completed action",
        ActionTrackerViewed => "Viewed the partnership's action tracker",
        ActionTrackerExported => "Downloaded the partnership's action tracker",
        _ => DescribeQuality(action),
    };
}
