namespace Lantern.Core.Reviews;

/// <summary>Where a review has got to, from referral to closing.</summary>
public enum ReviewStatus
{
    Referral,
    RapidReview,
    InProgress,
    ReportDrafting,
    BoardResponse,
    Published,
    MonitoringActions,
    Closed,
    NotProceeding,

    /// <summary>Created in error or a duplicate: kept in the records with the reason, out of every list of work.</summary>
    Withdrawn,
}

public static class ReviewStatusNames
{
    public static readonly IReadOnlyList<ReviewStatus> All = Enum.GetValues<ReviewStatus>();

    public static string DisplayName(this ReviewStatus status) => status switch
    {
        ReviewStatus.Referral => "Referral",
        ReviewStatus.RapidReview => "Rapid review",
        ReviewStatus.InProgress => "In progress",
        ReviewStatus.ReportDrafting => "Report drafting",
        ReviewStatus.BoardResponse => "Board response",
        ReviewStatus.Published => "Published",
        ReviewStatus.MonitoringActions => "Monitoring actions",
        ReviewStatus.Closed => "Closed",
        ReviewStatus.NotProceeding => "Not taken forward",
        ReviewStatus.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Open reviews still need work; the list shows them first.</summary>
    public static bool IsOpen(this ReviewStatus status) =>
        status is not (ReviewStatus.Closed or ReviewStatus.NotProceeding or ReviewStatus.Withdrawn);
}
